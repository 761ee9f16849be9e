// 词库管理: the term library, the allow list, the try-it box, the detector switches and
// the version history.
// Everyone with the menu item reads; only the secrecy office edits (the desk enforces it).
import { Alert, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../api/contract';
import { TermsTab } from './terms-tab';
import { AllowTab } from './allow-tab';
import { TryItBox } from './try-it';
import { DetectorsTab } from './detectors-tab';
import { HistoryTab } from './history-tab';

export function LexiconScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  const canEdit = user.roles.includes('secrecy-officer');
  const canExportVersions = canEdit || user.roles.includes('archivist');
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('lexicon.title')}</Typography.Title>
      {canEdit ? null : <Alert type="info" showIcon title={t('lexicon.officerOnly')} style={{ marginBottom: 12 }} />}
      <Tabs
        items={[
          { key: 'terms', label: t('lexicon.tabTerms'), children: <TermsTab canEdit={canEdit} /> },
          { key: 'allow', label: t('lexicon.tabAllow'), children: <AllowTab canEdit={canEdit} /> },
          { key: 'try', label: t('lexicon.tabTry'), children: <TryItBox /> },
          { key: 'detectors', label: t('lexicon.tabDetectors'), children: <DetectorsTab canEdit={canEdit} /> },
          { key: 'history', label: t('lexicon.tabHistory'), children: <HistoryTab canExport={canExportVersions} /> },
        ]}
      />
    </>
  );
}
