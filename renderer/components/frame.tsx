// The classic admin layout: dark side menu by role, header with the desk, the user and sign-out.
import { useEffect, useState } from 'react';
import { useQueryClient } from '@tanstack/react-query';
import { App as AntApp, Button, Empty, Layout, Menu, Space, Typography } from 'antd';
import {
  ApartmentOutlined, AuditOutlined, BookOutlined, FileSearchOutlined, FileTextOutlined, KeyOutlined, LogoutOutlined, SafetyCertificateOutlined, TeamOutlined,
} from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../api/contract';
import { invoke } from '../api/client';
import { errorText } from '../i18n';
import { sectionsFor, type Section } from './roles';
import { navigate, useRoute, type Route } from './route';
import { RoleTags } from './role-tags';
import { LanguageSwitch } from './language-switch';
import { DraftsScreen } from '../screens/drafts';
import { DraftScreen } from '../screens/draft';
import { UsersScreen } from '../screens/users';
import { DepartmentsScreen } from '../screens/departments';
import { AuditScreen } from '../screens/audit';
import { ChangePasswordScreen } from '../screens/change-password';
import { LexiconScreen } from '../screens/lexicon/lexicon-screen';
import { TryItScreen } from '../screens/lexicon/try-it';

const ICONS: Record<Section, React.ReactNode> = {
  drafts: <FileTextOutlined />,
  lexicon: <BookOutlined />,
  try: <FileSearchOutlined />,
  users: <TeamOutlined />,
  departments: <ApartmentOutlined />,
  audit: <AuditOutlined />,
  password: <KeyOutlined />,
};

function sectionOf(route: Route): Section | null {
  if (route.page === 'draft') return 'drafts';
  return route.page === 'home' ? null : route.page;
}

export function Frame({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const queryClient = useQueryClient();
  const route = useRoute();
  const [collapsed, setCollapsed] = useState(false);
  const sections = sectionsFor(user.roles);
  const current = sectionOf(route);
  const allowed = current !== null && sections.includes(current);

  useEffect(() => {
    // Land on the first section this user has (the password page is everyone's last resort).
    if (!allowed && sections.length > 0) navigate({ page: sections[0] } as Route);
  }, [allowed, sections]);

  async function signOut() {
    try {
      await invoke('auth.signOut', {});
    } catch (e) {
      void message.error(errorText(e));
    }
    message.destroy();
    queryClient.clear();
    window.location.hash = '#/';
    queryClient.setQueryData(['setup.status', {}], { needsSetup: false });
    queryClient.setQueryData(['auth.me', {}], null);
  }

  return (
    <Layout style={{ minHeight: '100vh' }}>
      <Layout.Sider theme="dark" width={200} breakpoint="lg" collapsedWidth={56} collapsed={collapsed} onCollapse={setCollapsed} trigger={null}>
        <div style={{ height: 48, display: 'flex', alignItems: 'center', gap: 8, padding: '0 16px', color: '#fff', fontWeight: 600 }}>
          <SafetyCertificateOutlined style={{ fontSize: 18, color: '#ff4d4f' }} />
          {collapsed ? null : <span>{t('app.deskNameShort')}</span>}
        </div>
        <nav aria-label={t('app.deskName')}>
          <Menu
            theme="dark"
            mode="inline"
            selectedKeys={current ? [current] : []}
            items={sections.map((s) => ({ key: s, icon: ICONS[s], label: t(`nav.${s}`) }))}
            onClick={({ key }) => navigate({ page: key as Section } as Route)}
          />
        </nav>
      </Layout.Sider>
      <Layout>
        <Layout.Header
          style={{ background: '#001529', color: '#fff', display: 'flex', alignItems: 'center', justifyContent: 'space-between', padding: '0 16px', height: 48, lineHeight: '48px' }}
        >
          <Typography.Text strong style={{ color: '#fff', fontSize: 16 }}>{t('app.deskName')}</Typography.Text>
          <Space size="middle">
            <span>
              <span style={{ color: 'rgba(255,255,255,0.65)' }}>{t('app.currentUser')}</span>
              <span style={{ color: '#fff' }}>{t('common.person', { name: user.displayName, username: user.username })}</span>
              {user.departmentName ? <span style={{ color: 'rgba(255,255,255,0.65)' }}> · {user.departmentName}</span> : null}
            </span>
            <span><RoleTags roles={user.roles} /></span>
            <LanguageSwitch dark />
            <Button size="small" type="text" style={{ color: 'rgba(255,255,255,0.85)' }} icon={<LogoutOutlined />} onClick={() => void signOut()}>
              {t('app.signOut')}
            </Button>
          </Space>
        </Layout.Header>
        <Layout.Content style={{ margin: 12 }}>
          <main style={{ background: '#fff', padding: 16, minHeight: 'calc(100vh - 110px)' }}>
            {sections.length === 0 ? <Empty description={t('nav.noAccess')} /> : allowed ? <Page route={route} user={user} /> : null}
          </main>
        </Layout.Content>
        <Layout.Footer style={{ textAlign: 'center', padding: '6px 0 10px', fontSize: 12, color: '#8c8c8c' }}>{t('app.footer')}</Layout.Footer>
      </Layout>
    </Layout>
  );
}

function Page({ route, user }: { route: Route; user: SessionUser }) {
  switch (route.page) {
    case 'drafts': return <DraftsScreen user={user} />;
    case 'draft': return <DraftScreen draftId={route.draftId} />;
    case 'lexicon': return <LexiconScreen user={user} />;
    case 'try': return <TryItScreen user={user} />;
    case 'users': return <UsersScreen />;
    case 'departments': return <DepartmentsScreen />;
    case 'audit': return <AuditScreen />;
    case 'password': return <ChangePasswordScreen />;
    default: return null;
  }
}
