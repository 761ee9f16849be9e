// One draft: its author edits it (each save is a new immutable revision); others read it.
import { useEffect } from 'react';
import { Alert, App as AntApp, Button, Descriptions, Form, Input, Space, Spin, Table, Tag, Typography } from 'antd';
import { ArrowLeftOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DraftDetail, RevisionSummary } from '../../api/contract';
import { useCall, useMutate } from '../api/queries';
import { errorText } from '../i18n';
import { formatTime } from '../components/format';
import { navigate } from '../components/route';
import { LayersView } from './layers/layers-view';
import { ImportVersionButton } from './import/import-version';
import { RescanPanel } from './rescan/rescan-panel';

export function DraftScreen({ draftId }: { draftId: number }) {
  const { t } = useTranslation();
  const draft = useCall('drafts.open', { draftId });
  return (
    <>
      <Button type="link" icon={<ArrowLeftOutlined />} style={{ paddingLeft: 0 }} onClick={() => navigate({ page: 'drafts' })}>
        {t('drafts.backToList')}
      </Button>
      {draft.isPending ? <Spin /> : draft.error ? <Alert type="error" showIcon title={errorText(draft.error)} />
        : <DraftBody draft={draft.data} />}
    </>
  );
}

function DraftBody({ draft }: { draft: DraftDetail }) {
  const { t, i18n } = useTranslation();
  const rev = draft.currentRevision;
  const importButton = draft.canEdit ? <ImportVersionButton draftId={draft.id} /> : null;
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 4 }}>{draft.title}</Typography.Title>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'dept', label: t('drafts.department'), children: draft.departmentName },
          { key: 'author', label: t('drafts.author'), children: draft.authorName },
          { key: 'rev', label: t('drafts.revision'), children: <Tag color="blue">{t('drafts.revisionNumber', { number: rev.number })}</Tag> },
          { key: 'updated', label: t('drafts.updatedAt'), children: formatTime(draft.updatedAt, i18n.language) },
          { key: 'hash', label: t('drafts.contentHash'), span: 2, children: <Typography.Text className="mono" copyable>{rev.contentHash}</Typography.Text> },
        ]}
      />
      {draft.canRescan ? <RescanPanel key={rev.id} revisionId={rev.id} number={rev.number} actions={importButton} />
        : importButton ? <div style={{ marginTop: 12 }}>{importButton}</div> : null}
      <LayersView draftId={draft.id} number={rev.number} />
      <div style={{ marginTop: 16 }}>
        {draft.canEdit ? <DraftEditor draft={draft} /> : <DraftReader draft={draft} />}
      </div>
      <Typography.Title level={5} style={{ marginTop: 16 }}>{t('drafts.history')}</Typography.Title>
      <Table<RevisionSummary>
        rowKey="id"
        size="small"
        bordered
        pagination={false}
        dataSource={draft.history}
        columns={[
          { title: t('drafts.revisionColumn'), dataIndex: 'number', width: 110, render: (n: number) => t('drafts.revisionNumber', { number: n }) },
          { title: t('drafts.contentHash'), dataIndex: 'contentHash', render: (h: string) => <span className="mono">{h}</span> },
          { title: t('drafts.createdBy'), dataIndex: 'createdBy', width: 120 },
          { title: t('drafts.createdAt'), dataIndex: 'createdAt', width: 180, render: (v: string) => formatTime(v, i18n.language) },
        ]}
      />
    </>
  );
}

/**
 * A body longer than this (a large imported file) is not put into a text box: a textarea
 * holding millions of characters freezes the window. The layers view shows it in parts.
 */
const LONG_BODY = 200_000;

function DraftReader({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  if (draft.body.length > LONG_BODY) return <Alert type="info" showIcon title={t('drafts.readOnly')} description={t('drafts.longBody')} />;
  return (
    <>
      <Alert type="info" showIcon title={t('drafts.readOnly')} style={{ marginBottom: 12 }} />
      <Typography.Text strong>{t('drafts.body')}</Typography.Text>
      <pre
        aria-label={t('drafts.body')}
        style={{ whiteSpace: 'pre-wrap', border: '1px solid #d9d9d9', padding: 12, minHeight: 200, fontFamily: 'inherit', background: '#fafafa' }}
      >
        {draft.body}
      </pre>
    </>
  );
}

type V = { title: string; body: string };

function DraftEditor({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  if (draft.body.length > LONG_BODY) return <Alert type="info" showIcon title={t('drafts.longBody')} />;
  return <DraftForm draft={draft} />;
}

function DraftForm({ draft }: { draft: DraftDetail }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const [form] = Form.useForm<V>();
  const update = useMutate('drafts.update', ['drafts.list', 'drafts.open']);

  useEffect(() => form.setFieldsValue({ title: draft.title, body: draft.body }), [draft, form]);

  async function save(v: V) {
    const saved = await update.mutateAsync({ draftId: draft.id, title: v.title, body: v.body ?? '' });
    void message.success(t('drafts.saved', { number: saved.currentRevision.number }));
  }

  return (
    <Form<V> form={form} layout="vertical" initialValues={{ title: draft.title, body: draft.body }}
      onFinish={(v) => void save(v).catch(() => undefined)}>
      {update.error ? <Alert type="error" showIcon role="alert" title={errorText(update.error)} style={{ marginBottom: 12 }} /> : null}
      <Form.Item name="title" label={t('drafts.titleField')}
        rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('drafts.titleField') }) }]}>
        <Input maxLength={300} />
      </Form.Item>
      <Form.Item name="body" label={t('drafts.body')}>
        <Input.TextArea rows={18} placeholder={t('drafts.bodyPlaceholder')} />
      </Form.Item>
      <Space>
        <Button type="primary" htmlType="submit" loading={update.isPending}>{t('drafts.saveRevision')}</Button>
      </Space>
    </Form>
  );
}
