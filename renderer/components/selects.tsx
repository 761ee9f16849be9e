import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/model';
import { useCall } from '../api/queries';
import { ALL_ROLES } from './roles';

type SelectProps<T> = { value?: T; onChange?: (v: T) => void; id?: string; allowNone?: boolean };

export function DepartmentSelect({ allowNone, ...props }: SelectProps<number | null>) {
  const { t } = useTranslation();
  const departments = useCall('departments.list', {});
  const options = (departments.data ?? []).map((d) => ({ value: d.id as number | null, label: d.name }));
  if (allowNone) options.unshift({ value: null, label: t('users.noDepartment') });
  return <Select {...props} loading={departments.isPending} options={options} showSearch={{ optionFilterProp: 'label' }} />;
}

export function RoleSelect(props: SelectProps<Role[]>) {
  const { t } = useTranslation();
  return <Select {...props} mode="multiple" showSearch={{ optionFilterProp: 'label' }} options={ALL_ROLES.map((r) => ({ value: r, label: t(`roles.${r}`) }))} />;
}
