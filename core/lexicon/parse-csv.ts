// CSV term lists. Only UTF-8 (with or without BOM) is read: old Excel saves "CSV" in
// the system code page (GBK on Chinese Windows), and guessing an encoding for a list of
// short words is unreliable — a wrong guess would silently import garbage. So a file
// that is not valid UTF-8 is refused with instructions instead.
import Papa from 'papaparse';
import { ClearanceError } from '../errors';
import { MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, fileTooLarge, tooManyRows } from './limits';

const notUtf8 = () => new ClearanceError('csv-not-utf8',
  'CSV 文件不是 UTF-8 编码（可能是旧版 Excel 保存的 GBK 编码）。请在 Excel 中“另存为”选择“CSV UTF-8（逗号分隔）”，或直接导入 .xlsx 文件。',
  'The CSV file is not UTF-8 (old Excel saves GBK). In Excel use "Save As" → "CSV UTF-8 (Comma delimited)", or import the .xlsx file instead.');

const badCsv = (row: number, detail: string) => new ClearanceError('csv-invalid',
  `CSV 文件格式错误（第 ${row} 行：${detail}），未导入任何内容。`,
  `The CSV file is malformed (row ${row}: ${detail}); nothing was imported.`);

/** Strict UTF-8 decoding; a UTF-8 BOM is dropped, a UTF-16 BOM is refused like any other encoding. */
export function decodeUtf8(bytes: Uint8Array): string {
  let body = bytes;
  if (body.length >= 3 && body[0] === 0xef && body[1] === 0xbb && body[2] === 0xbf) body = body.subarray(3);
  else if (body.length >= 2 && ((body[0] === 0xff && body[1] === 0xfe) || (body[0] === 0xfe && body[1] === 0xff))) throw notUtf8();
  try {
    // ignoreBOM: the BOM was handled above; a second one would be data.
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(body);
  } catch {
    throw notUtf8();
  }
}

/** Rows of cells; index i holds record i+1, so row numbers match what Excel shows. */
export function parseCsv(bytes: Uint8Array): string[][] {
  if (bytes.length > MAX_IMPORT_BYTES) throw fileTooLarge(bytes.length);
  const text = decodeUtf8(bytes);
  if (text.includes('\0')) throw notUtf8();
  const result = Papa.parse<string[]>(text, {
    delimitersToGuess: [',', '\t', ';'],
    // One record past the limit tells us the file is too long without parsing all of it.
    preview: MAX_IMPORT_ROWS + 2,
    skipEmptyLines: false,
  });
  const fatal = result.errors.find((e) => e.type === 'Quotes');
  if (fatal) throw badCsv((fatal.row ?? 0) + 1, fatal.message);
  const rows = result.data;
  // A trailing newline yields one empty record; it is not a row.
  if (rows.length > 0 && rows[rows.length - 1].length === 1 && rows[rows.length - 1][0] === '') rows.pop();
  if (rows.length > MAX_IMPORT_ROWS + 1) throw tooManyRows();
  return rows;
}
