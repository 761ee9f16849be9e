import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Role } from '../../core/model';

const COLORS: Record<Role, string> = {
  liaison: 'blue',
  'section-head': 'cyan',
  reviewer: 'volcano',
  leader: 'red',
  'secrecy-officer': 'magenta',
  archivist: 'purple',
  admin: 'gold',
};

export function RoleTags({ roles }: { roles: readonly Role[] }) {
  const { t } = useTranslation();
  if (roles.length === 0) return <Tag>{t('app.noRoles')}</Tag>;
  return (
    <>
      {roles.map((r) => (
        <Tag key={r} color={COLORS[r]}>{t(`roles.${r}`)}</Tag>
      ))}
    </>
  );
}
