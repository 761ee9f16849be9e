// XLSX term lists: the first worksheet, as rows of strings. Reads the zip and the XML
// parts synchronously (see zip-sync.ts for why), with the size, entry and row limits
// checked before the work they bound; the XML parts are read by sheet-xml.ts's scanner.
import { ClearanceError } from '../errors';
import { elements, scanSharedStrings, scanSheet, xmlText, type SheetCell } from './sheet-xml';
import { MAX_COLUMNS, MAX_IMPORT_BYTES, MAX_IMPORT_ROWS, MAX_XLSX_EXPANDED_BYTES, fileTooLarge, tooManyRows } from './limits';
import { readZipEntries } from './zip-sync';

const WORKBOOK = 'xl/workbook.xml';
const WORKBOOK_RELS = 'xl/_rels/workbook.xml.rels';
const SHARED = 'xl/sharedStrings.xml';

const corrupt = (detail: string) => new ClearanceError('xlsx-corrupt',
  `xlsx 文件已损坏或不是有效的 Excel 文件（${detail}），未导入任何内容。`,
  `The xlsx file is corrupt or not a valid Excel file (${detail}); nothing was imported.`);

export const legacyXls = () => new ClearanceError('xls-unsupported',
  '不支持旧版 .xls 格式。请在 Excel 中另存为 .xlsx 或“CSV UTF-8”后再导入。',
  'The old .xls format is not supported. Save it as .xlsx or "CSV UTF-8" in Excel and import that.');

/** OLE2 compound file: what .xls (and .doc) files are. */
export function isOle2(bytes: Uint8Array): boolean {
  return bytes.length >= 4 && bytes[0] === 0xd0 && bytes[1] === 0xcf && bytes[2] === 0x11 && bytes[3] === 0xe0;
}

function firstSheetPath(parts: Map<string, Buffer>): string {
  const wb = parts.get(WORKBOOK);
  const rels = parts.get(WORKBOOK_RELS);
  if (!wb || !rels) throw corrupt('no workbook');
  const rid = elements(xmlText(wb, WORKBOOK), 'sheet')[0]?.id;
  const target = rid ? elements(xmlText(rels, WORKBOOK_RELS), 'Relationship').find((r) => r.Id === rid)?.Target : undefined;
  if (!target) throw corrupt('no worksheet');
  return target.startsWith('/') ? target.slice(1) : `xl/${target.replace(/^\.\//, '')}`;
}

function cellValue(c: SheetCell, shared: string[]): string {
  switch (c.type) {
    case 's': {
      const i = Number(c.value);
      if (!Number.isInteger(i) || i < 0 || i >= shared.length) throw corrupt('bad shared string index');
      return shared[i];
    }
    case 'inlineStr': return c.inline ?? '';
    case 'b': return c.value === '1' ? 'TRUE' : 'FALSE';
    default: return c.value;
  }
}

/** Rows of cells of the first worksheet; index i holds spreadsheet row i+1. */
export function parseXlsx(bytes: Uint8Array): string[][] {
  if (bytes.length > MAX_IMPORT_BYTES) throw fileTooLarge(bytes.length);
  if (isOle2(bytes)) throw legacyXls();
  const limits = { maxEntries: 1000, maxExpandedBytes: MAX_XLSX_EXPANDED_BYTES };
  const head = readZipEntries(bytes, [WORKBOOK, WORKBOOK_RELS, SHARED], limits);
  const sheetPath = firstSheetPath(head);
  const sheetPart = readZipEntries(bytes, [sheetPath], limits).get(sheetPath);
  if (!sheetPart) throw corrupt(`missing ${sheetPath}`);
  const sharedPart = head.get(SHARED);
  const shared = sharedPart ? scanSharedStrings(xmlText(sharedPart, SHARED)) : [];

  const rows: string[][] = [];
  let next = 0;
  scanSheet(xmlText(sheetPart, sheetPath), sheetPath, (row) => {
    const r = row.r ?? next + 1;
    if (!Number.isInteger(r) || r < 1 || r <= next) throw corrupt('bad row number');
    if (r > MAX_IMPORT_ROWS + 1) throw tooManyRows();
    while (rows.length < r - 1) rows.push([]);
    const cells: string[] = [];
    for (const c of row.cells) {
      const col = c.col < 0 ? cells.length : c.col;
      if (col >= MAX_COLUMNS) continue;
      while (cells.length < col) cells.push('');
      cells[col] = cellValue(c, shared);
    }
    rows.push(cells);
    next = r;
  });
  return rows;
}
