// Phrases that must never be reported (秘密 inside 揭开…的秘密), each scoped to every
// finding, one category or one rule; imported and exported like the term list.
import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Popconfirm, Select, Space, Switch, Table, Tag } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { AllowPhrase } from '../../../api/contract/lexicon';
import { CATEGORY_LIST } from '../../components/findings/names';
import { invoke } from '../../api/client';
import { useCall, useMutate } from '../../api/queries';
import { LEXICON_CHANGED } from './lexicon-changed';
import { errorText } from '../../i18n';
import { FormModal } from '../../components/form-modal';
import type { ExportFormat } from './download';
import { useExport } from './use-export';
import { ListImport } from './list-import';
import { ALLOW_LIST } from './list-kinds';
import { OwnerSelect } from './owner-select';

type V = { phrase: string; scopeKind: AllowPhrase['scopeKind']; scope: string; note: string; enabled: boolean; departmentId: number | null };

export function AllowTab({ canEdit }: { canEdit: boolean }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const list = useCall('lexicon.allowList', {});
  const save = useMutate('lexicon.saveAllow', LEXICON_CHANGED);
  const remove = useMutate('lexicon.deleteAllow', LEXICON_CHANGED);
  const [editing, setEditing] = useState<AllowPhrase | null | undefined>(undefined);
  /** Whose list a file goes into or comes out of. */
  const [fileOwner, setFileOwner] = useState<number | null>(null);
  const { exportFile, running } = useExport();
  const exportAs = (format: ExportFormat) => exportFile(format, format,
    () => invoke('lexicon.allowExport', { format, departmentId: fileOwner }),
    (file) => t('lexicon.allowImport.exported', { count: file.rows }));
  const scopeText = (a: AllowPhrase) => (a.scopeKind === 'category' ? t(`categories.${a.scope}`) : a.scope);

  return (
    <>
      {canEdit ? (
        <Space wrap style={{ marginBottom: 12 }}>
          <OwnerSelect aria-label={t('lexicon.allowImport.owner')} value={fileOwner} onChange={setFileOwner} style={{ width: 160 }} />
          <ListImport list={ALLOW_LIST} defaultOwner={fileOwner} />
          <Button icon={<DownloadOutlined />} loading={running === 'csv'} disabled={running === 'xlsx'} onClick={() => void exportAs('csv')}>{t('lexicon.exportCsv')}</Button>
          <Button icon={<DownloadOutlined />} loading={running === 'xlsx'} disabled={running === 'csv'} onClick={() => void exportAs('xlsx')}>{t('lexicon.exportXlsx')}</Button>
          <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>{t('lexicon.allowCreate')}</Button>
        </Space>
      ) : null}
      <Table<AllowPhrase>
        rowKey="id" size="small" bordered loading={list.isPending} dataSource={list.data?.phrases ?? []}
        pagination={{ pageSize: 20, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { title: t('lexicon.allowPhrase'), dataIndex: 'phrase' },
          { title: t('lexicon.allowScope'), key: 'scope', render: (_: unknown, a) => <Space size={4}><Tag>{t(`lexicon.scopeKinds.${a.scopeKind}`)}</Tag>{scopeText(a)}</Space> },
          { title: t('lexicon.allowNote'), dataIndex: 'note' },
          { title: t('lexicon.owner'), dataIndex: 'departmentName', width: 120, render: (v: string | null) => v ?? t('lexicon.deskWide') },
          { title: t('lexicon.enabled'), dataIndex: 'enabled', width: 70, render: (v: boolean) => (v ? <Tag color="green">{t('lexicon.yes')}</Tag> : <Tag>{t('lexicon.no')}</Tag>) },
          ...(canEdit ? [{
            title: t('common.actions'), key: 'actions', width: 130,
            render: (_: unknown, a: AllowPhrase) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(a)}>{t('common.edit')}</Button>
                <Popconfirm title={t('lexicon.allowDeleteConfirm', { phrase: a.phrase })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync({ id: a.id }).then(() => void message.success(t('lexicon.deleted')), (e: unknown) => void message.error(errorText(e)))}>
                  <Button type="link" size="small" danger>{t('lexicon.delete')}</Button>
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      <FormModal<V>
        key={editing?.id ?? 'new'}
        title={editing ? t('lexicon.allowEditTitle') : t('lexicon.allowCreate')}
        open={editing !== undefined}
        okText={t('common.save')}
        pending={save.isPending}
        error={save.error}
        initialValues={editing ? { ...editing } : { scopeKind: 'any', scope: '', note: '', enabled: true, departmentId: null }}
        onCancel={() => { save.reset(); setEditing(undefined); }}
        onSubmit={async (v) => {
          await save.mutateAsync({ ...(editing ? { id: editing.id } : {}), ...v, scope: v.scopeKind === 'any' ? '' : v.scope ?? '', note: v.note ?? '' });
          save.reset();
          setEditing(undefined);
        }}
      >
        <Form.Item name="phrase" label={t('lexicon.allowPhrase')} rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('lexicon.allowPhrase') }) }]}>
          <Input autoFocus maxLength={100} autoComplete="off" />
        </Form.Item>
        <Form.Item name="scopeKind" label={t('lexicon.allowScope')}>
          <Select options={(['any', 'category', 'rule'] as const).map((k) => ({ value: k, label: t(`lexicon.scopeKinds.${k}`) }))} />
        </Form.Item>
        <Form.Item noStyle dependencies={['scopeKind']}>
          {({ getFieldValue }) => {
            const kind = getFieldValue('scopeKind') as V['scopeKind'];
            if (kind === 'any') return null;
            return (
              <Form.Item name="scope" label={t('lexicon.scopeValue')} extra={kind === 'rule' ? t('lexicon.scopeRuleHelp') : undefined}
                rules={[{ required: true, message: t('common.required', { field: t('lexicon.scopeValue') }) }]}>
                {kind === 'category'
                  ? <Select options={CATEGORY_LIST.map((c) => ({ value: c, label: t(`categories.${c}`) }))} />
                  : <Input maxLength={64} autoComplete="off" />}
              </Form.Item>
            );
          }}
        </Form.Item>
        <Form.Item name="note" label={t('lexicon.allowNote')}><Input maxLength={200} /></Form.Item>
        <Form.Item name="departmentId" label={t('lexicon.owner')}><OwnerSelect /></Form.Item>
        <Form.Item name="enabled" label={t('lexicon.enabled')} valuePropName="checked"><Switch /></Form.Item>
      </FormModal>
    </>
  );
}
