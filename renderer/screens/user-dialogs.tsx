import { App as AntApp, Form, Input, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/model';
import type { UserSummary } from '../../api/contract';
import { useMutate } from '../api/queries';
import { FormModal } from '../components/form-modal';
import { DepartmentSelect, RoleSelect } from '../components/selects';

const MIN_PASSWORD = 10;

interface DialogProps { open: boolean; onClose: () => void }

export function CreateUserDialog({ open, onClose }: DialogProps) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const create = useMutate('users.create', ['users.list']);
  type V = { username: string; displayName: string; password: string; departmentId: number | null; roles: Role[] };
  return (
    <FormModal<V>
      title={t('users.create')}
      open={open}
      pending={create.isPending}
      error={create.error}
      initialValues={{ roles: [], departmentId: null }}
      onCancel={() => { create.reset(); onClose(); }}
      onSubmit={async (v) => {
        await create.mutateAsync({ ...v, departmentId: v.departmentId ?? null, roles: v.roles ?? [] });
        void message.success(t('users.created'));
        onClose();
      }}
    >
      <Form.Item name="username" label={t('users.username')} extra={t('setup.usernameHelp')}
        rules={[{ required: true, message: t('common.required', { field: t('users.username') }) }]}>
        <Input autoComplete="off" autoFocus />
      </Form.Item>
      <Form.Item name="displayName" label={t('users.displayName')}
        rules={[{ required: true, message: t('common.required', { field: t('users.displayName') }) }]}>
        <Input autoComplete="off" />
      </Form.Item>
      <Form.Item name="password" label={t('users.initialPassword')} extra={t('setup.passwordHelp')}
        rules={[{ required: true, message: t('common.required', { field: t('users.initialPassword') }) },
          { min: MIN_PASSWORD, message: t('setup.tooShort') }]}>
        <Input.Password autoComplete="new-password" />
      </Form.Item>
      <Form.Item name="departmentId" label={t('users.department')}>
        <DepartmentSelect allowNone />
      </Form.Item>
      <Form.Item name="roles" label={t('users.roles')}>
        <RoleSelect />
      </Form.Item>
    </FormModal>
  );
}

export function RolesDialog({ user, open, onClose }: DialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const setRoles = useMutate('users.setRoles', ['users.list', 'auth.me']);
  return (
    <FormModal<{ roles: Role[] }>
      title={t('users.editRolesTitle', { name: user.displayName })}
      open={open}
      pending={setRoles.isPending}
      error={setRoles.error}
      initialValues={{ roles: user.roles }}
      onCancel={() => { setRoles.reset(); onClose(); }}
      onSubmit={async (v) => {
        await setRoles.mutateAsync({ userId: user.id, roles: v.roles ?? [] });
        void message.success(t('users.updated'));
        onClose();
      }}
    >
      <Form.Item name="roles" label={t('users.roles')}><RoleSelect /></Form.Item>
    </FormModal>
  );
}

export function DepartmentDialog({ user, open, onClose }: DialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const setDepartment = useMutate('users.setDepartment', ['users.list', 'auth.me']);
  return (
    <FormModal<{ departmentId: number | null }>
      title={t('users.setDepartmentTitle', { name: user.displayName })}
      open={open}
      pending={setDepartment.isPending}
      error={setDepartment.error}
      initialValues={{ departmentId: user.departmentId }}
      onCancel={() => { setDepartment.reset(); onClose(); }}
      onSubmit={async (v) => {
        await setDepartment.mutateAsync({ userId: user.id, departmentId: v.departmentId ?? null });
        void message.success(t('users.updated'));
        onClose();
      }}
    >
      <Form.Item name="departmentId" label={t('users.department')}><DepartmentSelect allowNone /></Form.Item>
    </FormModal>
  );
}

export function ResetPasswordDialog({ user, open, onClose }: DialogProps & { user: UserSummary }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const reset = useMutate('users.resetPassword', ['users.list']);
  return (
    <FormModal<{ newPassword: string }>
      title={t('users.resetPasswordTitle', { name: user.displayName })}
      open={open}
      pending={reset.isPending}
      error={reset.error}
      onCancel={() => { reset.reset(); onClose(); }}
      onSubmit={async (v) => {
        await reset.mutateAsync({ userId: user.id, newPassword: v.newPassword });
        void message.success(t('users.updated'));
        onClose();
      }}
    >
      <Typography.Paragraph type="secondary">{t('users.resetPasswordHint')}</Typography.Paragraph>
      <Form.Item name="newPassword" label={t('users.newPassword')} extra={t('setup.passwordHelp')}
        rules={[{ required: true, message: t('common.required', { field: t('users.newPassword') }) },
          { min: MIN_PASSWORD, message: t('setup.tooShort') }]}>
        <Input.Password autoComplete="new-password" autoFocus />
      </Form.Item>
    </FormModal>
  );
}
