// The centred card that the first-run and sign-in screens share.
import { Card, Layout, Typography } from 'antd';
import { SafetyCertificateOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from './language-switch';

export function AuthCard({ title, children, width = 420 }: { title: string; children: React.ReactNode; width?: number }) {
  const { t } = useTranslation();
  return (
    <Layout style={{ minHeight: '100vh', background: '#f0f2f5' }}>
      <Layout.Header style={{ background: '#001529', display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 16px', height: 48 }}>
        <span style={{ color: '#fff', fontSize: 16, fontWeight: 600 }}>
          <SafetyCertificateOutlined style={{ color: '#ff4d4f', marginRight: 8 }} />
          {t('app.deskName')}
        </span>
        <LanguageSwitch dark />
      </Layout.Header>
      <Layout.Content style={{ display: 'flex', justifyContent: 'center', alignItems: 'flex-start', paddingTop: '10vh' }}>
        <main style={{ width }}>
          <Card title={<Typography.Title level={4} style={{ margin: 0 }}>{title}</Typography.Title>}>{children}</Card>
        </main>
      </Layout.Content>
    </Layout>
  );
}
