// Create or edit one library entry.
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import type { TermEntry } from '../../../api/contract/lexicon';
import type { Severity } from '../../../core/model';
import { useMutate } from '../../api/queries';
import { LEXICON_CHANGED } from './lexicon-changed';
import { FormModal } from '../../components/form-modal';
import { OwnerSelect } from './owner-select';
import { SEVERITY_LIST } from '../../components/findings/names';

type V = { term: string; category: string; severity: Severity; rationale: string; enabled: boolean; departmentId: number | null };

export function SeveritySelect(props: { value?: Severity; onChange?: (v: Severity) => void; id?: string; disabled?: boolean; style?: React.CSSProperties }) {
  const { t } = useTranslation();
  return <Select {...props} options={SEVERITY_LIST.map((s) => ({ value: s, label: t(`severity.${s}`) }))} />;
}

/** `entry`: undefined → closed, null → a new entry, otherwise that entry. */
export function TermModal({ entry, onClose }: { entry: TermEntry | null | undefined; onClose: () => void }) {
  const { t } = useTranslation();
  const save = useMutate('lexicon.saveTerm', LEXICON_CHANGED);
  const initial: Partial<V> = entry
    ? { term: entry.term, category: entry.category, severity: entry.severity, rationale: entry.rationale, enabled: entry.enabled, departmentId: entry.departmentId }
    : { severity: 'escalate', enabled: true, departmentId: null, category: '', rationale: '' };
  return (
    <FormModal<V>
      key={entry?.id ?? 'new'}
      title={entry ? t('lexicon.editTitle') : t('lexicon.createTitle')}
      open={entry !== undefined}
      okText={t('common.save')}
      pending={save.isPending}
      error={save.error}
      initialValues={initial}
      onCancel={() => { save.reset(); onClose(); }}
      onSubmit={async (v) => {
        await save.mutateAsync({ ...(entry ? { id: entry.id } : {}), ...v, category: v.category ?? '', rationale: v.rationale ?? '' });
        save.reset();
        onClose();
      }}
    >
      <Form.Item name="term" label={t('lexicon.term')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('lexicon.term') }) }]}>
        <Input autoFocus maxLength={200} autoComplete="off" />
      </Form.Item>
      <Form.Item name="category" label={t('lexicon.category')}>
        <Input maxLength={50} autoComplete="off" />
      </Form.Item>
      <Form.Item name="severity" label={t('lexicon.severity')} rules={[{ required: true }]}>
        <SeveritySelect />
      </Form.Item>
      <Form.Item name="rationale" label={t('lexicon.rationale')}>
        <Input.TextArea rows={3} maxLength={2000} />
      </Form.Item>
      <Form.Item name="departmentId" label={t('lexicon.owner')}>
        <OwnerSelect />
      </Form.Item>
      <Form.Item name="enabled" label={t('lexicon.enabled')} valuePropName="checked">
        <Switch />
      </Form.Item>
    </FormModal>
  );
}
