// A single-pass scanner for the parts of an xlsx we read: workbook, relationships,
// worksheet and shared strings. A general XML tree of a 100,000-row sheet costs seconds
// and a gigabyte; the few elements we need are found with one regex over the text
// instead (no recursion, so no depth limit to enforce). DTDs are refused outright (the
// entity-expansion door), comments are dropped, and only the predefined and numeric
// entities are decoded (core/xml-entities.ts). Apart from that self-contained on purpose:
// the desk's main process bundles this file, and the document extractors (with their
// dependencies) live in a worker.
import { ClearanceError } from '../errors';
import { decodeEntities } from '../xml-entities';

const corrupt = (part: string) => new ClearanceError('xlsx-corrupt',
  `xlsx 文件已损坏（${part} 无法读取），未导入任何内容。`, `The xlsx file is corrupt (${part} cannot be read); nothing was imported.`);

/** The text of one part: UTF-8 (OOXML's encoding), DTDs refused, comments dropped. */
export function xmlText(bytes: Uint8Array, part: string): string {
  let xml: string;
  try {
    xml = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw corrupt(part);
  }
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new ClearanceError('xml-dtd-forbidden', `xlsx 文件内部 XML（${part}）含有 DTD 或实体声明，可能是实体膨胀攻击，已拒绝。`,
      `XML in ${part} declares a DTD or entities (possible entity-expansion attack); refused.`);
  }
  return xml.includes('<!--') ? xml.replace(/<!--[\s\S]*?-->/g, '') : xml;
}

const ANY_ATTR = /([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)')/g;

/** Attributes of every element `name` (any prefix), in order. */
export function elements(xml: string, name: string): Array<Record<string, string>> {
  const re = new RegExp(`<(?:[A-Za-z_][\\w.-]*:)?${name}(?=[\\s/>])([^>]*)>`, 'g');
  return [...xml.matchAll(re)].map((m) => {
    const attrs: Record<string, string> = {};
    for (const a of m[1].matchAll(ANY_ATTR)) attrs[a[1].replace(/^[\w.-]+:/, '')] = decodeEntities(a[2] ?? a[3]);
    return attrs;
  });
}

const TAG = /<(\/?)(?:[A-Za-z_][\w.-]*:)?(row|c|v|is|t|si|rPh)(?=[\s/>])([^>]*?)(\/?)>/g;
const CDATA = /<!\[CDATA\[([\s\S]*?)\]\]>/g;

const ATTR: Record<'r' | 't', RegExp> = {
  r: /(?:^|\s)r\s*=\s*(?:"([^"]*)"|'([^']*)')/,
  t: /(?:^|\s)t\s*=\s*(?:"([^"]*)"|'([^']*)')/,
};

function attr(attrs: string, name: 'r' | 't'): string | undefined {
  const m = ATTR[name].exec(attrs);
  return m ? decodeEntities(m[1] ?? m[2]) : undefined;
}

function textBetween(xml: string, from: number, to: number): string {
  const raw = xml.slice(from, to);
  if (!raw.includes('<![CDATA[')) return decodeEntities(raw);
  let out = '';
  let last = 0;
  for (const m of raw.matchAll(CDATA)) {
    out += decodeEntities(raw.slice(last, m.index)) + m[1];
    last = m.index + m[0].length;
  }
  return out + decodeEntities(raw.slice(last));
}

/** The text of every `si` of sharedStrings.xml, phonetic guides (rPh) left out. */
export function scanSharedStrings(xml: string): string[] {
  const out: string[] = [];
  let current: string | null = null;
  let rph = 0;
  let textFrom = -1;
  for (const m of xml.matchAll(TAG)) {
    const [whole, close, name, , selfClose] = m;
    const end = m.index + whole.length;
    if (name === 'si') {
      if (selfClose) out.push('');
      else if (close) { out.push(current ?? ''); current = null; } else current = '';
    } else if (name === 'rPh') {
      if (!selfClose) rph += close ? -1 : 1;
    } else if (name === 't' && current !== null && rph === 0) {
      if (selfClose) continue;
      if (!close) textFrom = end;
      else if (textFrom >= 0) { current += textBetween(xml, textFrom, m.index); textFrom = -1; }
    }
  }
  return out;
}

export interface SheetCell { col: number; type: string; value: string; inline: string | null }
export interface SheetRow { r: number | null; cells: SheetCell[] }

/** Rows of the worksheet in document order; `onRow` may throw to stop (row limit). */
export function scanSheet(xml: string, part: string, onRow: (row: SheetRow) => void): void {
  let row: SheetRow | null = null;
  let cell: SheetCell | null = null;
  let inIs = false;
  let rph = 0;
  let textFrom = -1;
  for (const m of xml.matchAll(TAG)) {
    const [whole, close, name, attrs, selfClose] = m;
    const end = m.index + whole.length;
    switch (name) {
      case 'row':
        if (close) { if (row) onRow(row); row = null; break; }
        {
          const r = attr(attrs, 'r');
          row = { r: r === undefined ? null : Number(r), cells: [] };
        }
        if (selfClose) { onRow(row); row = null; }
        break;
      case 'c': {
        if (close) { if (row && cell) row.cells.push(cell); cell = null; break; }
        const ref = attr(attrs, 'r');
        const next: SheetCell = { col: columnOf(ref), type: attr(attrs, 't') ?? 'n', value: '', inline: null };
        if (selfClose) { row?.cells.push(next); } else cell = next;
        break;
      }
      case 'is':
        if (selfClose) break;
        inIs = !close;
        if (cell && !close) cell.inline = '';
        break;
      case 'rPh':
        if (!selfClose) rph += close ? -1 : 1;
        break;
      case 'v':
      case 't':
        if (!cell || selfClose || (name === 't' && (!inIs || rph > 0))) break;
        if (!close) textFrom = end;
        else if (textFrom >= 0) {
          const text = textBetween(xml, textFrom, m.index);
          if (name === 'v') cell.value = text; else cell.inline = (cell.inline ?? '') + text;
          textFrom = -1;
        }
        break;
      default:
        break;
    }
  }
  if (row || cell) throw new ClearanceError('xlsx-corrupt', `xlsx 文件已损坏（${part} 不完整），未导入任何内容。`, `The xlsx file is corrupt (${part} is incomplete); nothing was imported.`);
}

/** Zero-based column of a cell reference such as `C12`; -1 when there is none. */
export function columnOf(ref: string | undefined): number {
  const m = ref ? /^\$?([A-Z]{1,3})\$?\d+$/.exec(ref) : null;
  if (!m) return -1;
  let col = 0;
  for (const ch of m[1]) col = col * 26 + (ch.charCodeAt(0) - 64);
  return col - 1;
}
