import { Alert, App as AntApp, Button, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutate } from '../api/queries';
import { errorText } from '../i18n';

const MIN_PASSWORD = 10;
interface Values { oldPassword: string; newPassword: string; confirm: string }

export function ChangePasswordScreen() {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<Values>();
  const change = useMutate('auth.changePassword', []);

  async function submit(v: Values) {
    await change.mutateAsync({ oldPassword: v.oldPassword, newPassword: v.newPassword });
    form.resetFields();
    void message.success(t('password.done'));
  }

  return (
    <div style={{ maxWidth: 420 }}>
      <Typography.Title level={4}>{t('password.title')}</Typography.Title>
      {change.error ? <Alert type="error" showIcon title={errorText(change.error)} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form<Values> form={form} layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)}>
        <Form.Item name="oldPassword" label={t('password.old')}
          rules={[{ required: true, message: t('common.required', { field: t('password.old') }) }]}>
          <Input.Password autoComplete="current-password" />
        </Form.Item>
        <Form.Item name="newPassword" label={t('password.new')} extra={t('password.help')}
          rules={[{ required: true, message: t('common.required', { field: t('password.new') }) },
            { min: MIN_PASSWORD, message: t('setup.tooShort') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('password.confirm')} dependencies={['newPassword']}
          rules={[{ required: true, message: t('common.required', { field: t('password.confirm') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || getFieldValue('newPassword') === value ? Promise.resolve() : Promise.reject(new Error(t('setup.mismatch')))),
            })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" loading={change.isPending}>{t('password.submit')}</Button>
      </Form>
    </div>
  );
}
