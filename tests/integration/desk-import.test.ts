// Importing files into drafts through the desk: every layer stored and scanned,
// the same bytes not imported twice, hostile files refused with nothing stored.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { beforeAll, describe, expect, it } from 'vitest';
import { databasePath } from '../../db/connection';
import { buildFixtures } from '../fixtures/build';
import { deskWithLiaison } from '../support/desk';
import { importEnded } from '../support/import-jobs';
import { AUDIT_TABLES, auditActions, dbFingerprint } from '../support/db-snapshot';
import { tempDir } from '../support/temp';

let fixtures: Record<string, string>;
beforeAll(async () => { fixtures = await buildFixtures(join(tempDir('fixtures-'), 'f')); });

const b64 = (name: string) => readFileSync(fixtures[name]).toString('base64');

function count(dataDir: string, table: string): number {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try { return (db.prepare(`SELECT count(*) AS n FROM ${table}`).get() as { n: number }).n; } finally { db.close(); }
}

describe('importing a file into a draft', () => {
  it('creates a draft whose revision carries every layer, marked hidden or not, with findings', async () => {
    const t = await deskWithLiaison();
    const started = await t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: 'every-layer.docx', contentBase64: b64('every-layer.docx') });
    expect(started.state).toBe('queued');
    const done = await importEnded(t, started);
    expect(done).toMatchObject({ state: 'done', revision: 1, error: null });
    const rev = await t.call('liaison-win', 'drafts.revision', { draftId: done.draftId! });
    expect(rev).toMatchObject({ source: 'import', format: 'docx', fileName: 'every-layer.docx' });
    expect(rev.fileSha256).toMatch(/^[0-9a-f]{64}$/);
    const layer = (name: string) => rev.layers.find((l) => l.layer === name);
    expect(layer('body')).toMatchObject({ hidden: false });
    expect(layer('body')!.text).toContain('正文机密★1年');
    expect(layer('tracked-deletions')).toMatchObject({ hidden: true });
    expect(layer('tracked-deletions')!.text).toContain('修订删除的秘密');
    const mark = layer('body')!.findings.find((f) => f.category === 'classification-mark');
    expect(mark).toMatchObject({ severity: 'block' });
    expect(layer('body')!.text.slice(mark!.start, mark!.end)).toBe(mark!.text);
    expect(layer('tracked-deletions')!.findings.some((f) => f.category === 'hidden-layer')).toBe(true);
    const drafts = await t.call('liaison-win', 'drafts.list', {});
    expect(drafts.map((d) => d.title)).toEqual(['every-layer']);
    expect(auditActions(t.dataDir)).toContain('drafts.import');
  });

  it('scans every layer with the department\'s term library and records the lexicon version', async () => {
    const t = await deskWithLiaison();
    await t.call('admin-win', 'users.create', { username: 'officer', displayName: '保密办', password: 'officer-password-1', roles: ['secrecy-officer'], departmentId: null });
    await t.call('officer-win', 'auth.signIn', { username: 'officer', password: 'officer-password-1' });
    const saved = await t.call('officer-win', 'lexicon.saveTerm', { term: '批注内容', severity: 'escalate', rationale: '测试词条', departmentId: null });
    const done = await importEnded(t, await t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: 'every-layer.docx', contentBase64: b64('every-layer.docx') }));
    const rev = await t.call('liaison-win', 'drafts.revision', { draftId: done.draftId! });
    expect(rev.lexiconVersion).toBe(String(saved.version));
    const comments = rev.layers.find((l) => l.layer === 'comments')!;
    expect(comments.findings).toContainEqual(expect.objectContaining({ category: 'term', rule: `term:${saved.term.id}`, severity: 'escalate', text: '批注内容', rationale: '测试词条' }));
  });

  it('scans a typed draft as it is saved', async () => {
    const t = await deskWithLiaison();
    const d = await t.call('liaison-win', 'drafts.create', { title: '通知', departmentId: t.dept.id, body: '机密★1年\n联系人：13812345678' });
    const rev = await t.call('liaison-win', 'drafts.revision', { draftId: d.id });
    expect(rev.lexiconVersion).not.toBeNull();
    expect(rev.layers[0].findings.map((f) => [f.category, f.text])).toEqual(expect.arrayContaining([
      ['classification-mark', '机密★1年'], ['mobile', '13812345678'],
    ]));
  });

  it('refuses the same bytes a second time in the same draft, before any work', async () => {
    const t = await deskWithLiaison();
    const first = await importEnded(t, await t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: 'a.ofd', contentBase64: b64('sample.ofd') }));
    const err = await t.refuse('liaison-win', 'drafts.importFile', { draftId: first.draftId, fileName: 'again.ofd', contentBase64: b64('sample.ofd') });
    expect(err.code).toBe('duplicate-import');
    expect(count(t.dataDir, 'draft_revisions')).toBe(1);
    expect(count(t.dataDir, 'blobs')).toBe(1);
  });

  it.each([
    ['hostile-zip-bomb.docx', 'zip-bomb'],
    ['hostile-billion-laughs.docx', 'xml-dtd-forbidden'],
    ['hostile-path-traversal.docx', 'zip-path-traversal'],
    ['hostile-truncated.pdf', 'corrupt-file'],
    ['hostile-not-a-zip.docx', 'not-a-zip'],
  ])('refuses %s with %s and stores nothing of it', async (name, code) => {
    const t = await deskWithLiaison();
    const done = await importEnded(t, await t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: name, contentBase64: b64(name) }));
    expect(done.state).toBe('failed');
    expect(done.error?.code).toBe(code);
    expect(done.error?.message).toBeTruthy();
    expect(done.error?.messageEn).toBeTruthy();
    expect(count(t.dataDir, 'drafts')).toBe(0);
    expect(count(t.dataDir, 'blobs')).toBe(0);
    expect(auditActions(t.dataDir).at(-1)).toBe('drafts.import-refused');
  });

  it('refuses an empty file and keeps the desk working', async () => {
    const t = await deskWithLiaison();
    const done = await importEnded(t, await t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: 'x.txt', contentBase64: '' }));
    expect(done.error?.code).toBe('empty-file');
    expect(await t.call('liaison-win', 'drafts.list', {})).toEqual([]);
  });

  it('adds an import to an existing draft as its next revision, and only for the author', async () => {
    const t = await deskWithLiaison();
    const d = await t.call('liaison-win', 'drafts.create', { title: '通知', departmentId: t.dept.id, body: '初稿' });
    const done = await importEnded(t, await t.call('liaison-win', 'drafts.importFile', { draftId: d.id, fileName: 'layers.html', contentBase64: b64('layers.html') }));
    expect(done).toMatchObject({ state: 'done', draftId: d.id, revision: 2 });
    const rev = await t.call('liaison-win', 'drafts.revision', { draftId: d.id, number: 2 });
    expect(rev.layers.map((l) => l.layer)).toEqual(expect.arrayContaining(['body', 'comments', 'hidden-text', 'metadata']));
    const typed = await t.call('liaison-win', 'drafts.revision', { draftId: d.id, number: 1 });
    expect(typed).toMatchObject({ source: 'typed', layers: [{ layer: 'body', text: '初稿', hidden: false }] });
    await t.call('admin-win', 'users.create', { username: 'other', displayName: '别人', password: 'other-password-1', roles: ['liaison'], departmentId: t.dept.id });
    await t.call('other-win', 'auth.signIn', { username: 'other', password: 'other-password-1' });
    // Every refusal is audited (call.refused); nothing else may change.
    const before = dbFingerprint(t.dataDir, AUDIT_TABLES);
    const actions = auditActions(t.dataDir);
    expect((await t.refuse('other-win', 'drafts.importFile', { draftId: d.id, fileName: 'x.txt', contentBase64: b64('zero-width.txt') })).code).toBe('not-editable');
    expect(dbFingerprint(t.dataDir, AUDIT_TABLES)).toBe(before);
    expect(auditActions(t.dataDir)).toEqual([...actions, 'call.refused']);
    expect((await t.refuse('other-win', 'imports.status', { jobId: done.jobId })).code).toBe('not-found');
  });
});
