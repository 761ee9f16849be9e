import { Result } from 'antd';
import { useTranslation } from 'react-i18next';

/** Shown when the browser has no desk cookie: the page was not opened from the printed address. */
export function NoSessionPage() {
  const { t } = useTranslation();
  return (
    <Result
      status="403"
      title={t('app.noSessionTitle')}
      subTitle={<span style={{ maxWidth: 560, display: 'inline-block' }}>{t('app.noSessionHint')}</span>}
    />
  );
}
