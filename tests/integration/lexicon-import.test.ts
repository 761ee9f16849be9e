import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { auditActions } from '../support/db-snapshot';
import { csvOf, HEADER_ZH, xlsxOf } from '../unit/lexicon/build';
import { b64, deskWithOfficer, expectRefusedWhole, lexiconFingerprint, type BrokenFile } from './lexicon-support';

const GOOD = [HEADER_ZH, ['城东仓库', '储备', '须送审', '储备物资存放地', '是'], ['机密', '密级标志', '提示', '改为提示', '是'], ['试验基地', '', '禁止', '', '否']];

describe('importing term lists', () => {
  it('previews without saving: counts, sample, what already exists and what would change', async () => {
    const t = await deskWithOfficer();
    const before = lexiconFingerprint(t.dataDir);
    const p = await t.call('officer-win', 'lexicon.importPreview', { fileName: '词库.xlsx', contentBase64: b64(await xlsxOf(GOOD)), departmentId: null });
    expect(p).toMatchObject({ format: 'xlsx', dataRows: 3, validRows: 3, newTerms: 2, existingCount: 1, unchangedCount: 0, invalidCount: 0, canCommit: true });
    expect(p.sample.map((s) => s.term)).toEqual(['城东仓库', '机密', '试验基地']);
    // Only fields that differ are listed (the category is the same).
    expect(p.existing).toEqual([{
      row: 3, term: '机密', id: 2, changes: [{ field: 'severity', from: 'block', to: 'warn' }, { field: 'rationale', from: expect.any(String), to: '改为提示' }],
    }]);
    expect(lexiconFingerprint(t.dataDir)).toBe(before);
  });

  it('commits a file in one version with one audit entry, skipping or updating existing terms', async () => {
    const t = await deskWithOfficer();
    const file = { fileName: '词库.csv', contentBase64: b64(csvOf(GOOD, { bom: true })), departmentId: null };
    const skip = await t.call('officer-win', 'lexicon.importCommit', { ...file, onExisting: 'skip' });
    expect(skip).toEqual({ version: 2, created: 2, updated: 0, skipped: 1 });
    const list = await t.call('officer-win', 'lexicon.list', { query: '机密', departmentId: null });
    expect(list.terms.find((x) => x.term === '机密')!.severity).toBe('block');
    const disabled = await t.call('officer-win', 'lexicon.list', { query: '试验基地', includeDisabled: true });
    expect(disabled.terms[0]).toMatchObject({ enabled: false, severity: 'block', version: 2 });
    // Again: nothing new; with 'update' the changed entry is rewritten.
    expect((await t.refuse('officer-win', 'lexicon.importCommit', { ...file, onExisting: 'skip' })).code).toBe('no-change');
    const upd = await t.call('officer-win', 'lexicon.importCommit', { ...file, onExisting: 'update' });
    expect(upd).toEqual({ version: 3, created: 0, updated: 1, skipped: 2 });
    const after = await t.call('officer-win', 'lexicon.list', { query: '机密', departmentId: null });
    expect(after.terms.find((x) => x.term === '机密')).toMatchObject({ severity: 'warn', rationale: '改为提示', version: 3 });
    expect(auditActions(t.dataDir).filter((a) => a === 'lexicon.import')).toHaveLength(2);
  });

  it('imports into a department\'s own list', async () => {
    const t = await deskWithOfficer();
    const r = await t.call('officer-win', 'lexicon.importCommit', { fileName: 'a.csv', contentBase64: b64(csvOf(GOOD)), departmentId: t.dept.id, onExisting: 'skip' });
    // 机密 is desk-wide; the department gets its own entry.
    expect(r).toMatchObject({ created: 3, skipped: 0 });
    const own = await t.call('officer-win', 'lexicon.list', { departmentId: t.dept.id, includeDisabled: true });
    expect(own.terms.map((x) => x.term).sort()).toEqual(['城东仓库', '机密', '试验基地'].sort());
  });

  describe('broken files report and save nothing', () => {
    const cases: Array<[string, BrokenFile, string]> = [
      ['wrong columns', async () => ({ fileName: 'a.csv', bytes: csvOf([['姓名', '电话'], ['张三', '1']]) }), 'lexicon-columns'],
      ['a GB18030 CSV', async () => ({ fileName: 'a.csv', bytes: iconv.encode('词条,程度\r\n机密,禁止', 'gb18030') }), 'csv-not-utf8'],
      ['a 10 MB file', async () => ({ fileName: 'a.csv', bytes: Buffer.alloc(10 * 1024 * 1024, 0x41) }), 'file-too-large'],
      ['a corrupt xlsx', async () => ({ fileName: 'a.xlsx', bytes: (await xlsxOf(GOOD)).subarray(0, 300) }), 'xlsx-corrupt'],
    ];
    for (const [name, make, code] of cases) {
      it(name, () => expectRefusedWhole({ preview: 'lexicon.importPreview', commit: 'lexicon.importCommit' }, make, code));
    }

    it('empty terms and duplicates: the preview lists them, the commit refuses the whole file', async () => {
      const t = await deskWithOfficer();
      const rows = [...GOOD, ['', '', '禁止', '', ''], ['城东仓庫', '', '提示', '', ''], ['新词', '', '很重要', '', '']];
      const file = { fileName: 'a.xlsx', contentBase64: b64(await xlsxOf(rows)), departmentId: null };
      const before = lexiconFingerprint(t.dataDir);
      const p = await t.call('officer-win', 'lexicon.importPreview', file);
      expect(p.canCommit).toBe(false);
      expect(p.invalid.map((i) => [i.row, i.message.slice(0, 4)])).toEqual([[5, '词条为空'], [7, '无法识别']]);
      expect(p.duplicatesInFile).toEqual([{ term: '城东仓库', rows: [2, 6] }]);
      const e = await t.refuse('officer-win', 'lexicon.importCommit', { ...file, onExisting: 'skip' });
      expect(e.code).toBe('import-invalid');
      expect(e.message).toContain('未导入任何内容');
      expect(lexiconFingerprint(t.dataDir)).toBe(before);
    });
  });

  it('is refused to everyone but the secrecy officer', async () => {
    const t = await deskWithOfficer();
    const file = { fileName: 'a.csv', contentBase64: b64(csvOf(GOOD)), departmentId: null };
    expect((await t.refuse('liaison-win', 'lexicon.importPreview', file)).code).toBe('forbidden');
    expect((await t.refuse('admin-win', 'lexicon.importCommit', { ...file, onExisting: 'skip' })).code).toBe('forbidden');
  });
});

describe('exporting term lists', () => {
  it('round-trips: export, import into another owner, same entries; the export is audited', async () => {
    const t = await deskWithOfficer();
    for (const format of ['csv', 'xlsx'] as const) {
      const exp = await t.call('officer-win', 'lexicon.export', { format });
      expect(exp.fileName).toMatch(new RegExp(`^词库-全局-v\\d+\\.${format}$`));
      const dept = await t.call('admin-win', 'departments.create', { name: `部门${format}` });
      const r = await t.call('officer-win', 'lexicon.importCommit', { fileName: exp.fileName, contentBase64: exp.contentBase64, departmentId: dept.id, onExisting: 'skip' });
      expect(r.created).toBe(exp.terms);
      const strip = (xs: { term: string; category: string; severity: string; rationale: string; enabled: boolean }[]) =>
        xs.map(({ term, category, severity, rationale, enabled }) => ({ term, category, severity, rationale, enabled }));
      const desk = await t.call('officer-win', 'lexicon.list', { departmentId: null, includeDisabled: true, limit: 500 });
      const copy = await t.call('officer-win', 'lexicon.list', { departmentId: dept.id, includeDisabled: true, limit: 500 });
      expect(strip(copy.terms)).toEqual(strip(desk.terms));
    }
    expect(auditActions(t.dataDir).filter((a) => a === 'lexicon.export')).toHaveLength(2);
    expect((await t.refuse('liaison-win', 'lexicon.export', { format: 'csv' })).code).toBe('forbidden');
  });
});
