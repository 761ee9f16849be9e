// Users admin: the table and the actions on one user; the dialogs live in user-dialogs.tsx.
import { useState } from 'react';
import { App as AntApp, Button, Space, Table, Tag, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { UserSummary } from '../../api/contract';
import { useCall, useMutate } from '../api/queries';
import { errorText } from '../i18n';
import { formatTime } from '../components/format';
import { RoleTags } from '../components/role-tags';
import { CreateUserDialog, DepartmentDialog, ResetPasswordDialog, RolesDialog } from './user-dialogs';

type Dialog = { kind: 'create' } | { kind: 'roles' | 'department' | 'reset'; user: UserSummary } | null;

function isLocked(u: UserSummary): boolean {
  return u.lockedUntil !== null && new Date(u.lockedUntil).getTime() > Date.now();
}

export function UsersScreen() {
  const { t, i18n } = useTranslation();
  const { message, modal } = AntApp.useApp();
  const users = useCall('users.list', {});
  const setDisabled = useMutate('users.setDisabled', ['users.list']);
  const [dialog, setDialog] = useState<Dialog>(null);
  const close = () => setDialog(null);

  function toggle(u: UserSummary) {
    const run = () => setDisabled.mutateAsync({ userId: u.id, disabled: !u.disabled })
      .then(() => { void message.success(t('users.updated')); })
      .catch((e: unknown) => { void message.error(errorText(e)); });
    if (u.disabled) return void run();
    modal.confirm({
      title: t('users.disable'),
      content: t('users.disableConfirm', { name: u.displayName }),
      okText: t('common.confirm'),
      cancelText: t('common.cancel'),
      okButtonProps: { danger: true },
      onOk: run,
    });
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('users.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setDialog({ kind: 'create' })}>{t('users.create')}</Button>
      </Space>
      {users.error ? <Typography.Text type="danger">{errorText(users.error)}</Typography.Text> : null}
      <Table<UserSummary>
        rowKey="id"
        size="small"
        bordered
        loading={users.isPending}
        dataSource={users.data ?? []}
        pagination={{ pageSize: 20, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { title: t('users.username'), dataIndex: 'username' },
          { title: t('users.displayName'), dataIndex: 'displayName' },
          { title: t('users.department'), dataIndex: 'departmentName', render: (v: string | null) => v ?? '—' },
          { title: t('users.roles'), dataIndex: 'roles', render: (_, u) => <RoleTags roles={u.roles} /> },
          {
            title: t('users.status'),
            render: (_, u) => (u.disabled ? <Tag color="default">{t('users.disabled')}</Tag>
              : isLocked(u) ? <Tag color="orange" title={t('users.lockedUntil', { time: formatTime(u.lockedUntil, i18n.language) })}>{t('users.locked')}</Tag>
                : <Tag color="green">{t('users.active')}</Tag>),
          },
          {
            title: t('common.actions'),
            render: (_, u) => (
              <Space size={0} wrap>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'roles', user: u })}>{t('users.editRoles')}</Button>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'department', user: u })}>{t('users.setDepartment')}</Button>
                <Button type="link" size="small" onClick={() => setDialog({ kind: 'reset', user: u })}>{t('users.resetPassword')}</Button>
                <Button type="link" size="small" danger={!u.disabled} onClick={() => toggle(u)}>
                  {u.disabled ? t('users.enable') : t('users.disable')}
                </Button>
              </Space>
            ),
          },
        ]}
      />
      <CreateUserDialog open={dialog?.kind === 'create'} onClose={close} />
      {dialog && dialog.kind !== 'create' ? (
        <>
          <RolesDialog user={dialog.user} open={dialog.kind === 'roles'} onClose={close} />
          <DepartmentDialog user={dialog.user} open={dialog.kind === 'department'} onClose={close} />
          <ResetPasswordDialog user={dialog.user} open={dialog.kind === 'reset'} onClose={close} />
        </>
      ) : null}
    </>
  );
}
