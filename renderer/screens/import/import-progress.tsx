// The state of one import: a progress bar with the stage, or the desk's refusal.
import { Alert, Progress, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { errorText } from '../../i18n';
import type { ImportView } from './use-import';

export function ImportProgress({ view, onClose }: { view: ImportView; onClose?: () => void }) {
  const { t } = useTranslation();
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
  const done = view.phase === 'done';
  return (
    <div role="status" aria-live="polite" style={{ margin: '12px 0', padding: '8px 12px', background: '#fafafa', border: '1px solid #f0f0f0' }}>
      <Typography.Text>{t('imports.importing', { name: view.fileName })}</Typography.Text>
      <Typography.Text strong style={{ marginLeft: 12 }} data-stage={view.phase}>{t(`imports.states.${view.phase}`)}</Typography.Text>
      <Progress percent={view.percent} status={done ? 'success' : 'active'} aria-label={t('imports.progressLabel')} />
    </div>
  );
}
