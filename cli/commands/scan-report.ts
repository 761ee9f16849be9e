// The readable report of `clearance scan` (without --json): each finding with its
// severity, category, place and the matched text in context.

import type { ExtractedDocument } from '../../core/documents/types';
import type { Finding, LayerName, Severity } from '../../core/model';

const CONTEXT = 16;

const SEVERITY_LABEL: Record<Severity, string> = { block: '禁止', escalate: '须送审', warn: '提示' };
const SEVERITY_COLOR: Record<Severity, string> = { block: '31', escalate: '33', warn: '36' };

const LAYER_LABEL: Partial<Record<LayerName, string>> = {
  body: '正文', header: '页眉', footer: '页脚', footnotes: '脚注', endnotes: '尾注', comments: '批注',
  'tracked-deletions': '修订删除', 'tracked-insertions': '修订插入', 'hidden-text': '隐藏文字', 'text-boxes': '文本框',
  metadata: '元数据', 'pdf-invisible-text': 'PDF 不可见文字', 'pdf-annotations': 'PDF 注释', 'ofd-annotations': 'OFD 注释', attachments: '附件',
};

/** Control characters and line breaks shown as spaces, so one finding stays on one line. */
const flat = (s: string) => s.replace(/[\u0000-\u001f\u2028\u2029]/g, ' ');

export function formatReport(file: string, doc: ExtractedDocument, findings: Finding[], color: boolean): string {
  const paint = (code: string, s: string) => (color ? `\u001b[${code}m${s}\u001b[0m` : s);
  const texts = new Map(doc.layers.map((l) => [l.layer, l.text]));
  const counts = { block: 0, escalate: 0, warn: 0 };
  for (const f of findings) counts[f.severity]++;
  const lines = [
    paint('1', `${file}  (${doc.format})`),
    `  ${findings.length} 处发现 / findings — 禁止 ${counts.block}，须送审 ${counts.escalate}，提示 ${counts.warn}`,
  ];
  for (const f of findings) {
    const sev = paint(SEVERITY_COLOR[f.severity], `[${SEVERITY_LABEL[f.severity]}]`);
    lines.push(`  ${sev} ${f.category}  ${LAYER_LABEL[f.layer] ?? f.layer} ${f.start}–${f.end}  ${paint('2', f.rule)}`);
    const text = texts.get(f.layer);
    if (text !== undefined && text.slice(f.start, f.end) === f.text) {
      const before = flat(text.slice(Math.max(0, f.start - CONTEXT), f.start));
      const after = flat(text.slice(f.end, f.end + CONTEXT));
      const lead = f.start > CONTEXT ? '…' : '';
      const tail = f.end + CONTEXT < text.length ? '…' : '';
      lines.push(`      ${lead}${before}${paint('1;4', color ? flat(f.text) : `【${flat(f.text)}】`)}${after}${tail}`);
    } else {
      lines.push(`      ${flat(f.text)}`);
    }
    if (f.rationale) lines.push(`      ${paint('2', f.rationale)}`);
  }
  return `${lines.join('\n')}\n\n`;
}
