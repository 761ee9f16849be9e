// First run: the desk has no users; create the first administrator, who is then signed in.
import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';
import { useMutate } from '../api/queries';
import { AuthCard } from '../components/auth-card';
import { errorText } from '../i18n';

const MIN_PASSWORD = 10;

interface Values { username: string; displayName: string; password: string; confirm: string }

export function SetupScreen() {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const create = useMutate('setup.createAdmin', []);

  async function submit(v: Values) {
    const user = await create.mutateAsync({ username: v.username, displayName: v.displayName, password: v.password });
    // The handler signs the new administrator in for this window.
    queryClient.setQueryData(['auth.me', {}], user);
    await queryClient.invalidateQueries({ queryKey: ['setup.status'] });
    await queryClient.invalidateQueries({ queryKey: ['auth.me'] });
  }

  return (
    <AuthCard title={t('setup.title')} width={480}>
      <Alert type="info" showIcon title={t('setup.intro')} style={{ marginBottom: 16 }} />
      {create.error ? <Alert type="error" showIcon title={errorText(create.error)} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form<Values> layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)} requiredMark>
        <Form.Item name="username" label={t('setup.username')} extra={t('setup.usernameHelp')}
          rules={[{ required: true, message: t('common.required', { field: t('setup.username') }) }]}>
          <Input autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="displayName" label={t('setup.displayName')}
          rules={[{ required: true, message: t('common.required', { field: t('setup.displayName') }) }]}>
          <Input />
        </Form.Item>
        <Form.Item name="password" label={t('setup.password')} extra={t('setup.passwordHelp')}
          rules={[{ required: true, message: t('common.required', { field: t('setup.password') }) },
            { min: MIN_PASSWORD, message: t('setup.tooShort') }]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Form.Item name="confirm" label={t('setup.confirm')} dependencies={['password']}
          rules={[{ required: true, message: t('common.required', { field: t('setup.confirm') }) },
            ({ getFieldValue }) => ({
              validator: (_, value) => (!value || getFieldValue('password') === value ? Promise.resolve() : Promise.reject(new Error(t('setup.mismatch')))),
            })]}>
          <Input.Password autoComplete="new-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={create.isPending}>{t('setup.submit')}</Button>
      </Form>
    </AuthCard>
  );
}
