// Findings about a document's structure: a hidden layer with text, a metadata field
// that names a person or organisation, a photo that carries its GPS position, a page
// that is only an image. None of these are visible when the draft is read on
// screen, so each must be dispositioned before the draft can be approved.

import type { Finding, LayerName } from '../model';
import { VISIBLE_LAYERS } from '../model';
import type { ExtractedDocument } from './types';

const LAYER_ZH: Record<LayerName, string> = {
  body: '正文', header: '页眉', footer: '页脚', footnotes: '脚注', endnotes: '尾注', comments: '批注',
  'tracked-deletions': '修订删除内容', 'tracked-insertions': '修订插入内容', 'hidden-text': '隐藏文字',
  'text-boxes': '文本框', metadata: '文档属性（元数据）', 'pdf-invisible-text': 'PDF 不可见文字',
  'pdf-annotations': 'PDF 注释', 'ofd-annotations': 'OFD 注释', attachments: '附件',
};

/** How much of a hidden layer the finding highlights: enough to recognise it, not the whole layer. */
const EXCERPT_CHARS = 40;

/**
 * Metadata keys (the part after the last dot of `core.creator`, `app.Company`, …) that
 * name a person or an organisation. Matched case-insensitively on the whole key.
 */
const PERSON_OR_ORG_KEY =
  /^(creator|lastmodifiedby|last_?saved_?by|lastauthor|author|authors|manager|company|organi[sz]ation|owner|ownername|cameraownername|artist|publisher|作者|创建者|修改者|最后修改者|单位|公司|部门|经办人|负责人|审核人|拟稿人|起草人|核稿人|审稿人|签发人|承办人|联系人|发文单位|发文机关)$/i;

function excerpt(text: string): { end: number; text: string } {
  let end = Math.min(text.length, EXCERPT_CHARS);
  // Never cut a surrogate pair in half: the excerpt must be valid text.
  if (end < text.length && /[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
  return { end, text: text.slice(0, end) };
}

/** Walks `key: value` lines of the metadata layer, yielding the value's offsets in the layer text. */
function* metadataLines(text: string): Generator<{ key: string; start: number; end: number }> {
  let lineStart = 0;
  while (lineStart <= text.length) {
    const nl = text.indexOf('\n', lineStart);
    const lineEnd = nl === -1 ? text.length : nl;
    const line = text.slice(lineStart, lineEnd);
    const sep = line.indexOf(': ');
    if (sep > 0) {
      let start = lineStart + sep + 2;
      let end = lineEnd;
      while (start < end && /\s/.test(text[start])) start++;
      while (end > start && /\s/.test(text[end - 1])) end--;
      if (end > start) yield { key: line.slice(0, sep).trim(), start, end };
    }
    if (nl === -1) break;
    lineStart = nl + 1;
  }
}

function lastKeyPart(key: string): string {
  const parts = key.split('.');
  return parts[parts.length - 1] ?? key;
}

export function documentFindings(doc: Pick<ExtractedDocument, 'layers' | 'images' | 'warnings'>): Finding[] {
  const findings: Finding[] = [];
  for (const { layer, text } of doc.layers) {
    if (VISIBLE_LAYERS.includes(layer) || text.trim().length === 0) continue;
    const ex = excerpt(text);
    findings.push({
      layer, start: 0, end: ex.end, text: ex.text, category: 'hidden-layer', severity: 'escalate',
      rule: `hidden-layer:${layer}`,
      rationale: `文件含有阅读时不可见的“${LAYER_ZH[layer]}”内容（共 ${text.length} 字符），发布前须逐项审查或清除。`,
    });
  }

  const meta = doc.layers.find((l) => l.layer === 'metadata');
  if (meta) {
    for (const { key, start, end } of metadataLines(meta.text)) {
      const gps = /^image\..*\.gps$/.test(key);
      if (gps) {
        findings.push({
          layer: 'metadata', start, end, text: meta.text.slice(start, end), category: 'metadata', severity: 'escalate',
          rule: 'metadata:gps',
          rationale: `嵌入图片带有 GPS 拍摄位置（${key.slice(6, -4)}），可能泄露涉密场所位置，发布前须清除。`,
        });
      } else if (PERSON_OR_ORG_KEY.test(lastKeyPart(key))) {
        findings.push({
          layer: 'metadata', start, end, text: meta.text.slice(start, end), category: 'metadata', severity: 'warn',
          rule: `metadata:${lastKeyPart(key).toLowerCase()}`,
          rationale: `文档属性“${key}”记录了人员或单位名称，发布前应核实或清除。`,
        });
      }
    }
  }
  // GPS carried only in the image list (an extractor that did not render it into the layer).
  const seenGps = new Set(findings.filter((f) => f.rule === 'metadata:gps').map((f) => f.rationale));
  for (const img of doc.images) {
    if (!img.gps) continue;
    const rationale = `嵌入图片带有 GPS 拍摄位置（${img.name}），可能泄露涉密场所位置，发布前须清除。`;
    if (seenGps.has(rationale)) continue;
    findings.push({
      layer: 'metadata', start: 0, end: 0, text: `${img.gps.latitude}, ${img.gps.longitude}`, category: 'metadata',
      severity: 'escalate', rule: 'metadata:gps', rationale,
    });
  }

  for (const w of doc.warnings) {
    if (w.page === undefined) continue;
    findings.push({
      layer: 'body', start: 0, end: 0, text: '', category: 'hidden-layer', severity: 'escalate',
      rule: `hidden-layer:page-${w.code}`,
      rationale: `第 ${w.page} 页：${w.message}（该页可能是图片，文字无法自动审查，须人工查看）。`,
    });
  }
  return findings;
}
