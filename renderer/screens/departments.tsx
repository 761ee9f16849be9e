import { useState } from 'react';
import { App as AntApp, Button, Form, Input, Space, Table, Typography } from 'antd';
import { PlusOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { Department } from '../../api/contract';
import { useCall, useMutate } from '../api/queries';
import { errorText } from '../i18n';
import { formatTime } from '../components/format';
import { FormModal } from '../components/form-modal';

type V = { name: string };

export function DepartmentsScreen() {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const departments = useCall('departments.list', {});
  const create = useMutate('departments.create', ['departments.list']);
  const rename = useMutate('departments.rename', ['departments.list', 'users.list', 'auth.me']);
  const [creating, setCreating] = useState(false);
  const [renaming, setRenaming] = useState<Department | null>(null);

  const nameField = (
    <Form.Item name="name" label={t('departments.name')}
      rules={[{ required: true, whitespace: true, message: t('common.required', { field: t('departments.name') }) }]}>
      <Input autoComplete="off" autoFocus maxLength={100} />
    </Form.Item>
  );

  return (
    <>
      <Space style={{ width: '100%', justifyContent: 'space-between', marginBottom: 12 }}>
        <Typography.Title level={4} style={{ margin: 0 }}>{t('departments.title')}</Typography.Title>
        <Button type="primary" icon={<PlusOutlined />} onClick={() => setCreating(true)}>{t('departments.create')}</Button>
      </Space>
      {departments.error ? <Typography.Text type="danger">{errorText(departments.error)}</Typography.Text> : null}
      <Table<Department>
        rowKey="id"
        size="small"
        bordered
        loading={departments.isPending}
        dataSource={departments.data ?? []}
        pagination={{ pageSize: 20, showTotal: (count) => t('common.total', { count }) }}
        columns={[
          { title: t('departments.name'), dataIndex: 'name' },
          { title: t('departments.createdAt'), dataIndex: 'createdAt', width: 200, render: (v: string) => formatTime(v, i18n.language) },
          {
            title: t('common.actions'),
            width: 120,
            render: (_, d) => <Button type="link" size="small" onClick={() => setRenaming(d)}>{t('departments.rename')}</Button>,
          },
        ]}
      />
      <FormModal<V>
        title={t('departments.create')}
        open={creating}
        pending={create.isPending}
        error={create.error}
        onCancel={() => { create.reset(); setCreating(false); }}
        onSubmit={async (v) => {
          await create.mutateAsync({ name: v.name });
          void message.success(t('departments.created'));
          setCreating(false);
        }}
      >
        {nameField}
      </FormModal>
      {renaming ? (
        <FormModal<V>
          title={t('departments.renameTitle')}
          open
          pending={rename.isPending}
          error={rename.error}
          initialValues={{ name: renaming.name }}
          onCancel={() => { rename.reset(); setRenaming(null); }}
          onSubmit={async (v) => {
            await rename.mutateAsync({ departmentId: renaming.id, name: v.name });
            void message.success(t('departments.renamed'));
            setRenaming(null);
          }}
        >
          {nameField}
        </FormModal>
      ) : null}
    </>
  );
}
