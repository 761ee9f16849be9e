// 版本历史: every lexicon version, newest first — when, who, why, how many entries and
// the SHA-256 of what it held — and, for the secrecy office and the archivist, that
// version's list as a file. The desk checks the stored content against its hash before
// exporting it and refuses an altered one.
import { useState } from 'react';
import { Button, Dropdown, Space, Table, Typography } from 'antd';
import { DownloadOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LexiconVersionInfo } from '../../../api/contract/lexicon';
import { invoke } from '../../api/client';
import { useCall } from '../../api/queries';
import { errorText } from '../../i18n';
import { formatTime } from '../../components/format';
import type { ExportFormat } from './download';
import { useExport } from './use-export';
import { OwnerSelect } from './owner-select';

const PAGE = 20;
type List = 'terms' | 'allow';

export function HistoryTab({ canExport }: { canExport: boolean }) {
  const { t, i18n } = useTranslation();
  const [page, setPage] = useState(1);
  const [owner, setOwner] = useState<number | null>(null);
  const versions = useCall('lexicon.versions', { limit: PAGE, offset: (page - 1) * PAGE }, { placeholderData: (previous) => previous });

  const { exportFile, running } = useExport();
  const exportVersion = (version: number, list: List, format: ExportFormat) => exportFile(String(version), format,
    () => invoke('lexicon.exportVersion', { version, list, format, departmentId: owner }),
    (file) => t('lexicon.history.exported', { version, count: file.rows }));

  const exportItems = (['terms', 'allow'] as const).flatMap((list) => (['csv', 'xlsx'] as const).map((format) => ({
    key: `${list}:${format}`, label: t(`lexicon.history.export_${list}_${format}`),
  })));

  return (
    <>
      <Typography.Paragraph type="secondary">{t('lexicon.history.intro')}</Typography.Paragraph>
      {canExport ? (
        <Space style={{ marginBottom: 12 }}>
          <span>{t('lexicon.history.exportOwner')}</span>
          <OwnerSelect aria-label={t('lexicon.history.exportOwner')} value={owner} onChange={setOwner} style={{ width: 180 }} />
        </Space>
      ) : null}
      {versions.error ? <Typography.Text type="danger">{errorText(versions.error)}</Typography.Text> : null}
      <Table<LexiconVersionInfo>
        rowKey="version" size="small" bordered loading={versions.isFetching}
        dataSource={versions.data?.versions ?? []}
        pagination={{ current: page, pageSize: PAGE, total: versions.data?.total ?? 0, showSizeChanger: false,
          onChange: setPage, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { title: t('lexicon.history.version'), dataIndex: 'version', width: 80,
            render: (v: number) => (v === versions.data?.current ? <Typography.Text strong>{t('lexicon.history.current', { version: v })}</Typography.Text> : v) },
          { title: t('lexicon.history.when'), dataIndex: 'createdAt', width: 170, render: (v: string) => formatTime(v, i18n.language) },
          { title: t('lexicon.history.who'), dataIndex: 'actor', width: 110 },
          { title: t('lexicon.history.summary'), dataIndex: 'summary', ellipsis: true, render: (v: string | null) => v ?? '—' },
          { title: t('lexicon.history.terms'), dataIndex: 'termCount', width: 80, render: (v: number | null) => v ?? '—' },
          { title: t('lexicon.history.phrases'), dataIndex: 'phraseCount', width: 90, render: (v: number | null) => v ?? '—' },
          { title: 'SHA-256', dataIndex: 'sha256', width: 150,
            render: (v: string | null) => (v
              ? <Typography.Text code copyable={{ text: v }} title={v}>{v.slice(0, 12)}</Typography.Text>
              : <Typography.Text type="secondary">{t('lexicon.history.notKept')}</Typography.Text>) },
          ...(canExport ? [{
            title: t('common.actions'), key: 'actions', width: 110,
            render: (_: unknown, v: LexiconVersionInfo) => (v.sha256 ? (
              <Dropdown trigger={['click']} menu={{
                items: exportItems,
                onClick: ({ key }) => { const [list, format] = key.split(':') as [List, ExportFormat]; void exportVersion(v.version, list, format); },
              }}>
                <Button size="small" icon={<DownloadOutlined />} loading={running === String(v.version)} disabled={running !== null && running !== String(v.version)} aria-label={t('lexicon.history.exportVersion', { version: v.version })}>{t('lexicon.history.export')}</Button>
              </Dropdown>
            ) : null),
          }] : []),
        ]}
      />
    </>
  );
}
