// A tab per non-empty layer of a revision, each with a badge counting its findings in the
// colour of the worst one. Layers nobody sees on screen or paper are marked as hidden
// (icon, tag, tinted panel, a line saying why they matter) so they cannot be overlooked.
import { Badge, Space, Tabs, Tag, Typography } from 'antd';
import { EyeInvisibleOutlined } from '@ant-design/icons';
import { useTranslation } from 'react-i18next';
import type { LayerView } from '../../../api/contract';
import { FindingsPane } from '../../components/findings/findings-pane';
import { worstSeverity } from '../../components/findings/segments';
import { SEVERITY_COLOR } from '../../components/findings/severity';

export function shownLayers(layers: readonly LayerView[]): LayerView[] {
  return layers.filter((l) => l.text.trim().length > 0 || l.findings.length > 0);
}

export function LayerTabs({ layers, idPrefix }: { layers: readonly LayerView[]; idPrefix: string }) {
  const { t } = useTranslation();
  return (
    <Tabs
      // Tabs down the left: every layer stays in sight, none folds into a "more" menu.
      tabPosition="left"
      items={layers.map((l) => {
        const name = t(`layers.${l.layer}`);
        const worst = worstSeverity(l.findings.map((f) => f.severity));
        return {
          key: l.layer,
          label: (
            <Space size={6} data-layer={l.layer}>
              {l.hidden ? <EyeInvisibleOutlined aria-hidden /> : null}
              <span>{name}</span>
              {l.hidden ? <Tag color="purple" style={{ marginInlineEnd: 0 }}>{t('layersView.hiddenTag')}</Tag> : null}
              <Badge count={l.findings.length} showZero overflowCount={999}
                color={worst ? SEVERITY_COLOR[worst] : '#bfbfbf'} title={t('layersView.findings', { count: l.findings.length })} />
            </Space>
          ),
          children: (
            <div className={l.hidden ? 'hidden-layer-panel' : undefined} data-hidden={l.hidden || undefined}>
              {l.hidden ? (
                <Typography.Paragraph style={{ marginBottom: 8 }}>
                  <EyeInvisibleOutlined style={{ marginInlineEnd: 6 }} />
                  <Typography.Text strong>{t('layersView.hiddenTag')}</Typography.Text>：{t('layersView.hiddenExplain')}
                </Typography.Paragraph>
              ) : null}
              <FindingsPane
                text={l.text}
                findings={l.findings}
                idPrefix={`${idPrefix}-${l.layer}`}
                textLabel={t('layersView.textLabel')}
                listLabel={t('layersView.findingsLabel')}
              />
            </div>
          ),
        };
      })}
    />
  );
}
