// The --terms file of `clearance scan`: one term per line, or
// term<TAB>category<TAB>severity. UTF-8 (with or without BOM) or GB18030, since
// term lists kept on office PCs are often saved in the ANSI code page.

import iconv from 'iconv-lite';
import { ClearanceError } from '../../core/errors';
import { CATEGORIES, SEVERITIES } from '../../core/model';
import type { Category, Severity } from '../../core/model';
import type { LibraryTerm } from '../../core/terms/library';

const DEFAULT_SEVERITY: Severity = 'warn';

function decode(bytes: Uint8Array): string {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) bytes = bytes.subarray(3);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return iconv.decode(Buffer.from(bytes), 'gb18030');
  }
}

const invalid = (line: number, zh: string, en: string) =>
  new ClearanceError('terms-invalid', `词表第 ${line} 行：${zh}`, `Term list line ${line}: ${en}`);

/** Parse the whole list or throw on the first bad line (nothing is half-loaded). */
export function parseTermsFile(bytes: Uint8Array): LibraryTerm[] {
  const terms: LibraryTerm[] = [];
  const lines = decode(bytes).split(/\r?\n/);
  lines.forEach((raw, i) => {
    const line = i + 1;
    if (raw.trim() === '' || raw.startsWith('#')) return;
    const cols = raw.split('\t').map((c) => c.trim());
    if (cols.length !== 1 && cols.length !== 3) {
      throw invalid(line, `应为 1 列或 3 列（以制表符分隔），实际 ${cols.length} 列。`, `expected 1 or 3 tab-separated columns, got ${cols.length}.`);
    }
    const [text, category = 'term', severity = DEFAULT_SEVERITY] = cols;
    if (text === '') throw invalid(line, '词为空。', 'the term is empty.');
    if (!(CATEGORIES as readonly string[]).includes(category)) {
      throw invalid(line, `未知类别“${category}”。`, `unknown category "${category}" (one of ${CATEGORIES.join(', ')}).`);
    }
    if (!(SEVERITIES as readonly string[]).includes(severity)) {
      throw invalid(line, `未知级别“${severity}”（应为 block、escalate 或 warn）。`, `unknown severity "${severity}" (block, escalate or warn).`);
    }
    terms.push({
      id: terms.length + 1,
      text,
      category: category as Category,
      severity: severity as Severity,
      rationale: `自定义词表第 ${line} 行`,
    });
  });
  return terms;
}
