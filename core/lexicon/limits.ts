// Limits of a term-list file and of its fields. A term list is words, not documents:
// anything far beyond these is a wrong file or an attack, and is refused before parsing.
import { ClearanceError } from '../errors';

export const MAX_IMPORT_BYTES = 5 * 1024 * 1024;
export const MAX_IMPORT_ROWS = 100_000;
/** Columns read from a sheet; a term list needs six at most. */
export const MAX_COLUMNS = 50;
export const MAX_TERM_LENGTH = 100;
export const MAX_CATEGORY_LENGTH = 50;
export const MAX_RATIONALE_LENGTH = 2000;
/** An xlsx is a zip: what its parts may expand to in total. */
export const MAX_XLSX_EXPANDED_BYTES = 64 * 1024 * 1024;

export function fileTooLarge(bytes: number, limit = MAX_IMPORT_BYTES): ClearanceError {
  const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
  return new ClearanceError('file-too-large',
    `文件过大（${mb(bytes)} MB），词库文件不能超过 ${mb(limit)} MB。请拆分后分批导入。`,
    `The file is too large (${mb(bytes)} MB); a term list may not exceed ${mb(limit)} MB. Split it and import in parts.`);
}

export function tooManyRows(limit = MAX_IMPORT_ROWS): ClearanceError {
  return new ClearanceError('too-many-rows',
    `文件行数超过上限（${limit} 行），请拆分后分批导入。`,
    `The file has more than ${limit} rows; split it and import in parts.`);
}

export const MAX_PHRASE_LENGTH = 100;
/** A category name or a rule (`term:<id>` or a detector id). */
export const MAX_SCOPE_LENGTH = 64;
export const MAX_NOTE_LENGTH = 200;
