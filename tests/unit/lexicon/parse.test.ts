import { describe, expect, it } from 'vitest';
import { readLexiconFile } from '../../../core/lexicon';
import { readAllowFile } from '../../../core/lexicon/read-file';
import { ClearanceError } from '../../../core/errors';
import { csvOf, HEADER_ZH, xlsxOf } from './build';

function refusal(fn: () => unknown): ClearanceError {
  try { fn(); } catch (e) { if (e instanceof ClearanceError) return e; throw e; }
  throw new Error('expected a refusal');
}

describe('reading CSV term lists', () => {
  it('reads UTF-8 with and without BOM, Chinese or English headers', () => {
    const rows = [HEADER_ZH, ['机密', '密级标志', '禁止', '保密法', '是'], ['内部资料', '内部标识', '须送审', '', '否']];
    for (const bom of [true, false]) {
      const t = readLexiconFile('词库.csv', csvOf(rows, { bom }));
      expect(t.format).toBe('csv');
      expect(t.invalid).toEqual([]);
      expect(t.rows.map((r) => [r.term, r.category, r.severity, r.rationale, r.enabled, r.row])).toEqual([
        ['机密', '密级标志', 'block', '保密法', true, 2], ['内部资料', '内部标识', 'escalate', '', false, 3],
      ]);
    }
    const en = readLexiconFile('terms.csv', csvOf([['Term', 'Severity', 'Category'], ['top secret', 'block', 'mark'], ['hush', 'WARN', '']]));
    expect(en.rows.map((r) => [r.term, r.severity, r.category, r.enabled])).toEqual([['top secret', 'block', 'mark', true], ['hush', 'warn', '', true]]);
  });

  it('refuses a GB18030 (old Excel) CSV with instructions, never guessing', () => {
    const e = refusal(() => readLexiconFile('词库.csv', csvOf([HEADER_ZH, ['机密', '', '禁止', '', '是']], { encoding: 'gb18030' })));
    expect(e.code).toBe('csv-not-utf8');
    expect(e.messageZh).toContain('CSV UTF-8');
    expect(e.messageEn).toContain('.xlsx');
  });

  it('refuses UTF-16 text', () => {
    const utf16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('词条,程度\r\n机密,禁止', 'utf16le')]);
    expect(refusal(() => readLexiconFile('a.csv', utf16)).code).toBe('csv-not-utf8');
  });

  it('refuses wrong columns with one clear error', () => {
    const e = refusal(() => readLexiconFile('a.csv', csvOf([['姓名', '电话'], ['张三', '13800000000']])));
    expect(e.code).toBe('lexicon-columns');
    expect(e.messageZh).toContain('词条');
    const unknown = refusal(() => readLexiconFile('a.csv', csvOf([['词条', '程度', '电话'], ['机密', '禁止', '1']])));
    expect(unknown.messageZh).toContain('电话');
    expect(refusal(() => readLexiconFile('a.csv', csvOf([['词条', '类别'], ['机密', 'x']]))).messageEn).toContain('severity');
    expect(refusal(() => readLexiconFile('a.csv', csvOf([['词条', '程度', 'term'], ['a', '禁止', 'b']]))).messageZh).toContain('重复');
    expect(refusal(() => readLexiconFile('a.csv', Buffer.from(''))).code).toBe('lexicon-empty');
  });

  it('finds the header below a title row and ignores a numbering column', () => {
    const t = readLexiconFile('a.csv', csvOf([['敏感词库（2026年版）', '', ''], ['序号', '词条', '程度'], ['1', '机密', '禁止']]));
    expect(t.rows.map((r) => [r.term, r.row])).toEqual([['机密', 3]]);
  });

  it('reports empty terms, unknown severities, over-long terms and bad enabled values as invalid rows', () => {
    const t = readLexiconFile('a.csv', csvOf([
      HEADER_ZH, ['', '', '禁止', '', ''], ['机密', '', '很严重', '', ''], ['长'.repeat(101), '', '提示', '', ''],
      ['绝密', '', '', '', ''], ['秘密', '', '提示', '', '也许'], ['\u200b', '', '提示', '', ''], ['内部', '', 'warn', '', ''],
    ]));
    expect(t.rows.map((r) => r.term)).toEqual(['内部']);
    expect(t.invalid.map((i) => i.row)).toEqual([2, 3, 4, 5, 6, 7]);
    expect(t.invalid[0].reason.zh).toContain('词条为空');
    expect(t.invalid[1].reason.en).toContain('unknown severity');
    expect(t.invalid[2].reason.zh).toContain('100');
    expect(t.invalid[3].reason.en).toContain('severity is empty');
    expect(t.invalid[4].reason.zh).toContain('启用');
    expect(t.dataRows).toBe(7);
  });

  it('reports severities and scope kinds named like Object.prototype members as unknown, not as a value', () => {
    const t = readLexiconFile('a.csv', csvOf([HEADER_ZH, ['机密', '', 'constructor', '', ''], ['绝密', '', '__proto__', '', ''], ['秘密', '', 'toString', '', '']]));
    expect(t.rows).toEqual([]);
    expect(t.invalid.map((i) => i.reason.en)).toEqual([
      'unknown severity "constructor" (block/escalate/warn)', 'unknown severity "__proto__" (block/escalate/warn)',
      'unknown severity "toString" (block/escalate/warn)',
    ]);
    const a = readAllowFile('a.csv', csvOf([['例外短语', '适用范围', '规则或类别'], ['揭开秘密', 'constructor', '机密'], ['城东', 'hasOwnProperty', '']]), () => true);
    expect(a.rows).toEqual([]);
    expect(a.invalid.map((i) => i.reason.en)).toEqual([
      'unknown scope kind "constructor" (any/category/rule)', 'unknown scope kind "hasOwnProperty" (any/category/rule)',
    ]);
  });

  it('reports duplicates within the file after folding width, script, case and spaces', () => {
    const t = readLexiconFile('a.csv', csvOf([
      ['term', 'severity'], ['机密', 'block'], ['機密', 'block'], ['ＴＯＰ secret', 'warn'], ['top  SECRET', 'warn'], [' 机密 ', 'warn'],
    ]));
    expect(t.duplicates).toEqual([{ term: '机密', rows: [2, 3, 6] }, { term: 'ＴＯＰ secret', rows: [4, 5] }]);
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
  });

  it('refuses a 10 MB file before parsing it', () => {
    const big = Buffer.alloc(10 * 1024 * 1024, 0x61);
    expect(refusal(() => readLexiconFile('big.csv', big)).code).toBe('file-too-large');
    expect(refusal(() => readLexiconFile('big.xlsx', big)).code).toBe('file-too-large');
  });

  it('refuses unknown formats and old .xls', () => {
    expect(refusal(() => readLexiconFile('a.docx', Buffer.from('x'))).code).toBe('lexicon-format');
    expect(refusal(() => readLexiconFile('a.xls', Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0, 0]))).code).toBe('xls-unsupported');
  });

  it('refuses malformed quoting with the row number', () => {
    const e = refusal(() => readLexiconFile('a.csv', Buffer.from('词条,程度\r\n"机密,禁止\r\n')));
    expect(e.code).toBe('csv-invalid');
  });
});

describe('reading XLSX term lists', () => {
  it('reads the first worksheet of an Excel file, booleans and numbers included', async () => {
    const bytes = await xlsxOf([HEADER_ZH, ['机密', '密级标志', '禁止', '保密法第十三条', true], ['内部资料', '', '须送审', '', false], [12345, '', '提示', '', 1]]);
    const t = readLexiconFile('词库.xlsx', bytes);
    expect(t.format).toBe('xlsx');
    expect(t.invalid).toEqual([]);
    expect(t.rows.map((r) => [r.term, r.category, r.severity, r.rationale, r.enabled])).toEqual([
      ['机密', '密级标志', 'block', '保密法第十三条', true], ['内部资料', '', 'escalate', '', false], ['12345', '', 'warn', '', true],
    ]);
  });

  it('keeps row numbers across blank rows', async () => {
    const bytes = await xlsxOf([HEADER_ZH, ['机密', '', '禁止'], [], ['', '', '禁止'], ['绝密', '', '禁止']]);
    const t = readLexiconFile('a.xlsx', bytes);
    expect(t.rows.map((r) => r.row)).toEqual([2, 5]);
    expect(t.invalid.map((r) => r.row)).toEqual([4]);
  });

  it('refuses a corrupt xlsx', async () => {
    const good = await xlsxOf([HEADER_ZH, ['机密', '', '禁止']]);
    const truncated = good.subarray(0, Math.floor(good.length / 2));
    expect(refusal(() => readLexiconFile('a.xlsx', truncated)).code).toBe('xlsx-corrupt');
    expect(refusal(() => readLexiconFile('a.xlsx', Buffer.from('not a zip at all, just text'))).code).toBe('xlsx-corrupt');
    const flipped = Buffer.from(good);
    for (let i = 200; i < flipped.length - 200; i += 37) flipped[i] ^= 0x5a;
    expect(['xlsx-corrupt', 'zip-bomb', 'corrupt-file']).toContain(refusal(() => readLexiconFile('a.xlsx', flipped)).code);
  });

  it('refuses a sheet with wrong columns like a CSV', async () => {
    const e = refusal(() => readLexiconFile('a.xlsx', Buffer.alloc(0)));
    expect(e.code).toBe('xlsx-corrupt');
    const wrong = await xlsxOf([['姓名', '电话'], ['张三', '1']]);
    expect(refusal(() => readLexiconFile('a.xlsx', wrong)).code).toBe('lexicon-columns');
  });
});
