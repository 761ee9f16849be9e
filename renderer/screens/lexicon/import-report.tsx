// The report of a checked import: counts, a sample, repeats within the file, entries that
// would change, and every invalid row with its number and reason. "确认导入" appears only
// when the desk would accept the file.
import { useState } from 'react';
import { Alert, Button, Descriptions, List, Modal, Radio, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ImportPreview, RowProblem } from '../../../api/contract/lexicon';
import { errorText } from '../../i18n';
import { SeverityTag } from '../../components/findings/severity';
import { OwnerSelect } from './owner-select';

interface Props {
  preview: ImportPreview;
  pending: boolean;
  error: unknown;
  onOwner: (departmentId: number | null) => void;
  onCancel: () => void;
  onCommit: (onExisting: 'skip' | 'update') => Promise<void>;
}

type Sample = ImportPreview['sample'][number];

export function ImportReportModal({ preview, pending, error, onOwner, onCancel, onCommit }: Props) {
  const { t, i18n } = useTranslation();
  const [onExisting, setOnExisting] = useState<'skip' | 'update'>('skip');
  const show = (v: string | boolean) => (typeof v === 'boolean' ? t(v ? 'lexicon.yes' : 'lexicon.no') : v || t('common.none'));
  return (
    <Modal
      open
      width={880}
      title={t('lexicon.importTitle', { name: preview.fileName })}
      onCancel={onCancel}
      footer={(
        <Space>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          {preview.canCommit ? (
            <Button type="primary" loading={pending} onClick={() => void onCommit(onExisting).catch(() => undefined)}>{t('lexicon.commit')}</Button>
          ) : null}
        </Space>
      )}
    >
      {error ? <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 12 }} /> : null}
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="import-owner">{t('lexicon.importOwner')}</label>
        <OwnerSelect id="import-owner" value={preview.departmentId} onChange={onOwner} style={{ width: 200 }} />
      </Space>
      <Descriptions size="small" bordered column={3} items={[
        { key: 'rows', label: t('lexicon.dataRows'), children: preview.dataRows },
        { key: 'valid', label: t('lexicon.validRows'), children: preview.validRows },
        { key: 'new', label: t('lexicon.newTerms'), children: preview.newTerms },
        { key: 'existing', label: t('lexicon.existingCount'), children: preview.existingCount },
        { key: 'unchanged', label: t('lexicon.unchangedCount'), children: preview.unchangedCount },
        { key: 'invalid', label: t('lexicon.invalidCount'), children: <Typography.Text type={preview.invalidCount ? 'danger' : undefined}>{preview.invalidCount}</Typography.Text> },
      ]} />
      {!preview.canCommit ? <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={t('lexicon.cannotCommit')} /> : null}
      {preview.invalid.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lexicon.invalid')}</Typography.Title>
          <Table<RowProblem> size="small" bordered pagination={false} rowKey={(r) => `${r.row}-${r.message}`} dataSource={preview.invalid}
            scroll={{ y: 200 }} columns={[
              { title: t('lexicon.row'), dataIndex: 'row', width: 70 },
              { title: t('lexicon.term'), dataIndex: 'term', width: 180 },
              { title: t('lexicon.reason'), key: 'reason', render: (_: unknown, r) => (i18n.language === 'en' ? r.messageEn : r.message) },
            ]} />
        </>
      ) : null}
      {preview.duplicatesInFile.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lexicon.duplicates')}</Typography.Title>
          <List size="small" bordered dataSource={preview.duplicatesInFile}
            renderItem={(d) => <List.Item>{t('lexicon.duplicateRows', { term: d.term, rows: d.rows.join(', ') })}</List.Item>} />
        </>
      ) : null}
      {preview.existing.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lexicon.existing')}</Typography.Title>
          <List size="small" bordered dataSource={preview.existing} style={{ maxHeight: 180, overflow: 'auto' }}
            renderItem={(e) => (
              <List.Item>
                <Typography.Text strong>{e.term}</Typography.Text>
                <span>{e.changes.map((c) => t('lexicon.change', { field: t(`lexicon.fields.${c.field}`), from: show(c.field === 'severity' ? t(`severity.${String(c.from)}`) : c.from), to: show(c.field === 'severity' ? t(`severity.${String(c.to)}`) : c.to) })).join('；')}</span>
              </List.Item>
            )} />
          <Space style={{ marginTop: 8 }}>
            <span>{t('lexicon.onExisting')}</span>
            <Radio.Group value={onExisting} onChange={(e) => setOnExisting(e.target.value as 'skip' | 'update')}
              options={[{ value: 'skip', label: t('lexicon.skip') }, { value: 'update', label: t('lexicon.update') }]} />
          </Space>
        </>
      ) : null}
      {preview.sample.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lexicon.sample')}</Typography.Title>
          <Table<Sample> size="small" bordered pagination={false} rowKey="row" dataSource={preview.sample} columns={[
            { title: t('lexicon.row'), dataIndex: 'row', width: 70 },
            { title: t('lexicon.term'), dataIndex: 'term' },
            { title: t('lexicon.category'), dataIndex: 'category' },
            { title: t('lexicon.severity'), dataIndex: 'severity', render: (s: Sample['severity']) => <SeverityTag severity={s} /> },
            { title: t('lexicon.rationale'), dataIndex: 'rationale', ellipsis: true },
          ]} />
        </>
      ) : null}
    </Modal>
  );
}
