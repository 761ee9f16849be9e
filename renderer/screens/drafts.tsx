import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { DraftSummary, SessionUser } from '../../api/contract';
import { useCall, useMutate } from '../api/queries';
import { errorText } from '../i18n';
import { formatTime } from '../components/format';
import { FormModal } from '../components/form-modal';
import { DepartmentSelect } from '../components/selects';
import { navigate } from '../components/route';
import { ImportButton, ImportDropZone } from './import/import-drop';
import { ImportProgress } from './import/import-progress';
import { useImport } from './import/use-import';

type V = { title: string; departmentId: number; body: string };

export function DraftsScreen({ user }: { user: SessionUser }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const drafts = useCall('drafts.list', {});
  const create = useMutate('drafts.create', ['drafts.list']);
  const [creating, setCreating] = useState(false);
  const canCreate = user.roles.includes('liaison');
  const importer = useImport();

  async function importFile(file: File) {
    // A new draft belongs to the liaison's own department (the desk refuses any other).
    const status = await importer.run(file, { draftId: null, departmentId: user.departmentId ?? undefined });
    if (status?.state === 'done' && status.draftId !== null) {
      void message.success(t('imports.done', { number: status.revision ?? 1 }));
      navigate({ page: 'draft', draftId: status.draftId });
    }
  }

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('drafts.title')}</Typography.Title>
        {canCreate ? (
          <Space>
            <ImportButton onFile={(f) => void importFile(f)} disabled={importer.busy} />
            <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('drafts.create')}</Button>
          </Space>
        ) : null}
      </Space>
      {canCreate ? <ImportDropZone onFile={(f) => void importFile(f)} disabled={importer.busy} /> : null}
      <ImportProgress importer={importer} onClose={importer.reset} />
      {canCreate && importer.view.phase === 'idle' ? <div style={{ height: 12 }} /> : null}
      {drafts.error ? <Typography.Text type="danger">{errorText(drafts.error)}</Typography.Text> : null}
      <Table<DraftSummary>
        rowKey="id"
        size="small"
        bordered
        loading={drafts.isPending}
        dataSource={drafts.data ?? []}
        locale={{ emptyText: t('drafts.empty') }}
        pagination={{ pageSize: 20, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          {
            title: t('drafts.titleField'),
            dataIndex: 'title',
            render: (v: string, d) => <a href={`#/drafts/${d.id}`}>{v}</a>,
          },
          { title: t('drafts.department'), dataIndex: 'departmentName', width: 160 },
          { title: t('drafts.author'), dataIndex: 'authorName', width: 120 },
          { title: t('drafts.revisions'), dataIndex: 'revisions', width: 90, align: 'right' },
          { title: t('drafts.updatedAt'), dataIndex: 'updatedAt', width: 180, render: (v: string) => formatTime(v, i18n.language) },
        ]}
      />
      <FormModal<V>
        title={t('drafts.createTitle')}
        open={creating}
        width={760}
        okText={t('common.save')}
        pending={create.isPending}
        error={create.error}
        initialValues={{ departmentId: user.departmentId ?? undefined, body: '' }}
        onCancel={() => { create.reset(); setCreating(false); }}
        onSubmit={async (v) => {
          const draft = await create.mutateAsync({ title: v.title, departmentId: v.departmentId, body: v.body ?? '' });
          void message.success(t('drafts.created'));
          setCreating(false);
          navigate({ page: 'draft', draftId: draft.id });
        }}
      >
        <Form.Item name="title" label={t('drafts.titleField')}
          rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('drafts.titleField') }) }]}>
          <Input autoComplete="off" autoFocus maxLength={300} />
        </Form.Item>
        <Form.Item name="departmentId" label={t('drafts.department')}
          rules={[{ required: true, message: t('common.required', { field: t('drafts.department') }) }]}>
          <DepartmentSelect />
        </Form.Item>
        <Form.Item name="body" label={t('drafts.body')}>
          <Input.TextArea rows={14} placeholder={t('drafts.bodyPlaceholder')} />
        </Form.Item>
      </FormModal>
    </>
  );
}
