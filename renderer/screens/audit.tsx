// The audit log: filter, page, verify the chain, export it as JSON Lines.
import { useState } from 'react';
import { Alert, App as AntApp, Button, DatePicker, Form, Input, Space, Table, Typography } from 'antd';
import { DownloadOutlined, SafetyOutlined, SearchOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Dayjs } from 'dayjs';
import type { AuditRecord, AuditVerdict } from '../../api/contract';
import { invoke } from '../api/client';
import { useCall, useMutate } from '../api/queries';
import { errorText } from '../i18n';
import { formatTime, shortHash } from '../components/format';

interface Filters { actor?: string; action?: string; from?: string; to?: string }
interface FilterForm { actor?: string; action?: string; range?: [Dayjs | null, Dayjs | null] | null }

function compactJson(value: unknown): string {
  if (value === null || value === undefined) return '';
  const text = JSON.stringify(value);
  return text === '{}' ? '' : text;
}

export function AuditScreen() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [filters, setFilters] = useState<Filters>({});
  const [page, setPage] = useState({ current: 1, pageSize: 20 });
  const [verdict, setVerdict] = useState<AuditVerdict | null>(null);
  const [verifyError, setVerifyError] = useState<unknown>(null);
  const [verifying, setVerifying] = useState(false);
  const list = useCall('audit.list', { ...filters, limit: page.pageSize, offset: (page.current - 1) * page.pageSize });
  const exportLog = useMutate('audit.export', ['audit.list']);

  function applyFilters(v: FilterForm) {
    const [from, to] = v.range ?? [];
    setFilters({
      actor: v.actor?.trim() || undefined,
      action: v.action?.trim() || undefined,
      from: from ? from.startOf('day').toISOString() : undefined,
      to: to ? to.endOf('day').toISOString() : undefined,
    });
    setPage((p) => ({ ...p, current: 1 }));
  }

  async function verify() {
    setVerifying(true);
    setVerifyError(null);
    try {
      setVerdict(await invoke('audit.verify', {}));
    } catch (e) {
      setVerdict(null);
      setVerifyError(e);
    } finally {
      setVerifying(false);
    }
  }

  async function download() {
    try {
      const result = await exportLog.mutateAsync({});
      const url = URL.createObjectURL(new Blob([result.content], { type: 'application/x-ndjson;charset=utf-8' }));
      const a = document.createElement('a');
      a.href = url;
      a.download = result.fileName;
      document.body.appendChild(a);
      a.click();
      a.remove();
      setTimeout(() => URL.revokeObjectURL(url), 10_000);
      void message.success(t('audit.exported', { count: result.entries }));
    } catch (e) {
      void message.error(errorText(e));
    }
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('audit.title')}</Typography.Title>
        <Space>
          <Button type="primary" icon={<SafetyOutlined />} loading={verifying} onClick={() => void verify()}>{t('audit.verify')}</Button>
          <Button icon={<DownloadOutlined />} loading={exportLog.isPending} onClick={() => void download()}>{t('audit.export')}</Button>
        </Space>
      </Space>
      <VerdictAlert verdict={verdict} error={verifyError} />
      <Form<FilterForm> layout="inline" onFinish={applyFilters} style={{ marginBottom: 12, rowGap: 8 }}
        onReset={() => applyFilters({})}>
        <Form.Item name="actor" label={t('audit.actor')}><Input allowClear placeholder={t('audit.actorPlaceholder')} style={{ width: 160 }} /></Form.Item>
        <Form.Item name="action" label={t('audit.action')}><Input allowClear placeholder={t('audit.actionPlaceholder')} style={{ width: 180 }} /></Form.Item>
        <Form.Item name="range" label={t('audit.dateRange')}><DatePicker.RangePicker /></Form.Item>
        <Form.Item>
          <Space>
            <Button type="primary" htmlType="submit" icon={<SearchOutlined />}>{t('common.search')}</Button>
            <Button htmlType="reset">{t('common.reset')}</Button>
          </Space>
        </Form.Item>
      </Form>
      {list.error ? <Alert type="error" showIcon title={errorText(list.error)} style={{ marginBottom: 12 }} /> : null}
      <Table<AuditRecord>
        rowKey="seq"
        size="small"
        bordered
        loading={list.isFetching}
        dataSource={list.data?.entries ?? []}
        pagination={{
          current: page.current,
          pageSize: page.pageSize,
          total: list.data?.total ?? 0,
          showSizeChanger: true,
          pageSizeOptions: [20, 50, 100],
          showTotal: (count) => t('common.total', { count }),
          onChange: (current, pageSize) => setPage({ current, pageSize }),
        }}
        columns={[
          { title: t('audit.seq'), dataIndex: 'seq', width: 70, align: 'right' },
          { title: t('audit.at'), dataIndex: 'at', width: 170, render: (v: string) => formatTime(v, i18n.language) },
          { title: t('audit.actor'), dataIndex: 'actorName', width: 160, render: (v: string | null, r) => (v ? t('common.person', { name: v, username: r.actor }) : r.actor) },
          {
            title: t('audit.action'),
            dataIndex: 'action',
            width: 200,
            render: (v: string) => {
              const label = t(`audit.actions.${v.replace(/\./g, '_')}`, { defaultValue: '' });
              return <>{label ? <div>{label}</div> : null}<span className="mono" style={{ color: '#8c8c8c' }}>{v}</span></>;
            },
          },
          { title: t('audit.subject'), dataIndex: 'subject', width: 160 },
          {
            title: t('audit.details'),
            dataIndex: 'details',
            ellipsis: true,
            render: (v: unknown) => {
              const text = compactJson(v);
              return <span className="mono" title={text}>{text}</span>;
            },
          },
          {
            title: t('audit.hash'),
            dataIndex: 'hash',
            width: 130,
            render: (h: string) => <span className="mono" title={h}>{shortHash(h)}</span>,
          },
        ]}
      />
    </>
  );
}

function VerdictAlert({ verdict, error }: { verdict: AuditVerdict | null; error: unknown }) {
  const { t } = useTranslation();
  if (error) return <Alert type="error" showIcon role="alert" title={errorText(error)} style={{ marginBottom: 12 }} />;
  if (!verdict) return null;
  if (verdict.intact) {
    return (
      <Alert type="success" showIcon role="status" style={{ marginBottom: 12 }}
        title={t('audit.intact', { count: verdict.entries, hash: verdict.headHash })} />
    );
  }
  return (
    <Alert type="error" showIcon role="alert" style={{ marginBottom: 12 }}
      title={t('audit.broken', { seq: verdict.brokenAt, count: verdict.entries, reason: t(`audit.reasons.${verdict.reason}`) })} />
  );
}
