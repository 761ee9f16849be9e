// Term lists and allow lists out of the desk, in the shape the import reads back.
import Papa from 'papaparse';
import { SCOPE_KIND_LABELS } from './allow-rows';
import { SEVERITY_LABELS } from './rows';
import type { AllowListRow, LexiconRow, TableFormat } from './types';
import { writeXlsx } from './write-xlsx';

export const EXPORT_HEADER = ['词条', '类别', '程度', '依据', '启用'] as const;
export const ALLOW_EXPORT_HEADER = ['例外短语', '适用范围', '规则或类别', '说明', '启用'] as const;

/** Excel runs a cell that starts with = + - @ as a formula; an apostrophe makes it text (CSV injection). */
export function escapeCell(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

export function exportTable(rows: readonly LexiconRow[]): string[][] {
  return [
    [...EXPORT_HEADER],
    ...rows.map((r) => [r.term, r.category, SEVERITY_LABELS[r.severity], r.rationale, r.enabled ? '是' : '否']),
  ];
}

export function exportAllowTable(rows: readonly AllowListRow[]): string[][] {
  return [
    [...ALLOW_EXPORT_HEADER],
    ...rows.map((r) => [r.phrase, SCOPE_KIND_LABELS[r.scopeKind], r.scope, r.note, r.enabled ? '是' : '否']),
  ];
}

/** A table as CSV with a UTF-8 BOM and CRLF: without the BOM, Chinese Excel reads UTF-8 as GBK. */
function csvBytes(table: readonly (readonly string[])[]): Buffer {
  // Quoted only where needed, which keeps a large list under the import size limit.
  const text = Papa.unparse(table.map((cells) => cells.map(escapeCell)), { newline: '\r\n', quotes: false });
  return Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, 'utf8')]);
}

export function exportCsv(rows: readonly LexiconRow[]): Buffer {
  return csvBytes(exportTable(rows));
}

export function exportXlsx(rows: readonly LexiconRow[], when?: Date): Buffer {
  // Inline strings, never formulas: an xlsx cell needs no escaping.
  return writeXlsx(exportTable(rows), '词库', when);
}

export function exportRows(rows: readonly LexiconRow[], format: TableFormat, when?: Date): Buffer {
  return format === 'csv' ? exportCsv(rows) : exportXlsx(rows, when);
}

export function exportAllowRows(rows: readonly AllowListRow[], format: TableFormat, when?: Date): Buffer {
  const table = exportAllowTable(rows);
  return format === 'csv' ? csvBytes(table) : writeXlsx(table, '例外短语', when);
}
