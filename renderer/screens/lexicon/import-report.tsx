// The report of a checked import (a term list or an allow list): counts, a sample,
// repeats within the file, entries that would change, and every invalid row with its
// number and reason. "确认导入" appears only when the desk would accept the file.
import { useState } from 'react';
import { Alert, Button, Descriptions, List, Modal, Radio, Space, Table, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RowProblem } from '../../../api/contract/lexicon';
import { errorText } from '../../i18n';
import { OwnerSelect } from './owner-select';
import type { ListKind } from './list-kinds';

interface Props<P extends { departmentId: number | null }, S extends { row: number }> {
  list: ListKind<P, S>;
  preview: P;
  pending: boolean;
  error: unknown;
  onOwner: (departmentId: number | null) => void;
  onCancel: () => void;
  onCommit: (onExisting: 'skip' | 'update') => Promise<void>;
}

export function ImportReportModal<P extends { departmentId: number | null }, S extends { row: number }>(
  { list, preview, pending, error, onOwner, onCancel, onCommit }: Props<P, S>) {
  const { t, i18n } = useTranslation();
  const [onExisting, setOnExisting] = useState<'skip' | 'update'>('skip');
  const view = list.view(preview, t);
  return (
    <Modal
      open
      width={880}
      title={t('lexicon.importTitle', { name: view.fileName })}
      onCancel={onCancel}
      footer={(
        <Space>
          <Button onClick={onCancel}>{t('common.cancel')}</Button>
          {view.canCommit ? (
            <Button type="primary" loading={pending} onClick={() => void onCommit(onExisting).catch(() => undefined)}>{t('lexicon.commit')}</Button>
          ) : null}
        </Space>
      )}
    >
      {error ? <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 12 }} /> : null}
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="import-owner">{t('lexicon.importOwner')}</label>
        <OwnerSelect id="import-owner" value={view.departmentId} onChange={onOwner} style={{ width: 200 }} />
      </Space>
      <Descriptions size="small" bordered column={3} items={[
        { key: 'rows', label: t('lexicon.dataRows'), children: view.dataRows },
        { key: 'valid', label: t('lexicon.validRows'), children: view.validRows },
        { key: 'new', label: t(list.words.newCount), children: view.newCount },
        { key: 'existing', label: t('lexicon.existingCount'), children: view.existingCount },
        { key: 'unchanged', label: t('lexicon.unchangedCount'), children: view.unchangedCount },
        { key: 'invalid', label: t('lexicon.invalidCount'), children: <Typography.Text type={view.invalidCount ? 'danger' : undefined}>{view.invalidCount}</Typography.Text> },
      ]} />
      {!view.canCommit ? <Alert type="error" showIcon role="alert" style={{ marginTop: 12 }} title={t(list.words.cannotCommit)} /> : null}
      {view.invalid.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lexicon.invalid')}</Typography.Title>
          <Table<RowProblem> size="small" bordered pagination={false} rowKey={(r) => `${r.row}-${r.message}`} dataSource={view.invalid}
            scroll={{ y: 200 }} columns={[
              { title: t('lexicon.row'), dataIndex: 'row', width: 70 },
              { title: t(list.words.name), dataIndex: 'term', width: 180 },
              { title: t('lexicon.reason'), key: 'reason', render: (_: unknown, r) => (i18n.language === 'en' ? r.messageEn : r.message) },
            ]} />
        </>
      ) : null}
      {view.duplicates.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t(list.words.duplicates)}</Typography.Title>
          <List size="small" bordered dataSource={view.duplicates}
            renderItem={(d) => <List.Item>{t('lexicon.duplicateRows', { term: d.name, rows: d.rows.join(', ') })}</List.Item>} />
        </>
      ) : null}
      {view.existing.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t(list.words.existing)}</Typography.Title>
          <List size="small" bordered dataSource={view.existing} style={{ maxHeight: 180, overflow: 'auto' }}
            renderItem={(e) => (
              <List.Item>
                <Typography.Text strong>{e.name}</Typography.Text>
                <span>{e.changes}</span>
              </List.Item>
            )} />
          <Space style={{ marginTop: 8 }}>
            <span>{t(list.words.onExisting)}</span>
            <Radio.Group value={onExisting} onChange={(e) => setOnExisting(e.target.value as 'skip' | 'update')}
              options={[{ value: 'skip', label: t('lexicon.skip') }, { value: 'update', label: t('lexicon.update') }]} />
          </Space>
        </>
      ) : null}
      {view.sample.length > 0 ? (
        <>
          <Typography.Title level={5} style={{ marginTop: 12 }}>{t('lexicon.sample')}</Typography.Title>
          <Table<S> size="small" bordered pagination={false} rowKey="row" dataSource={view.sample}
            columns={[{ title: t('lexicon.row'), dataIndex: 'row', width: 70 }, ...list.sampleColumns(t)]} />
        </>
      ) : null}
    </Modal>
  );
}
