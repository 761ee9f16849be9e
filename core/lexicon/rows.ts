// From rows of cells to validated term-list rows: the header is mapped (Chinese or
// English names), every row is checked on its own, and duplicates are found with the
// same folding the matcher applies (全角, 繁體, case, spaces), since two entries that
// fold alike would report the same words twice.
import { ClearanceError } from '../errors';
import type { Severity } from '../model';
import { isWellFormed, normalizeTerm } from '../terms/normalize';
import { MAX_CATEGORY_LENGTH, MAX_RATIONALE_LENGTH, MAX_TERM_LENGTH } from './limits';
import type { FileDuplicate, InvalidRow, LexiconRow, Message } from './types';

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

// A Map, as every table looked up by what a file says: an object would answer "constructor".
const SEVERITY_WORDS = new Map<string, Severity>(Object.entries({
  禁止: 'block', block: 'block',
  须送审: 'escalate', 需送审: 'escalate', 送审: 'escalate', escalate: 'escalate',
  提示: 'warn', 提醒: 'warn', warn: 'warn', warning: 'warn',
}));
export const SEVERITY_LABELS: Record<Severity, string> = { block: '禁止', escalate: '须送审', warn: '提示' };

const YES = ['', '是', '启用', '1', 'true', 'yes', 'y', '√', '✓'];
const NO = ['否', '停用', '禁用', '0', 'false', 'no', 'n', '×', '✗'];

/** Matcher options the desk compiles with; the comparison key must fold the same way. */
const KEY_OPTIONS = { ignoreSeparators: true };

/** The comparison key of a term: NFKC, case, traditional forms, width and spaces folded. */
export function termKey(term: string): string {
  return normalizeTerm(term.normalize('NFKC').trim(), KEY_OPTIONS);
}

/** A word as typed in a cell (a column header, 禁止, 是, 全部…), compared without width, spaces or case. */
export function wordKey(cell: string): string {
  return cell.normalize('NFKC').replace(/\s+/g, '').toLowerCase();
}

/**
 * What a kind of list looks like in a spreadsheet: the names each column may carry, the
 * column that identifies the header row (and names a row in reports), the columns that
 * must be present, and what to tell someone whose file does not fit.
 */
export interface TableSchema<F extends string> {
  names: Record<F, readonly string[]>;
  key: F;
  required: Partial<Record<F, Message>>;
  what: Message;
  hint: Message;
}

export const TERM_SCHEMA: TableSchema<Field> = {
  names: HEADER_NAMES,
  key: 'term',
  required: { term: { zh: '词条', en: 'term' }, severity: { zh: '程度', en: 'severity' } },
  what: { zh: '词库', en: 'a term list' },
  hint: {
    zh: '第一行应为表头，包含“词条”和“程度”两列，可选“类别”“依据”“启用”（也可用英文 term、severity、category、rationale、enabled）。',
    en: 'The first row must be a header with "term" and "severity" columns, optionally "category", "rationale" and "enabled" (Chinese names work too).',
  },
};

const columnsError = (schema: TableSchema<string>, detail: Message) => new ClearanceError('lexicon-columns',
  `文件的列不符合${schema.what.zh}格式：${detail.zh}。${schema.hint.zh}`,
  `The file's columns do not fit ${schema.what.en}: ${detail.en}. ${schema.hint.en}`);

export interface HeaderMap<F extends string = Field> {
  /** Index of the header row in the table. */
  headerRow: number;
  columns: Partial<Record<F, number>>;
}

export function mapHeader<F extends string = Field>(table: string[][], schema: TableSchema<F> = TERM_SCHEMA as unknown as TableSchema<F>): HeaderMap<F> {
  const fields = Object.keys(schema.names) as F[];
  const limit = Math.min(table.length, HEADER_SEARCH_ROWS);
  for (let r = 0; r < limit; r++) {
    const keys = table[r].map((c) => wordKey(c ?? ''));
    const isHeader = keys.some((k) => schema.names[schema.key].includes(k));
    if (!isHeader) continue;
    const columns: Partial<Record<F, number>> = {};
    const unknown: string[] = [];
    keys.forEach((k, i) => {
      if (k === '' || IGNORED_HEADERS.includes(k)) return;
      const field = fields.find((f) => schema.names[f].includes(k));
      if (!field) { unknown.push(table[r][i].trim()); return; }
      if (columns[field] !== undefined) throw columnsError(schema, { zh: `“${table[r][i].trim()}”列重复`, en: `the column "${table[r][i].trim()}" appears twice` });
      columns[field] = i;
    });
    if (unknown.length > 0) {
      const list = unknown.slice(0, 5).map((u) => `“${u.slice(0, 30)}”`).join('、');
      throw columnsError(schema, { zh: `无法识别的列 ${list}`, en: `unrecognised columns ${unknown.slice(0, 5).map((u) => `"${u.slice(0, 30)}"`).join(', ')}` });
    }
    for (const f of fields) {
      const label = schema.required[f];
      if (label && columns[f] === undefined) throw columnsError(schema, { zh: `缺少“${label.zh}”列`, en: `the "${label.en}" column is missing` });
    }
    return { headerRow: r, columns };
  }
  if (table.every((row) => row.every((c) => (c ?? '').trim() === ''))) {
    throw new ClearanceError('lexicon-empty', '文件是空的，没有可导入的内容。', 'The file is empty; there is nothing to import.');
  }
  const keyLabel = schema.required[schema.key] ?? { zh: schema.key, en: schema.key };
  throw columnsError(schema, { zh: `找不到“${keyLabel.zh}”列`, en: `no "${keyLabel.en}" column was found` });
}

/** Exported cells that Excel would run as formulas carry a leading apostrophe; drop it on the way back. */
export function unescapeCell(value: string): string {
  return /^'[=+\-@\t\r]/.test(value) ? value.slice(1) : value;
}

/** Why a row is invalid, in both languages. */
export const invalid = (zh: string, en: string): Message => ({ zh, en });

/**
 * Checks one entry's fields, as typed in the desk or read from a file. Returns the reason
 * it is invalid, or else the term's comparison key: the term is folded here, once, since
 * a term that folds to nothing is invalid and the folded form is what finds repeats.
 */
export function checkTermFields(row: { term: string; category: string; rationale: string }): Message | { key: string } {
  const { term } = row;
  if (term.length === 0) return invalid('词条为空', 'the term is empty');
  if (term.length > MAX_TERM_LENGTH) return invalid(`词条超过 ${MAX_TERM_LENGTH} 个字符`, `the term is longer than ${MAX_TERM_LENGTH} characters`);
  if (/[\u0000-\u001f\u007f]/.test(term)) return invalid('词条含有换行或控制字符', 'the term contains a line break or control character');
  if (!isWellFormed(term)) return invalid('词条含有无效字符', 'the term contains an invalid character');
  const key = termKey(term);
  if (key.length === 0) return invalid('词条只有空白或不可见字符', 'the term has only blank or invisible characters');
  if (row.category.length > MAX_CATEGORY_LENGTH) return invalid(`类别超过 ${MAX_CATEGORY_LENGTH} 个字符`, `the category is longer than ${MAX_CATEGORY_LENGTH} characters`);
  if (row.rationale.length > MAX_RATIONALE_LENGTH) return invalid(`依据超过 ${MAX_RATIONALE_LENGTH} 个字符`, `the rationale is longer than ${MAX_RATIONALE_LENGTH} characters`);
  return { key };
}

function parseTermRow(cell: (f: Field) => string): (LexiconRow & { key: string }) | Message {
  const row = { term: cell('term'), category: cell('category'), rationale: cell('rationale') };
  const checked = checkTermFields(row);
  if (isMessage(checked)) return checked;
  const sevText = cell('severity');
  const severity = SEVERITY_WORDS.get(wordKey(sevText));
  if (!severity) {
    return sevText === '' ? invalid('程度为空（应为 禁止/须送审/提示）', 'the severity is empty (block/escalate/warn)')
      : invalid(`无法识别的程度“${sevText.slice(0, 20)}”（应为 禁止/须送审/提示）`, `unknown severity "${sevText.slice(0, 20)}" (block/escalate/warn)`);
  }
  const enabled = parseEnabled(cell('enabled'));
  if (typeof enabled !== 'boolean') return enabled;
  return { ...row, severity, enabled, key: checked.key };
}

/** 是/否 and their many spellings; empty means enabled. */
export function parseEnabled(text: string): boolean | Message {
  const key = wordKey(text);
  if (YES.includes(key)) return true;
  if (NO.includes(key)) return false;
  return invalid(`无法识别的启用状态“${text.slice(0, 20)}”（应为 是/否）`, `unknown enabled value "${text.slice(0, 20)}" (yes/no)`);
}

export interface ValidatedRows<F extends string, R> {
  /** Non-blank data rows in the file. */
  dataRows: number;
  /** Valid rows with their spreadsheet row number (the header is row 1 in a plain file) and comparison key (folded the way the matcher reads); of a group of repeats only the first. */
  rows: Array<R & { row: number; key: string }>;
  invalid: InvalidRow[];
  duplicates: FileDuplicate[];
  /** Columns the file has; an update leaves fields the file does not carry unchanged. */
  present: F[];
}

/** A term list, validated. */
export type ValidatedTable = ValidatedRows<Field, LexiconRow>;

/**
 * Validates a table of cells (index i = spreadsheet row i+1) against a schema: each row
 * on its own with `parse`, which also gives its comparison key, then rows whose keys
 * agree are reported as repeats (the first one is kept in `rows`). Never throws for a
 * bad row, only for a bad header.
 */
export function validateRows<F extends string, R>(
  table: string[][], schema: TableSchema<F>, parse: (cell: (f: F) => string) => (R & { key: string }) | Message,
): ValidatedRows<F, R> {
  const { headerRow, columns } = mapHeader(table, schema);
  const rows: Array<R & { row: number; key: string }> = [];
  const invalidRows: InvalidRow[] = [];
  const byKey = new Map<string, { name: string; rows: number[] }>();
  let dataRows = 0;
  const nameCol = columns[schema.key];
  for (let i = headerRow + 1; i < table.length; i++) {
    const cells = table[i];
    if (cells.every((c) => (c ?? '').trim() === '')) continue;
    dataRows++;
    const rowNumber = i + 1;
    const cell = (f: F) => (columns[f] === undefined ? '' : unescapeCell((cells[columns[f]!] ?? '').trim()).trim());
    const parsed = parse(cell);
    const name = nameCol === undefined ? '' : (cells[nameCol] ?? '').trim().slice(0, MAX_TERM_LENGTH);
    if (isMessage(parsed)) {
      invalidRows.push({ row: rowNumber, term: name, reason: parsed });
      continue;
    }
    const { key } = parsed;
    const seen = byKey.get(key);
    if (seen) { seen.rows.push(rowNumber); continue; }
    byKey.set(key, { name: cell(schema.key), rows: [rowNumber] });
    rows.push({ ...parsed, row: rowNumber, key });
  }
  const duplicates: FileDuplicate[] = [...byKey.values()].filter((g) => g.rows.length > 1).map((g) => ({ term: g.name, rows: g.rows }));
  const present = (Object.keys(schema.names) as F[]).filter((f) => columns[f] !== undefined);
  return { dataRows, rows, invalid: invalidRows, duplicates, present };
}

export function isMessage(v: unknown): v is Message {
  return typeof v === 'object' && v !== null && 'zh' in v && 'en' in v;
}

/** A term list: terms compared the way the matcher folds them. */
export function validateTable(table: string[][]): ValidatedTable {
  return validateRows(table, TERM_SCHEMA, parseTermRow);
}
