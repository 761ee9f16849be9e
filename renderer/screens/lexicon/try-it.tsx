// "Try it": paste a text and see, as you type, what the desk would flag in it. Nothing is
// stored; the text goes to `lexicon.try` a moment after the last keystroke.
import { useEffect, useState } from 'react';
import { Alert, Input, Space, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { SessionUser } from '../../../api/contract';
import { useCall } from '../../api/queries';
import { errorText } from '../../i18n';
import { FindingsPane } from '../../components/findings/findings-pane';
import { OwnerSelect } from './owner-select';

const DEBOUNCE_MS = 300;

function useDebounced<T>(value: T, ms: number): T {
  const [settled, setSettled] = useState(value);
  useEffect(() => {
    const timer = setTimeout(() => setSettled(value), ms);
    return () => clearTimeout(timer);
  }, [value, ms]);
  return settled;
}

export function TryItBox({ showDepartment = true, initialDepartment = null }: { showDepartment?: boolean; initialDepartment?: number | null }) {
  const { t } = useTranslation();
  const [text, setText] = useState('');
  const [departmentId, setDepartmentId] = useState<number | null>(initialDepartment);
  const settled = useDebounced(text, DEBOUNCE_MS);
  const result = useCall('lexicon.try', { text: settled, departmentId }, {
    enabled: settled.trim().length > 0,
    // Keep the last answer on screen while the next one is on its way: no flicker as one types.
    placeholderData: (previous) => previous,
  });
  const current = settled.trim().length > 0 && result.data ? result.data : null;

  return (
    <Space orientation="vertical" style={{ width: '100%' }} size="middle">
      <Typography.Paragraph type="secondary" style={{ margin: 0 }}>{t('tryIt.intro')}</Typography.Paragraph>
      {showDepartment ? (
        <Space>
          <label htmlFor="try-department">{t('tryIt.department')}</label>
          <OwnerSelect id="try-department" value={departmentId} onChange={setDepartmentId} style={{ width: 220 }} deskLabel={t('detectors.global')} />
        </Space>
      ) : null}
      <Input.TextArea
        aria-label={t('tryIt.placeholder')}
        placeholder={t('tryIt.placeholder')}
        value={text}
        onChange={(e) => setText(e.target.value)}
        autoSize={{ minRows: 5, maxRows: 12 }}
        maxLength={200_000}
      />
      <Space>
        <Typography.Text strong>{t('tryIt.result')}</Typography.Text>
        {result.isFetching ? <Spin size="small" /> : null}
        {current ? <Typography.Text type="secondary">{t('tryIt.version', { version: current.version })}</Typography.Text> : null}
      </Space>
      {result.error ? <Alert type="error" showIcon title={errorText(result.error)} /> : null}
      {/* Highlights refer to the text that was checked, which may lag the box by a keystroke. */}
      <FindingsPane
        text={current ? settled : ''}
        findings={current?.findings ?? []}
        idPrefix="try"
        textLabel={t('layersView.textLabel')}
        listLabel={t('layersView.findingsLabel')}
        height={280}
      />
    </Space>
  );
}

/** A liaison's check uses the rules of their own department, as a scan of their draft would. */
export function TryItScreen({ user }: { user: SessionUser }) {
  const { t } = useTranslation();
  return (
    <>
      <Typography.Title level={4} style={{ marginTop: 0 }}>{t('tryIt.title')}</Typography.Title>
      <TryItBox showDepartment={false} initialDepartment={user.departmentId} />
    </>
  );
}
