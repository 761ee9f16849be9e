// Everything a revision carries: the file it came from, its layers with their findings,
// the document's metadata and the extractor's warnings (such as image-only pages).
import { Alert, Descriptions, List, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevisionDetail } from '../../../api/contract';
import { useCall } from '../../api/queries';
import { errorText } from '../../i18n';
import { formatTime } from '../../components/format';
import { LayerTabs, shownLayers } from './layer-tabs';

export function LayersView({ draftId, number }: { draftId: number; number: number }) {
  const { t } = useTranslation();
  const revision = useCall('drafts.revision', { draftId, number });
  return (
    <section aria-label={t('layersView.title')} style={{ marginTop: 16 }}>
      <Typography.Title level={5}>{t('layersView.title')}</Typography.Title>
      {revision.isPending ? <Spin /> : revision.error ? <Alert type="error" showIcon title={errorText(revision.error)} />
        : <RevisionLayers rev={revision.data} />}
    </section>
  );
}

function RevisionLayers({ rev }: { rev: RevisionDetail }) {
  const { t, i18n } = useTranslation();
  const layers = shownLayers(rev.layers);
  const metadata = Object.entries(rev.metadata);
  return (
    <>
      <Descriptions
        size="small"
        bordered
        column={{ xs: 1, md: 2, xl: 3 }}
        items={[
          { key: 'source', label: t('layersView.source'), children: rev.source === 'import' ? t('layersView.imported') : t('layersView.typed') },
          ...(rev.fileName ? [{ key: 'file', label: t('layersView.file'), children: rev.fileName }] : []),
          ...(rev.format ? [{ key: 'format', label: t('layersView.format'), children: rev.format }] : []),
          { key: 'lexicon', label: t('layersView.lexiconVersion'), children: rev.lexiconVersion ?? t('layersView.notScanned') },
          { key: 'scanned', label: t('layersView.scannedAt'), children: rev.scannedAt ? formatTime(rev.scannedAt, i18n.language) : t('layersView.notScanned') },
          ...(rev.fileSha256 ? [{
            key: 'sha', label: t('layersView.sha256'), span: 3,
            children: <Typography.Text className="mono" copyable>{rev.fileSha256}</Typography.Text>,
          }] : []),
        ]}
      />
      {rev.warnings.map((w, i) => (
        <Alert key={`${w.code}-${i}`} type="warning" showIcon style={{ marginTop: 8 }}
          title={i18n.language === 'en' ? w.messageEn : w.message} />
      ))}
      <div style={{ marginTop: 12 }}>
        {layers.length === 0 ? <Typography.Text type="secondary">{t('layersView.noLayers')}</Typography.Text>
          : <LayerTabs layers={layers} idPrefix={`rev${rev.number}`} />}
        <Typography.Text type="secondary" style={{ fontSize: 12 }}>{t('layersView.keyboardHint')}</Typography.Text>
      </div>
      {metadata.length > 0 ? (
        <Descriptions
          style={{ marginTop: 12 }}
          title={t('layersView.metadata')}
          size="small"
          bordered
          column={{ xs: 1, md: 2 }}
          items={metadata.map(([k, v]) => ({ key: k, label: k, children: v }))}
        />
      ) : null}
      {rev.images.length > 0 ? (
        <List
          style={{ marginTop: 12 }}
          size="small"
          bordered
          header={<Typography.Text strong>{t('layersView.images')}</Typography.Text>}
          dataSource={rev.images}
          renderItem={(img) => (
            <List.Item>
              <span className="mono">{img.name}</span>
              <span>{t('layersView.imageSize', { size: img.bytes })}</span>
              {img.gps ? <Typography.Text type="danger">{t('layersView.gps', { lat: img.gps.latitude, lon: img.gps.longitude })}</Typography.Text> : null}
            </List.Item>
          )}
        />
      ) : null}
    </>
  );
}
