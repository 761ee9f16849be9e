// From rows of cells to validated term-list rows: the header is mapped (Chinese or
// English names), every row is checked on its own, and duplicates are found with the
// same folding the matcher applies (全角, 繁體, case, spaces), since two entries that
// fold alike would report the same words twice.
import { ClearanceError } from '../errors';
import type { Severity } from '../model';
import { isWellFormed, normalizeTerm } from '../terms/normalize';
import { MAX_CATEGORY_LENGTH, MAX_RATIONALE_LENGTH, MAX_TERM_LENGTH } from './limits';
import type { FileDuplicate, InvalidRow, LexiconRow, Message, ParsedRow, ValidatedTable } from './types';

export type Field = 'term' | 'category' | 'severity' | 'rationale' | 'enabled';

const HEADER_NAMES: Record<Field, readonly string[]> = {
  term: ['词条', '敏感词', '关键词', '词语', 'term', 'word'],
  category: ['类别', '分类', '类型', 'category', 'group'],
  severity: ['程度', '级别', '严重程度', '等级', 'severity', 'level'],
  rationale: ['依据', '说明', '理由', 'rationale', 'reason', 'basis'],
  enabled: ['启用', '是否启用', '状态', 'enabled', 'active'],
};
/** Numbering columns offices add; read and dropped. */
const IGNORED_HEADERS = ['序号', '编号', '行号', 'no', 'no.', '#', 'id'];
/** A title row ("敏感词库", merged across the sheet) may sit above the header. */
const HEADER_SEARCH_ROWS = 10;

const SEVERITY_WORDS: Record<string, Severity> = {
  禁止: 'block', block: 'block',
  须送审: 'escalate', 需送审: 'escalate', 送审: 'escalate', escalate: 'escalate',
  提示: 'warn', 提醒: 'warn', warn: 'warn', warning: 'warn',
};
export const SEVERITY_LABELS: Record<Severity, string> = { block: '禁止', escalate: '须送审', warn: '提示' };

const YES = ['', '是', '启用', '1', 'true', 'yes', 'y', '√', '✓'];
const NO = ['否', '停用', '禁用', '0', 'false', 'no', 'n', '×', '✗'];

/** Matcher options the desk compiles with; the comparison key must fold the same way. */
const KEY_OPTIONS = { ignoreSeparators: true };

/** The comparison key of a term: NFKC, case, traditional forms, width and spaces folded. */
export function termKey(term: string): string {
  return normalizeTerm(term.normalize('NFKC').trim(), KEY_OPTIONS);
}

function headerKey(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

const columnsError = (detail: Message) => new ClearanceError('lexicon-columns',
  `文件的列不符合词库格式：${detail.zh}。第一行应为表头，包含“词条”和“程度”两列，可选“类别”“依据”“启用”（也可用英文 term、severity、category、rationale、enabled）。`,
  `The file's columns do not fit a term list: ${detail.en}. The first row must be a header with "term" and "severity" columns, optionally "category", "rationale" and "enabled" (Chinese names work too).`);

export interface HeaderMap {
  /** Index of the header row in the table. */
  headerRow: number;
  columns: Partial<Record<Field, number>>;
}

export function mapHeader(table: string[][]): HeaderMap {
  const limit = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const keys = table[r].map((c) => headerKey(c ?? ''));
    const isHeader = keys.some((k) => HEADER_NAMES.term.includes(k));
    if (!isHeader) continue;
    const columns: Partial<Record<Field, number>> = {};
    const unknown: string[] = [];
    keys.forEach((k, i) => {
      if (k === '' || IGNORED_HEADERS.includes(k)) return;
      const field = (Object.keys(HEADER_NAMES) as Field[]).find((f) => HEADER_NAMES[f].includes(k));
      if (!field) { unknown.push(table[r][i].trim()); return; }
      if (columns[field] !== undefined) throw columnsError({ zh: `“${table[r][i].trim()}”列重复`, en: `the column "${table[r][i].trim()}" appears twice` });
      columns[field] = i;
    });
    if (unknown.length > 0) {
      const list = unknown.slice(0, 5).map((u) => `“${u.slice(0, 30)}”`).join('、');
      throw columnsError({ zh: `无法识别的列 ${list}`, en: `unrecognised columns ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 30)}"`).join(', ')}` });
    }
    if (columns.severity === undefined) throw columnsError({ zh: '缺少“程度”列', en: 'the "severity" column is missing' });
    return { headerRow: r, columns };
  }
  if (table.every((row) => row.every((c) => (c ?? '').trim() === ''))) {
    throw new ClearanceError('lexicon-empty', '文件是空的，没有可导入的词条。', 'The file is empty; there are no terms to import.');
  }
  throw columnsError({ zh: '找不到“词条”列', en: 'no "term" column was found' });
}

/** Exported cells that Excel would run as formulas carry a leading apostrophe; drop it on the way back. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

const invalid = (zh: string, en: string): Message => ({ zh, en });

/** Checks one entry's fields, as typed in the desk or read from a file; returns the reason it is invalid. */
export function checkTermFields(row: { term: string; category: string; rationale: string }): Message | null {
  const { term } = row;
  if (term.length === 0) return invalid('词条为空', 'the term is empty');
  if (term.length > MAX_TERM_LENGTH) return invalid(`词条超过 ${MAX_TERM_LENGTH} 个字符`, `the term is longer than ${MAX_TERM_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(term)) return invalid('词条含有换行或控制字符', 'the term contains a line break or control character');
  if (!isWellFormed(term)) return invalid('词条含有无效字符', 'the term contains an invalid character');
  if (termKey(term).length === 0) return invalid('词条只有空白或不可见字符', 'the term has only blank or invisible characters');
  if (row.category.length > MAX_CATEGORY_LENGTH) return invalid(`类别超过 ${MAX_CATEGORY_LENGTH} 个字符`, `the category is longer than ${MAX_CATEGORY_LENGTH} characters`);
  if (row.rationale.length > MAX_RATIONALE_LENGTH) return invalid(`依据超过 ${MAX_RATIONALE_LENGTH} 个字符`, `the rationale is longer than ${MAX_RATIONALE_LENGTH} characters`);
  return null;
}

function parseRow(cells: string[], columns: HeaderMap['columns']): LexiconRow | Message {
  const cell = (f: Field) => (columns[f] === undefined ? '' : unescapeCell((cells[columns[f]!] ?? '').trim()).trim());
  const row = { term: cell('term'), category: cell('category'), rationale: cell('rationale') };
  const bad = checkTermFields(row);
  if (bad) return bad;
  const sevText = cell('severity');
  const severity = SEVERITY_WORDS[headerKey(sevText)];
  if (!severity) {
    return sevText === '' ? invalid('程度为空（应为 禁止/须送审/提示）', 'the severity is empty (block/escalate/warn)')
      : invalid(`无法识别的程度“${sevText.slice(0, 20)}”（应为 禁止/须送审/提示）`, `unknown severity "${sevText.slice(0, 20)}" (block/escalate/warn)`);
  }
  const enText = headerKey(cell('enabled'));
  const enabled = YES.includes(enText) ? true : NO.includes(enText) ? false : undefined;
  if (enabled === undefined) return invalid(`无法识别的启用状态“${cell('enabled').slice(0, 20)}”（应为 是/否）`, `unknown enabled value "${cell('enabled').slice(0, 20)}" (yes/no)`);
  return { ...row, severity, enabled };
}

/** Validates a table of cells (index i = spreadsheet row i+1). Never throws for a bad row, only for a bad header. */
export function validateTable(table: string[][]): ValidatedTable {
  const { headerRow, columns } = mapHeader(table);
  const rows: ParsedRow[] = [];
  const invalidRows: InvalidRow[] = [];
  const byKey = new Map<string, { first: ParsedRow; rows: number[] }>();
  let dataRows = 0;
  for (let i = headerRow + 1; i < table.length; i++) {
    const cells = table[i];
    if (cells.every((c) => (c ?? '').trim() === '')) continue;
    dataRows++;
    const rowNumber = i + 1;
    const parsed = parseRow(cells, columns);
    if ('zh' in parsed) {
      const term = columns.term === undefined ? '' : (cells[columns.term] ?? '').trim().slice(0, MAX_TERM_LENGTH);
      invalidRows.push({ row: rowNumber, term, reason: parsed });
      continue;
    }
    const key = termKey(parsed.term);
    const seen = byKey.get(key);
    if (seen) { seen.rows.push(rowNumber); continue; }
    const row: ParsedRow = { ...parsed, row: rowNumber, key };
    byKey.set(key, { first: row, rows: [rowNumber] });
    rows.push(row);
  }
  const duplicates: FileDuplicate[] = [...byKey.values()].filter((g) => g.rows.length > 1).map((g) => ({ term: g.first.term, rows: g.rows }));
  const present = (Object.keys(columns) as Field[]).filter((f) => columns[f] !== undefined);
  return { dataRows, rows, invalid: invalidRows, duplicates, present };
}
