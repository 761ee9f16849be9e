// A Modal whose body and footer sit inside one <form>: Enter submits, the OK button is the
// submit button, and a refusal from the desk is shown inside the dialog.
import { Alert, Form, Modal, type FormInstance } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../i18n';

interface Props<V> {
  title: React.ReactNode;
  open: boolean;
  okText?: string;
  pending: boolean;
  error: unknown;
  initialValues?: Partial<V>;
  width?: number;
  onCancel: () => void;
  onSubmit: (values: V) => Promise<unknown>;
  children: React.ReactNode | ((form: FormInstance<V>) => React.ReactNode);
}

export function FormModal<V extends object>(props: Props<V>) {
  const { t } = useTranslation();
  const [form] = Form.useForm<V>();
  return (
    <Modal
      title={props.title}
      open={props.open}
      width={props.width ?? 520}
      okText={props.okText ?? t('common.confirm')}
      cancelText={t('common.cancel')}
      okButtonProps={{ htmlType: 'submit', loading: props.pending }}
      onCancel={props.onCancel}
      destroyOnHidden
      afterClose={() => form.resetFields()}
      modalRender={(dom) => (
        <Form<V>
          form={form}
          layout="vertical"
          initialValues={props.initialValues}
          onFinish={(values) => void props.onSubmit(values).catch(() => undefined)}
        >
          {dom}
        </Form>
      )}
    >
      {props.error ? <Alert type="error" showIcon role="alert" title={errorText(props.error)} style={{ marginBottom: 12 }} /> : null}
      {typeof props.children === 'function' ? props.children(form) : props.children}
    </Modal>
  );
}
