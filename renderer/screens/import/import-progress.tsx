// The state of one import: a progress bar with the stage and, while the desk can still
// stop it, a cancel button; or the desk's refusal; or word that it was cancelled.
import { Alert, Button, Progress, Space, Typography } from 'antd';
import { StopOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import { canCancel, type Importer } from './use-import';

export function ImportProgress({ importer, onClose }: { importer: Importer; onClose?: () => void }) {
  const { t } = useTranslation();
  const { view, cancel, cancelling, cancelError } = importer;
  if (view.phase === 'idle') return null;
  if (view.phase === 'failed') {
    const description = view.error?.code === 'unsupported-type'
      ? t('imports.unsupported', { name: view.fileName })
      : view.error ? errorText(view.error) : '';
    return (
      <Alert type="error" showIcon role="alert" closable={onClose ? { onClose } : false} style={{ margin: '12px 0' }}
        title={t('imports.failedFile', { name: view.fileName })} description={description} />
    );
  }
  if (view.phase === 'cancelled') {
    return (
      <Alert type="info" showIcon role="status" closable={onClose ? { onClose } : false} style={{ margin: '12px 0' }}
        title={t('imports.cancelled')} description={t('imports.cancelledFile', { name: view.fileName })} />
    );
  }
  const done = view.phase === 'done';
  return (
    <div role="status" aria-live="polite" style={{ margin: '12px 0', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
      <Space wrap>
        <Typography.Text>{t('imports.importing', { name: view.fileName })}</Typography.Text>
        <Typography.Text strong data-stage={view.phase}>{t(`imports.states.${view.phase}`)}</Typography.Text>
        {canCancel(view) ? (
          <Button size="small" danger icon={<StopOutlined />} loading={cancelling} onClick={() => void cancel()}>
            {cancelling ? t('imports.cancelling') : t('imports.cancel')}
          </Button>
        ) : null}
        {cancelError ? <Typography.Text type="danger" role="alert">{errorText(cancelError)}</Typography.Text> : null}
      </Space>
      <Progress percent={view.percent} status={done ? 'success' : 'active'} aria-label={t('imports.progressLabel')} />
    </div>
  );
}
