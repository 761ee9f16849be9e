// "重新扫描" on a revision: a button, then the progress bar with the stage (and the layer
// being scanned) and a cancel button while the desk scans; the outcome when it ends.
import { useEffect, type ReactNode } from 'react';
import { Alert, App as AntApp, Button, Progress, Space, Typography } from 'antd';
import { ReloadOutlined, StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { RescanStatus } from '../../../api/contract';
import { errorText } from '../../i18n';
import { invoke } from '../../api/client';
import { useRescan } from './use-rescan';

function stageText(s: RescanStatus, t: (k: string, o?: Record<string, unknown>) => string): string {
  if (s.state === 'scanning' && s.layer) return t('rescan.states.scanningLayer', { layer: t(`layers.${s.layer}`) });
  return t(`rescan.states.${s.state}`);
}

/** `actions`: other buttons of the draft (导入新版本), shown in the same row. */
export function RescanPanel({ revisionId, number, actions }: { revisionId: number; number: number; actions?: ReactNode }) {
  const { t } = useTranslation();
  const { message } = AntApp.useApp();
  const { status, error, busy, cancelling, start, follow, cancel } = useRescan();

  // A rescan of the caller's still running (the window left the draft and came back): show it again.
  useEffect(() => {
    let current = true;
    invoke('scans.forRevision', { revisionId }).then((s) => { if (current && s) void follow(s).then(announce); }, () => undefined);
    return () => { current = false; };
  }, [revisionId, follow]);

  async function run() {
    announce(await start(revisionId));
  }

  function announce(s: RescanStatus | null) {
    if (s?.state === 'done') void message.success(t('rescan.done', { version: s.lexiconVersion ?? '', count: s.findings ?? 0 }));
    else if (s?.state === 'cancelled') void message.info(t('rescan.cancelled'));
  }

  const failure = error ?? (status?.state === 'failed' ? status.error : null);
  return (
    <div style={{ marginTop: 12 }}>
      <Space wrap>
        {actions}
        <Button icon={<ReloadOutlined />} loading={busy} disabled={busy} onClick={() => void run()}>{t('rescan.button')}</Button>
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('rescan.hint')}</Typography.Text>
      </Space>
      {busy && status ? (
        <div role="status" aria-live="polite" style={{ margin: '12px 0', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
          <Space wrap>
            <Typography.Text>{t('rescan.running', { number })}</Typography.Text>
            <Typography.Text strong data-stage={status.state}>{stageText(status, t)}</Typography.Text>
            <Button size="small" danger icon={<StopOutlined />} loading={cancelling} onClick={() => void cancel()}>
              {cancelling ? t('rescan.cancelling') : t('rescan.cancel')}
            </Button>
          </Space>
          <Progress percent={Math.floor(status.progress * 100)} status="active" aria-label={t('rescan.progressLabel')} />
        </div>
      ) : null}
      {failure ? (
        <Alert type="error" showIcon role="alert" style={{ margin: '12px 0' }} title={t('rescan.failed')} description={errorText(failure)} />
      ) : null}
    </div>
  );
}
