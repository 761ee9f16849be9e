import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../core/hash';
import { readAllowFile, readLexiconFile } from '../../core/lexicon/read-file';
import { STARTER_ALLOW, STARTER_TERMS } from '../../core/terms/starter-library';
import { databasePath } from '../../db/connection';
import { auditActions, auditDetails } from '../support/db-snapshot';
import { deskWithOfficer, lexiconFingerprint } from './lexicon-support';

type Desk = Awaited<ReturnType<typeof deskWithOfficer>>;

/** The terms of one version's export, as the import reads them back. */
async function termsOf(t: Desk, version: number, departmentId?: number | null) {
  const exp = await t.call('officer-win', 'lexicon.exportVersion', { version, format: 'csv', ...(departmentId === undefined ? {} : { departmentId }) });
  return readLexiconFile(exp.fileName, Buffer.from(exp.contentBase64, 'base64')).rows.map(({ term, severity, enabled }) => ({ term, severity, enabled }));
}

function withRawDb<T>(dataDir: string, f: (db: Database.Database) => T): T {
  const db = new Database(databasePath(dataDir));
  try { return f(db); } finally { db.close(); }
}

const NEW_TERM = { term: '城东仓库', category: '储备', severity: 'escalate', rationale: '储备物资存放地', enabled: true, departmentId: null } as const;

describe('lexicon version history', () => {
  it('a change opens a version whose stored content is the lexicon after the change; the audit entry names its SHA-256', async () => {
    const t = await deskWithOfficer();
    const saved = await t.call('officer-win', 'lexicon.saveTerm', NEW_TERM);
    expect(saved.version).toBe(2);
    const list = await t.call('officer-win', 'lexicon.versions', {});
    expect(list.current).toBe(2);
    expect(list.total).toBe(2);
    expect(list.versions.map((v) => [v.version, v.actor, v.termCount, v.phraseCount])).toEqual([
      [2, 'zhou', STARTER_TERMS.length + 1, STARTER_ALLOW.length],
      [1, 'admin', STARTER_TERMS.length, STARTER_ALLOW.length],
    ]);
    expect(list.versions[0].summary).toContain('城东仓库');
    const [v2] = list.versions;
    expect(v2.sha256).toMatch(/^[0-9a-f]{64}$/);
    expect(auditDetails(t.dataDir, 'lexicon.create-term')[0]).toMatchObject({ version: 2, snapshotSha256: v2.sha256 });
    expect(auditDetails(t.dataDir, 'lexicon.seed')[0]).toMatchObject({ version: 1, snapshotSha256: list.versions[1].sha256 });

    expect(await termsOf(t, 2)).toContainEqual({ term: '城东仓库', severity: 'escalate', enabled: true });
    expect((await termsOf(t, 1)).map((x) => x.term)).not.toContain('城东仓库');
    const exp = await t.call('officer-win', 'lexicon.exportVersion', { version: 2, format: 'xlsx' });
    expect(exp).toMatchObject({ fileName: '词库-全局-v2.xlsx', version: 2, sha256: v2.sha256, rows: STARTER_TERMS.length + 1 });
  });

  it('an old version keeps its old content after later edits and deletions', async () => {
    const t = await deskWithOfficer();
    const { term } = await t.call('officer-win', 'lexicon.saveTerm', NEW_TERM);
    await t.call('officer-win', 'lexicon.saveTerm', { ...NEW_TERM, id: term.id, severity: 'block', enabled: false });
    await t.call('officer-win', 'lexicon.deleteTerm', { id: term.id });
    const phrase = await t.call('officer-win', 'lexicon.saveAllow', { phrase: '城东仓库路', scopeKind: 'any', scope: '', note: '地名', enabled: true, departmentId: t.dept.id });
    await t.call('officer-win', 'lexicon.deleteAllow', { id: phrase.phrase.id });

    const find = async (v: number) => (await termsOf(t, v)).find((x) => x.term === '城东仓库');
    expect(await find(2)).toEqual({ term: '城东仓库', severity: 'escalate', enabled: true });
    expect(await find(3)).toEqual({ term: '城东仓库', severity: 'block', enabled: false });
    expect(await find(4)).toBeUndefined();

    const phrasesOf = async (version: number) => {
      const exp = await t.call('officer-win', 'lexicon.exportVersion', { version, format: 'xlsx', list: 'allow', departmentId: t.dept.id });
      expect(exp.fileName).toBe(`例外短语-办公室-v${version}.xlsx`);
      return readAllowFile(exp.fileName, Buffer.from(exp.contentBase64, 'base64'), () => true).rows.map((r) => [r.phrase, r.note]);
    };
    expect(await phrasesOf(5)).toEqual([['城东仓库路', '地名']]);
    expect(await phrasesOf(6)).toEqual([]);
    expect((await t.call('officer-win', 'lexicon.versions', { limit: 2 })).versions.map((v) => v.version)).toEqual([6, 5]);
    expect(auditActions(t.dataDir).filter((a) => a === 'lexicon.export-version')).toHaveLength(5);
  });

  it('refuses a snapshot whose content was altered behind the desk\'s back, and records the refusal', async () => {
    const t = await deskWithOfficer();
    await t.call('officer-win', 'lexicon.saveTerm', NEW_TERM);
    withRawDb(t.dataDir, (db) => {
      db.exec('DROP TRIGGER lexicon_snapshots_immutable');
      const { content } = db.prepare('SELECT content FROM lexicon_snapshots WHERE version = 2').get() as { content: string };
      // Downgrade the new entry, as someone covering a missed finding might.
      db.prepare('UPDATE lexicon_snapshots SET content = ? WHERE version = 2').run(content.replace('"severity":"escalate","term":"城东仓库"', '"severity":"warn","term":"城东仓库"'));
    });
    const e = await t.refuse('officer-win', 'lexicon.exportVersion', { version: 2, format: 'csv' });
    expect(e.code).toBe('lexicon-snapshot-tampered');
    expect(e.message).toContain('SHA-256');
    expect(e.messageEn).toContain('does not match');
    expect(auditActions(t.dataDir).at(-1)).toBe('call.refused');
    // The untouched version is still served.
    expect((await termsOf(t, 1)).length).toBe(STARTER_TERMS.length);

    // Another version's content with its matching hash, moved into this version's place: the text says which version it is.
    withRawDb(t.dataDir, (db) => {
      const { content } = db.prepare('SELECT content FROM lexicon_snapshots WHERE version = 1').get() as { content: string };
      db.prepare('UPDATE lexicon_snapshots SET content = ?, sha256 = ? WHERE version = 2').run(content, sha256Hex(content));
    });
    expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version: 2, format: 'csv' })).code).toBe('lexicon-snapshot-tampered');

    // Content and hash rewritten together, consistently: the audit chain still holds the hash of the original.
    withRawDb(t.dataDir, (db) => {
      const { content } = db.prepare('SELECT content FROM lexicon_snapshots WHERE version = 1').get() as { content: string };
      const forged = content.replace(/"version":1}$/, '"version":2}');
      expect(forged).not.toBe(content);
      db.prepare('UPDATE lexicon_snapshots SET content = ?, sha256 = ? WHERE version = 2').run(forged, sha256Hex(forged));
    });
    expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version: 2, format: 'csv' })).code).toBe('lexicon-snapshot-tampered');
  });

  it('refuses every version a tampered delta affects, changing nothing, and still serves the versions before it', async () => {
    const t = await deskWithOfficer();
    const { term } = await t.call('officer-win', 'lexicon.saveTerm', NEW_TERM);
    await t.call('officer-win', 'lexicon.saveTerm', { ...NEW_TERM, term: '城西仓库' });
    await t.call('officer-win', 'lexicon.saveTerm', { ...NEW_TERM, id: term.id, severity: 'block' });
    const kinds = withRawDb(t.dataDir, (db) => db.prepare('SELECT kind FROM lexicon_snapshots ORDER BY version').pluck().all());
    expect(kinds).toEqual(['full', 'delta', 'delta', 'delta']);
    withRawDb(t.dataDir, (db) => {
      db.exec('DROP TRIGGER lexicon_snapshots_immutable');
      const { content } = db.prepare('SELECT content FROM lexicon_snapshots WHERE version = 3').get() as { content: string };
      db.prepare('UPDATE lexicon_snapshots SET content = ? WHERE version = 3').run(content.replace('"severity":"escalate","term":"城西仓库"', '"severity":"warn","term":"城西仓库"'));
    });
    const before = lexiconFingerprint(t.dataDir);
    // Version 4 rewrote 城东仓库 only, so it still holds the tampered 城西仓库.
    for (const version of [3, 4]) {
      expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version, format: 'csv' })).code).toBe('lexicon-snapshot-tampered');
    }
    expect(lexiconFingerprint(t.dataDir)).toBe(before);
    expect(auditActions(t.dataDir)).not.toContain('lexicon.export-version');
    expect(await termsOf(t, 2)).toContainEqual({ term: '城东仓库', severity: 'escalate', enabled: true });

    // A delta removed from the chain: the version after it cannot be rebuilt.
    withRawDb(t.dataDir, (db) => {
      db.exec('DROP TRIGGER lexicon_snapshots_no_delete');
      db.prepare('DELETE FROM lexicon_snapshots WHERE version = 2').run();
    });
    expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version: 3, format: 'csv' })).code).toBe('lexicon-snapshot-tampered');
    // And version 2 itself: the audit chain holds its hash, so its content was kept and is not
    // merely older than the history.
    expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version: 2, format: 'csv' })).code).toBe('lexicon-snapshot-tampered');
    expect((await termsOf(t, 1)).length).toBe(STARTER_TERMS.length);
  });

  it('says so for a version whose content predates the history, and for an unknown version', async () => {
    const t = await deskWithOfficer();
    withRawDb(t.dataDir, (db) => db.prepare("INSERT INTO lexicon_versions VALUES (7, 't', 'old', 'before 0005')").run());
    expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version: 7, format: 'csv' })).code).toBe('lexicon-snapshot-missing');
    const list = await t.call('officer-win', 'lexicon.versions', {});
    expect(list.versions[0]).toMatchObject({ version: 7, sha256: null, termCount: null });
    expect((await t.refuse('officer-win', 'lexicon.exportVersion', { version: 6, format: 'csv' })).code).toBe('not-found');
    // Neither refused export is recorded as an export.
    expect(auditActions(t.dataDir)).not.toContain('lexicon.export-version');
  });

  it('lets the archivist read and export versions; a liaison neither; a section head reads no summaries', async () => {
    const t = await deskWithOfficer();
    await t.call('admin-win', 'users.create', { username: 'dang', displayName: '档案员', password: 'archive-password-1', roles: ['archivist'], departmentId: null });
    await t.call('archive-win', 'auth.signIn', { username: 'dang', password: 'archive-password-1' });
    expect((await t.call('archive-win', 'lexicon.versions', {})).current).toBe(1);
    expect((await t.call('archive-win', 'lexicon.exportVersion', { version: 1, format: 'csv' })).rows).toBe(STARTER_TERMS.length);
    expect((await t.refuse('liaison-win', 'lexicon.versions', {})).code).toBe('forbidden');
    // A section head sees desk-wide and their own department's entries only; a summary may name another's.
    await t.call('admin-win', 'users.create', { username: 'kezhang', displayName: '科长', password: 'section-password-1', roles: ['section-head'], departmentId: t.dept.id });
    await t.call('head-win', 'auth.signIn', { username: 'kezhang', password: 'section-password-1' });
    const other = await t.call('admin-win', 'departments.create', { name: '财务科' });
    await t.call('officer-win', 'lexicon.saveTerm', { ...NEW_TERM, departmentId: other.id });
    const seen = await t.call('head-win', 'lexicon.versions', {});
    expect(seen.versions[0]).toMatchObject({ version: 2, summary: null, termCount: STARTER_TERMS.length + 1 });
    expect((await t.call('archive-win', 'lexicon.versions', {})).versions[0].summary).toContain('城东仓库');
    expect((await t.refuse('head-win', 'lexicon.exportVersion', { version: 2, format: 'csv', departmentId: other.id })).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'lexicon.exportVersion', { version: 1, format: 'csv' })).code).toBe('forbidden');
  });
});
