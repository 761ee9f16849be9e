// The library itself: search, filter, page through, and (the secrecy office) edit,
// import and export.
import { useState } from 'react';
import { App as AntApp, Button, Input, Popconfirm, Select, Space, Switch, Table, Tag, Typography } from 'antd';
import { DownloadOutlined, PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { TermEntry } from '../../../api/contract/lexicon';
import type { Severity } from '../../../core/model';
import { invoke } from '../../api/client';
import { useCall, useMutate } from '../../api/queries';
import { LEXICON_CHANGED } from './lexicon-changed';
import { errorText } from '../../i18n';
import { formatTime } from '../../components/format';
import type { ExportFormat } from './download';
import { useExport } from './use-export';
import { SeverityTag } from '../../components/findings/severity';
import { TermModal } from './term-modal';
import { ListImport } from './list-import';
import { TERM_LIST } from './list-kinds';
import { SEVERITY_LIST } from '../../components/findings/names';

const PAGE = 20;
/** The owner filter: every owner, the desk-wide list (0), or one department. */
type OwnerFilter = 'all' | number;

export function TermsTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [query, setQuery] = useState('');
  const [severity, setSeverity] = useState<Severity | undefined>();
  const [owner, setOwner] = useState<OwnerFilter>('all');
  const [includeDisabled, setIncludeDisabled] = useState(true);
  const [page, setPage] = useState(1);
  const [editing, setEditing] = useState<TermEntry | null | undefined>(undefined);
  const departments = useCall('departments.list', {});
  const remove = useMutate('lexicon.deleteTerm', LEXICON_CHANGED);
  const list = useCall('lexicon.list', {
    query: query || undefined, severity, includeDisabled, limit: PAGE, offset: (page - 1) * PAGE,
    ...(owner === 'all' ? {} : { departmentId: owner === 0 ? null : owner }),
  }, { placeholderData: (previous) => previous });

  const { exportFile, running } = useExport();
  const exportAs = (format: ExportFormat) => exportFile(format, format,
    () => invoke('lexicon.export', { format, ...(owner === 'all' ? {} : { departmentId: owner === 0 ? null : owner }) }),
    (file) => t('lexicon.exported', { count: file.terms }));

  const ownerOptions = [
    { value: 'all' as OwnerFilter, label: t('lexicon.ownerAll') },
    { value: 0 as OwnerFilter, label: t('lexicon.deskWide') },
    ...(departments.data ?? []).map((d) => ({ value: d.id as OwnerFilter, label: d.name })),
  ];

  return (
    <>
      <Space wrap style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Space wrap>
          <Input.Search allowClear placeholder={t('lexicon.searchPlaceholder')} aria-label={t('lexicon.searchPlaceholder')} style={{ width: 240 }}
            enterButton={t('common.search')} onSearch={(v) => { setQuery(v.trim()); setPage(1); }} />
          <Select allowClear placeholder={t('lexicon.severityFilter')} aria-label={t('lexicon.severityFilter')} style={{ width: 120 }} value={severity}
            onChange={(v?: Severity) => { setSeverity(v); setPage(1); }}
            options={SEVERITY_LIST.map((s) => ({ value: s, label: t(`severity.${s}`) }))} />
          <Select aria-label={t('lexicon.ownerFilter')} style={{ width: 160 }} value={owner} options={ownerOptions}
            onChange={(v: OwnerFilter) => { setOwner(v); setPage(1); }} />
          <Space size={4}>
            <Switch size="small" checked={includeDisabled} onChange={(v) => { setIncludeDisabled(v); setPage(1); }} aria-label={t('lexicon.includeDisabled')} />
            <span>{t('lexicon.includeDisabled')}</span>
          </Space>
        </Space>
        {canEdit ? (
          <Space wrap>
            <ListImport list={TERM_LIST} defaultOwner={owner === 'all' || owner === 0 ? null : owner} />
            <Button icon={<DownloadOutlined />} loading={running === 'csv'} disabled={running === 'xlsx'} onClick={() => void exportAs('csv')}>{t('lexicon.exportCsv')}</Button>
            <Button icon={<DownloadOutlined />} loading={running === 'xlsx'} disabled={running === 'csv'} onClick={() => void exportAs('xlsx')}>{t('lexicon.exportXlsx')}</Button>
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setEditing(null)}>{t('lexicon.create')}</Button>
          </Space>
        ) : null}
      </Space>
      {list.data ? <Typography.Text type="secondary">{t('lexicon.version', { version: list.data.version })}</Typography.Text> : null}
      {list.error ? <Typography.Text type="danger"> {errorText(list.error)}</Typography.Text> : null}
      <Table<TermEntry>
        style={{ marginTop: 8 }}
        rowKey="id"
        size="small"
        bordered
        loading={list.isFetching}
        dataSource={list.data?.terms ?? []}
        locale={{ emptyText: t('lexicon.empty') }}
        pagination={{ current: page, pageSize: PAGE, total: list.data?.total ?? 0, showSizeChanger: false,
          onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { title: t('lexicon.term'), dataIndex: 'term', render: (v: string) => <Typography.Text strong>{v}</Typography.Text> },
          { title: t('lexicon.category'), dataIndex: 'category', width: 140 },
          { title: t('lexicon.severity'), dataIndex: 'severity', width: 100, render: (s: Severity) => <SeverityTag severity={s} /> },
          { title: t('lexicon.rationale'), dataIndex: 'rationale', ellipsis: true },
          { title: t('lexicon.owner'), dataIndex: 'departmentName', width: 120, render: (v: string | null) => v ?? t('lexicon.deskWide') },
          { title: t('lexicon.enabled'), dataIndex: 'enabled', width: 70,
            render: (v: boolean) => (v ? <Tag color="green">{t('lexicon.yes')}</Tag> : <Tag>{t('lexicon.no')}</Tag>) },
          { title: t('lexicon.updatedAt'), dataIndex: 'updatedAt', width: 170, render: (v: string) => formatTime(v, i18n.language) },
          ...(canEdit ? [{
            title: t('common.actions'), key: 'actions', width: 130,
            render: (_: unknown, entry: TermEntry) => (
              <Space size={0}>
                <Button type="link" size="small" onClick={() => setEditing(entry)}>{t('common.edit')}</Button>
                <Popconfirm title={t('lexicon.deleteConfirm', { term: entry.term })} okText={t('common.confirm')} cancelText={t('common.cancel')}
                  onConfirm={() => remove.mutateAsync({ id: entry.id }).then(() => void message.success(t('lexicon.deleted')),
                    (e: unknown) => void message.error(errorText(e)))}>
                  <Button type="link" size="small" danger>{t('lexicon.delete')}</Button>
                </Popconfirm>
              </Space>
            ),
          }] : []),
        ]}
      />
      <TermModal entry={editing} onClose={() => setEditing(undefined)} />
    </>
  );
}
