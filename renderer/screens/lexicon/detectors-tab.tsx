// Per department, which detectors run and at what severity. A department without its own
// setting inherits the desk-wide one, and that the detector's default.
import { useState } from 'react';
import { App as AntApp, Button, Space, Switch, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { DetectorSettingView } from '../../../api/contract/lexicon';
import type { Severity } from '../../../core/model';
import { useCall, useMutate } from '../../api/queries';
import { errorText } from '../../i18n';
import { OwnerSelect } from './owner-select';
import { SeveritySelect } from './term-modal';

export function DetectorsTab({ canEdit }: { canEdit: boolean }) {
  const { t, i18n } = useTranslation();
  const { message } = AntApp.useApp();
  const [departmentId, setDepartmentId] = useState<number | null>(null);
  const settings = useCall('detectors.settings', { departmentId });
  const save = useMutate('detectors.saveSetting', ['detectors.settings']);
  const reset = useMutate('detectors.resetSetting', ['detectors.settings']);
  const own = (d: DetectorSettingView) => (departmentId === null ? d.deskWide : d.department);

  function store(d: DetectorSettingView, change: { enabled?: boolean; severity?: Severity }) {
    save.mutateAsync({ departmentId, detector: d.detector, enabled: d.effective.enabled, severity: d.effective.severity, ...change })
      .then(() => void message.success(t('detectors.saved')), (e: unknown) => void message.error(errorText(e)));
  }

  function source(d: DetectorSettingView) {
    if (d.department) return <Tag color="blue">{t('detectors.sourceDepartment')}</Tag>;
    if (d.deskWide) return <Tag color="geekblue">{t('detectors.sourceDesk')}</Tag>;
    return <Tag>{t('detectors.sourceDefault')}</Tag>;
  }

  return (
    <>
      <Typography.Paragraph type="secondary">{t('detectors.intro')}</Typography.Paragraph>
      <Space style={{ marginBottom: 12 }}>
        <label htmlFor="detector-department">{t('detectors.department')}</label>
        <OwnerSelect id="detector-department" value={departmentId} onChange={setDepartmentId} style={{ width: 240 }} deskLabel={t('detectors.global')} />
      </Space>
      {settings.error ? <Typography.Text type="danger">{errorText(settings.error)}</Typography.Text> : null}
      <Table<DetectorSettingView>
        rowKey="detector" size="small" bordered pagination={false}
        loading={settings.isPending || save.isPending || reset.isPending}
        dataSource={settings.data?.detectors ?? []}
        columns={[
          { title: t('detectors.detector'), key: 'label', render: (_: unknown, d) => (
            <Space size={6}><span>{i18n.language === 'en' ? d.label.en : d.label.zh}</span><Typography.Text type="secondary" className="mono">{d.detector}</Typography.Text></Space>
          ) },
          { title: t('detectors.enabled'), key: 'enabled', width: 90, render: (_: unknown, d) => (
            <Switch checked={d.effective.enabled} disabled={!canEdit} aria-label={`${t('detectors.enabled')} ${d.label.zh}`}
              onChange={(enabled) => store(d, { enabled })} />
          ) },
          { title: t('detectors.severity'), key: 'severity', width: 150, render: (_: unknown, d) => (
            <SeveritySelect value={d.effective.severity} disabled={!canEdit} style={{ width: 120 }} onChange={(severity) => store(d, { severity })} />
          ) },
          { title: t('detectors.source'), key: 'source', width: 130, render: (_: unknown, d) => source(d) },
          ...(canEdit ? [{ title: t('common.actions'), key: 'reset', width: 120, render: (_: unknown, d: DetectorSettingView) => (own(d) ? (
            <Button type="link" size="small" onClick={() => reset.mutateAsync({ departmentId, detector: d.detector })
              .then(() => undefined, (e: unknown) => void message.error(errorText(e)))}>{t('detectors.reset')}</Button>
          ) : null) }] : []),
        ]}
      />
    </>
  );
}
