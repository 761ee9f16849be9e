import { describe, expect, it } from 'vitest';
import { exportCsv, exportXlsx, readLexiconFile, type LexiconRow } from '../../../core/lexicon';
import { readWithExceljs } from './build';

const ROWS: LexiconRow[] = [
  { term: '机密', category: '密级标志', severity: 'block', rationale: '《保守国家秘密法》, "第十三条"', enabled: true },
  { term: '内部资料', category: '内部标识', severity: 'escalate', rationale: '多行\n说明', enabled: false },
  { term: '=HYPERLINK("x")', category: '', severity: 'warn', rationale: '', enabled: true },
  { term: 'top secret', category: 'mark', severity: 'warn', rationale: '', enabled: true },
];

const strip = (rows: LexiconRow[]) => rows.map(({ term, category, severity, rationale, enabled }) => ({ term, category, severity, rationale, enabled }));

describe('exporting term lists', () => {
  it('writes CSV with a UTF-8 BOM and a Chinese header, and reads it back unchanged', () => {
    const bytes = exportCsv(ROWS);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(bytes.toString('utf8', 3)).toMatch(/^词条,类别,程度,依据,启用\r\n/);
    // A formula-looking term is kept as text for Excel.
    expect(bytes.toString('utf8')).toContain(`"'=HYPERLINK(""x"")"`);
    const back = readLexiconFile('export.csv', bytes);
    expect(back.invalid).toEqual([]);
    expect(strip(back.rows)).toEqual(ROWS);
  });

  it('writes an XLSX that Excel readers open, and reads it back unchanged', async () => {
    const bytes = exportXlsx(ROWS);
    const seen = await readWithExceljs(bytes);
    expect(seen[0]).toEqual(['词条', '类别', '程度', '依据', '启用']);
    expect(seen[1]).toEqual(['机密', '密级标志', '禁止', '《保守国家秘密法》, "第十三条"', '是']);
    const back = readLexiconFile('export.xlsx', bytes);
    expect(back.invalid).toEqual([]);
    expect(strip(back.rows)).toEqual(ROWS);
  });

  it('writes the same bytes for the same list (stable exports diff cleanly)', () => {
    const when = new Date('2026-03-01T09:00:00Z');
    expect(exportXlsx(ROWS, when).equals(exportXlsx(ROWS, when))).toBe(true);
  });
});
