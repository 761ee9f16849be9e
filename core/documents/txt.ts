// Plain text and Markdown. The text is kept exactly as decoded, zero-width
// characters included: the matcher normalises them away while keeping offsets,
// and the reviewer is told they are there (they can smuggle or split words).
// Markdown comments (`<!-- -->`) never render, so they go to the comments layer.

import { LAYERS } from '../model';
import type { LayerName } from '../model';
import { decodeText } from './encoding';
import { extensionOf } from './sniff';
import type { DocumentFormat, DocumentWarning, ExtractedDocument, ExtractionLimits } from './types';

/** Zero-width and invisible formatting characters that change no glyph on screen. */
// ZWJ (U+200D) sits outside the class: inside one, lint reads it as joining its neighbours.
const ZERO_WIDTH = /[\u200B\u200C\u200E\u200F\u2060-\u2064\u180E\uFEFF\u00AD]|\u200D/g;

export function zeroWidthWarning(texts: string[]): DocumentWarning | null {
  let count = 0;
  for (const t of texts) count += t.match(ZERO_WIDTH)?.length ?? 0;
  if (!count) return null;
  return {
    code: 'zero-width-characters',
    message: `文件含 ${count} 个零宽（不可见）字符，可能用于隐藏或拆分敏感词。`,
    messageEn: `The file contains ${count} zero-width (invisible) characters, which can hide or split words.`,
  };
}

export function replacementWarning(replaced: number, encoding: string): DocumentWarning | null {
  if (!replaced) return null;
  return {
    code: 'undecodable-characters',
    message: `按 ${encoding} 解码时有 ${replaced} 个字符无法识别，已替换为 �。`,
    messageEn: `${replaced} characters could not be decoded as ${encoding} and were replaced with �.`,
  };
}

/** Builds the result with layers in LAYERS order, dropping empty ones. */
export function assembleDocument(
  format: DocumentFormat,
  layers: Partial<Record<LayerName, string>>,
  metadata: Record<string, string> = {},
  warnings: (DocumentWarning | null)[] = [],
): ExtractedDocument {
  return {
    format,
    layers: LAYERS.filter((l) => (layers[l] ?? '').trim() !== '').map((l) => ({ layer: l, text: layers[l]! })),
    metadata,
    images: [],
    warnings: warnings.filter((w): w is DocumentWarning => w !== null),
  };
}

/**
 * Markdown comments outside fenced code blocks (inside a fence they are shown
 * literally). Returns the body with comments removed and the comments' text.
 */
export function splitMarkdownComments(text: string): { body: string; comments: string[] } {
  const comments: string[] = [];
  let body = '';
  let fence: string | null = null;
  let inComment = false;
  let current = '';
  for (const line of text.split(/(?<=\n)/)) {
    if (!inComment) {
      const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
      if (f && (fence === null || line.trimStart().startsWith(fence))) {
        fence = fence === null ? f[1] : null;
        body += line;
        continue;
      }
      if (fence !== null) { body += line; continue; }
    }
    let rest = line;
    while (rest) {
      if (inComment) {
        const end = rest.indexOf('-->');
        if (end < 0) { current += rest; rest = ''; break; }
        current += rest.slice(0, end);
        comments.push(current.trim());
        current = '';
        inComment = false;
        rest = rest.slice(end + 3);
      } else {
        const start = rest.indexOf('<!--');
        if (start < 0) { body += rest; rest = ''; break; }
        body += rest.slice(0, start);
        inComment = true;
        rest = rest.slice(start + 4);
      }
    }
  }
  // An unclosed comment hides the rest of the file from a renderer: still a comment.
  if (inComment && current.trim()) comments.push(current.trim());
  return { body, comments: comments.filter((c) => c !== '') };
}

/**
 * `formatOrName` is 'txt' | 'md' or the file name (the dispatcher passes the name).
 */
export async function extractTxt(bytes: Uint8Array, formatOrName: string, _limits: ExtractionLimits): Promise<ExtractedDocument> {
  const ext = formatOrName === 'md' || formatOrName === 'txt' ? formatOrName : extensionOf(formatOrName);
  const format: DocumentFormat = ext === 'md' || ext === 'markdown' ? 'md' : 'txt';
  const { text, encoding, replaced } = decodeText(bytes);
  const metadata = { encoding };
  if (format === 'txt') {
    return assembleDocument('txt', { body: text }, metadata, [zeroWidthWarning([text]), replacementWarning(replaced, encoding)]);
  }
  const { body, comments } = splitMarkdownComments(text);
  const joined = comments.join('\n');
  return assembleDocument('md', { body, comments: joined }, metadata, [zeroWidthWarning([text]), replacementWarning(replaced, encoding)]);
}
