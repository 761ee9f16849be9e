// One entry point for an uploaded term-list file: size first, then format by name
// (and by content where the name lies), then validation.
import { ClearanceError } from '../errors';
import { validateAllowTable, type ValidatedAllowTable } from './allow-rows';
import { MAX_IMPORT_BYTES, fileTooLarge } from './limits';
import { parseCsv } from './parse-csv';
import { isOle2, legacyXls, parseXlsx } from './parse-xlsx';
import { validateTable, type ValidatedTable } from './rows';
import type { TableFormat } from './types';

export function formatOf(fileName: string, bytes: Uint8Array): TableFormat {
  const ext = /\.([A-Za-z0-9]{1,8})$/.exec(fileName.trim())?.[1]?.toLowerCase();
  if (ext === 'xls' || isOle2(bytes)) throw legacyXls();
  if (ext === 'xlsx') return 'xlsx';
  if (ext === 'csv' || ext === 'txt' || ext === 'tsv') {
    // A workbook renamed to .csv is still a workbook.
    return bytes.length >= 2 && bytes[0] === 0x50 && bytes[1] === 0x4b ? 'xlsx' : 'csv';
  }
  throw new ClearanceError('lexicon-format',
    '只能导入 .xlsx 或 .csv（UTF-8）格式的词库文件。', 'Only .xlsx or .csv (UTF-8) term lists can be imported.');
}

/** Size of the bytes a base64 string decodes to, without decoding it. */
export function base64Size(b64: string): number {
  const pad = b64.endsWith('==') ? 2 : b64.endsWith('=') ? 1 : 0;
  return Math.floor((b64.length * 3) / 4) - pad;
}

export function decodeBase64File(b64: string, limit = MAX_IMPORT_BYTES): Buffer {
  const size = base64Size(b64);
  if (size > limit) throw fileTooLarge(size, limit);
  if (!/^[A-Za-z0-9+/]*={0,2}$/.test(b64)) {
    throw new ClearanceError('bad-base64', '上传的文件内容编码无效。', 'The uploaded file content is not valid base64.');
  }
  return Buffer.from(b64, 'base64');
}

export interface ReadTable extends ValidatedTable {
  format: TableFormat;
}

/** The cells of an uploaded CSV or XLSX, whatever list it holds. */
export function readTableFile(fileName: string, bytes: Uint8Array): { format: TableFormat; cells: string[][] } {
  if (bytes.length > MAX_IMPORT_BYTES) throw fileTooLarge(bytes.length);
  const format = formatOf(fileName, bytes);
  return { format, cells: format === 'csv' ? parseCsv(bytes) : parseXlsx(bytes) };
}

export function readLexiconFile(fileName: string, bytes: Uint8Array): ReadTable {
  const { format, cells } = readTableFile(fileName, bytes);
  return { format, ...validateTable(cells) };
}

export function readAllowFile(fileName: string, bytes: Uint8Array, isKnownRule: (rule: string) => boolean): ValidatedAllowTable & { format: TableFormat } {
  const { format, cells } = readTableFile(fileName, bytes);
  return { format, ...validateAllowTable(cells, isKnownRule) };
}
