// How a severity looks everywhere: one colour per level, the same in badges, tags and marks.
import { Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { Severity } from '../../../core/model';

export const SEVERITY_COLOR: Record<Severity, string> = { block: '#f5222d', escalate: '#fa8c16', warn: '#faad14' };
/** Background of a highlight: light enough to read the text on it. */
export const MARK_BACKGROUND: Record<Severity, string> = { block: '#ffccc7', escalate: '#ffe7ba', warn: '#fff1b8' };
const TAG_COLOR: Record<Severity, string> = { block: 'red', escalate: 'orange', warn: 'gold' };

export function SeverityTag({ severity }: { severity: Severity }) {
  const { t } = useTranslation();
  return <Tag color={TAG_COLOR[severity]}>{t(`severity.${severity}`)}</Tag>;
}
