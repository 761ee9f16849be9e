// Who an entry belongs to: the whole desk (null) or one department.
import { Select } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCall } from '../../api/queries';

type Props = { value?: number | null; onChange?: (v: number | null) => void; id?: string; style?: React.CSSProperties; deskLabel?: string; 'aria-label'?: string };

export function OwnerSelect({ deskLabel, ...props }: Props) {
  const { t } = useTranslation();
  const departments = useCall('departments.list', {});
  const options = [
    { value: 0, label: deskLabel ?? t('lexicon.deskWide') },
    ...(departments.data ?? []).map((d) => ({ value: d.id, label: d.name })),
  ];
  // antd Select cannot hold null as a value, so the desk-wide choice travels as 0 inside.
  return (
    <Select {...props} value={props.value === null ? 0 : props.value} onChange={(v: number) => props.onChange?.(v === 0 ? null : v)}
      loading={departments.isPending} options={options} showSearch={{ optionFilterProp: 'label' }} />
  );
}
