import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { STARTER_ALLOW } from '../../core/terms/starter-library';
import { auditActions } from '../support/db-snapshot';
import { csvOf, xlsxOf } from '../unit/lexicon/build';
import { b64, deskWithOfficer, expectRefusedWhole, lexiconFingerprint, type BrokenFile } from './lexicon-support';

const HEADER = ['例外短语', '适用范围', '规则或类别', '说明', '启用'];
// 机密性 is a starter phrase (rule term:2); the file gives it another note.
const GOOD = [HEADER, ['城东仓库路', '全部', '', '地名', '是'], ['测试手机号', '类别', 'mobile', '', '否'], ['机密性', '规则', 'term:2', '新说明', '是']];

type Desk = Awaited<ReturnType<typeof deskWithOfficer>>;
const phrasesOf = async (t: Desk, departmentId: number | null) => (await t.call('officer-win', 'lexicon.allowList', { departmentId })).phrases
  .map(({ phrase, scopeKind, scope, note, enabled }) => ({ phrase, scopeKind, scope, note, enabled }));

describe('importing allow lists', () => {
  it('previews without saving: counts, sample, what already exists and what would change', async () => {
    const t = await deskWithOfficer();
    const before = lexiconFingerprint(t.dataDir);
    const p = await t.call('officer-win', 'lexicon.allowImportPreview', { fileName: '例外.xlsx', contentBase64: b64(await xlsxOf(GOOD)), departmentId: null });
    expect(p).toMatchObject({ format: 'xlsx', dataRows: 3, validRows: 3, newPhrases: 2, existingCount: 1, unchangedCount: 0, invalidCount: 0, canCommit: true });
    expect(p.sample[1]).toEqual({ row: 3, phrase: '测试手机号', scopeKind: 'category', scope: 'mobile', note: '', enabled: false });
    expect(p.existing).toEqual([{ row: 4, phrase: '机密性', id: expect.any(Number), changes: [{ field: 'note', from: expect.stringContaining('信息安全'), to: '新说明' }] }]);
    expect(lexiconFingerprint(t.dataDir)).toBe(before);
  });

  it('commits a file in one version with one audit entry, skipping or updating existing phrases', async () => {
    const t = await deskWithOfficer();
    const file = { fileName: '例外.csv', contentBase64: b64(csvOf(GOOD, { bom: true })), departmentId: null };
    expect(await t.call('officer-win', 'lexicon.allowImportCommit', { ...file, onExisting: 'skip' })).toEqual({ version: 2, created: 2, updated: 0, skipped: 1 });
    const phrases = await phrasesOf(t, null);
    expect(phrases).toContainEqual({ phrase: '测试手机号', scopeKind: 'category', scope: 'mobile', note: '', enabled: false });
    expect(phrases.find((a) => a.phrase === '机密性')!.note).toContain('信息安全');
    const unchanged = lexiconFingerprint(t.dataDir);
    expect((await t.refuse('officer-win', 'lexicon.allowImportCommit', { ...file, onExisting: 'skip' })).code).toBe('no-change');
    expect(lexiconFingerprint(t.dataDir)).toBe(unchanged);
    expect(await t.call('officer-win', 'lexicon.allowImportCommit', { ...file, onExisting: 'update' })).toEqual({ version: 3, created: 0, updated: 1, skipped: 2 });
    expect((await phrasesOf(t, null)).find((a) => a.phrase === '机密性')!.note).toBe('新说明');
    expect(auditActions(t.dataDir).filter((a) => a === 'lexicon.allow-import')).toHaveLength(2);
    // The version's stored content has the imported phrases.
    const [v3] = (await t.call('officer-win', 'lexicon.versions', {})).versions;
    expect(v3).toMatchObject({ version: 3, phraseCount: STARTER_ALLOW.length + 2 });
  });

  describe('broken files report and save nothing', () => {
    const cases: Array<[string, BrokenFile, string]> = [
      ['wrong columns', async () => ({ fileName: 'a.csv', bytes: csvOf([['姓名', '电话'], ['张三', '1']]) }), 'lexicon-columns'],
      ['a term list instead of an allow list', async () => ({ fileName: 'a.csv', bytes: csvOf([['词条', '程度'], ['机密', '禁止']]) }), 'lexicon-columns'],
      ['a GB18030 CSV', async () => ({ fileName: 'a.csv', bytes: iconv.encode('例外短语,说明\r\n城东仓库路,地名', 'gb18030') }), 'csv-not-utf8'],
      ['a corrupt xlsx', async () => ({ fileName: 'a.xlsx', bytes: (await xlsxOf(GOOD)).subarray(0, 300) }), 'xlsx-corrupt'],
    ];
    for (const [name, make, code] of cases) {
      it(name, () => expectRefusedWhole({ preview: 'lexicon.allowImportPreview', commit: 'lexicon.allowImportCommit' }, make, code));
    }

    for (const format of ['csv', 'xlsx'] as const) {
      it(`empty phrases, bad scopes and duplicates (${format}): the preview lists them, the commit refuses the whole file`, async () => {
        const t = await deskWithOfficer();
        const rows = [...GOOD,
          ['', '全部', '', '', ''],
          ['城東倉庫路', '', '', '', ''],
          ['甲', '类别', 'no-such-category', '', ''],
          ['乙', '规则', 'term:99999', '', ''],
          ['丙', '某处', '', '', ''],
          ['丁', '全部', 'mobile', '', ''],
          ['戊', '', '', '', '也许']];
        const bytes = format === 'csv' ? csvOf(rows) : await xlsxOf(rows);
        const file = { fileName: `a.${format}`, contentBase64: b64(bytes), departmentId: null };
        const before = lexiconFingerprint(t.dataDir);
        const p = await t.call('officer-win', 'lexicon.allowImportPreview', file);
        expect(p.canCommit).toBe(false);
        expect(p.invalid.map((i) => [i.row, i.term, i.message.slice(0, 6)])).toEqual([
          [5, '', '例外短语为空'], [7, '甲', '未知的类别“'], [8, '乙', '未知的规则“'], [9, '丙', '无法识别的适'], [10, '丁', '适用范围为“'], [11, '戊', '无法识别的启'],
        ]);
        expect(p.invalid.every((i) => i.messageEn.length > 5)).toBe(true);
        // Folded alike (城東倉庫路 is the traditional form) and with the same scope: a repeat.
        expect(p.duplicatesInFile).toEqual([{ phrase: '城东仓库路', rows: [2, 6] }]);
        const e = await t.refuse('officer-win', 'lexicon.allowImportCommit', { ...file, onExisting: 'skip' });
        expect(e.code).toBe('import-invalid');
        expect(e.message).toContain('未导入任何内容');
        expect(lexiconFingerprint(t.dataDir)).toBe(before);
      });
    }
  });

  it('is refused to everyone but the secrecy officer', async () => {
    const t = await deskWithOfficer();
    const file = { fileName: 'a.csv', contentBase64: b64(csvOf(GOOD)), departmentId: null };
    expect((await t.refuse('liaison-win', 'lexicon.allowImportPreview', file)).code).toBe('forbidden');
    expect((await t.refuse('admin-win', 'lexicon.allowImportCommit', { ...file, onExisting: 'skip' })).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'lexicon.allowExport', { format: 'csv' })).code).toBe('forbidden');
  });
});

describe('exporting allow lists', () => {
  it('round-trips: export, import into another owner, same phrases; CSV has a BOM and formula-looking cells are text', async () => {
    const t = await deskWithOfficer();
    await t.call('officer-win', 'lexicon.saveAllow', { phrase: '=HYPERLINK("x")', scopeKind: 'any', scope: '', note: '+危险', enabled: true, departmentId: null });
    for (const format of ['csv', 'xlsx'] as const) {
      const exp = await t.call('officer-win', 'lexicon.allowExport', { format });
      expect(exp.fileName).toMatch(new RegExp(`^例外短语-全局-v\\d+\\.${format}$`));
      expect(exp.rows).toBe(STARTER_ALLOW.length + 1);
      const bytes = Buffer.from(exp.contentBase64, 'base64');
      if (format === 'csv') {
        expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
        const text = bytes.toString('utf8');
        expect(text).toContain(`"'=HYPERLINK(""x"")"`);
        expect(text).toContain("'+危险");
      }
      const dept = await t.call('admin-win', 'departments.create', { name: `部门${format}` });
      const r = await t.call('officer-win', 'lexicon.allowImportCommit', { fileName: exp.fileName, contentBase64: exp.contentBase64, departmentId: dept.id, onExisting: 'skip' });
      expect(r.created).toBe(exp.rows);
      expect(await phrasesOf(t, dept.id)).toEqual(await phrasesOf(t, null));
    }
    expect(auditActions(t.dataDir).filter((a) => a === 'lexicon.allow-export')).toHaveLength(2);
  });
});
