// Builds real term-list files in the test: xlsx with exceljs (as Excel users' files
// come from a full writer), csv as bytes in a chosen encoding.
import ExcelJS from 'exceljs';
import iconv from 'iconv-lite';

export async function xlsxOf(rows: unknown[][], sheetName = 'Sheet1'): Promise<Buffer> {
  const wb = new ExcelJS.Workbook();
  const ws = wb.addWorksheet(sheetName);
  for (const r of rows) ws.addRow(r);
  return Buffer.from(await wb.xlsx.writeBuffer());
}

export async function readWithExceljs(bytes: Buffer): Promise<string[][]> {
  const wb = new ExcelJS.Workbook();
  await wb.xlsx.load(bytes as unknown as ArrayBuffer);
  const out: string[][] = [];
  wb.worksheets[0].eachRow((row) => {
    const vals = (row.values as unknown[]).slice(1);
    out.push(vals.map((v) => (v === null || v === undefined ? '' : String(v))));
  });
  return out;
}

export function csvOf(rows: string[][], options: { bom?: boolean; encoding?: string } = {}): Buffer {
  const text = rows.map((r) => r.map((c) => (/[",\n]/.test(c) ? `"${c.replace(/"/g, '""')}"` : c)).join(',')).join('\r\n');
  const body = options.encoding ? iconv.encode(text, options.encoding) : Buffer.from(text, 'utf8');
  return options.bom ? Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), body]) : body;
}

export const HEADER_ZH = ['词条', '类别', '程度', '依据', '启用'];
