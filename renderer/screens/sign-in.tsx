import { useQueryClient } from '@tanstack/react-query';
import { Alert, Button, Form, Input, Typography } from 'antd';
import { LockOutlined, UserOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { useMutate } from '../api/queries';
import { AuthCard } from '../components/auth-card';
import { errorText } from '../i18n';

interface Values { username: string; password: string }

export function SignInScreen({ notice, onSignedIn }: { notice: React.ReactNode; onSignedIn: () => void }) {
  const { t } = useTranslation();
  const queryClient = useQueryClient();
  const signIn = useMutate('auth.signIn', []);

  async function submit(v: Values) {
    const user = await signIn.mutateAsync({ username: v.username, password: v.password });
    onSignedIn();
    queryClient.setQueryData(['auth.me', {}], user);
  }

  return (
    <AuthCard title={t('signIn.title')}>
      <Typography.Paragraph type="secondary">{t('signIn.subtitle')}</Typography.Paragraph>
      {notice && !signIn.error ? <div style={{ marginBottom: 16 }}>{notice}</div> : null}
      {signIn.error ? <Alert type="error" showIcon title={errorText(signIn.error)} style={{ marginBottom: 16 }} role="alert" /> : null}
      <Form<Values> layout="vertical" onFinish={(v) => void submit(v).catch(() => undefined)}>
        <Form.Item name="username" label={t('signIn.username')}
          rules={[{ required: true, message: t('common.required', { field: t('signIn.username') }) }]}>
          <Input prefix={<UserOutlined />} autoComplete="username" autoFocus />
        </Form.Item>
        <Form.Item name="password" label={t('signIn.password')}
          rules={[{ required: true, message: t('common.required', { field: t('signIn.password') }) }]}>
          <Input.Password prefix={<LockOutlined />} autoComplete="current-password" />
        </Form.Item>
        <Button type="primary" htmlType="submit" block loading={signIn.isPending}>{t('signIn.submit')}</Button>
      </Form>
    </AuthCard>
  );
}
