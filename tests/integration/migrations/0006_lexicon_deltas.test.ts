import { describe, expect, it } from 'vitest';
import { openVersion } from '../../../core/lexicon/snapshot-delta';
import { sealSnapshot, type SnapshotTerm } from '../../../core/lexicon/snapshot';
import { changeLexicon, insertTerm } from '../../../db/lexicon-repo';
import { storedVersion } from '../../../db/lexicon-snapshots';
import { loadMigrations, migrate } from '../../../db/migrations';
import { migratedTo } from './support';

const term = (id: number, text: string, version: number): SnapshotTerm => ({
  id, term: text, category: '', severity: 'warn', rationale: '', enabled: true, departmentId: null, version,
});

describe('migration 0006_lexicon_deltas', () => {
  /** A desk at 0005 with two versions whose full snapshots were kept (ten terms, then an eleventh), then upgraded. */
  function upgraded() {
    const db = migratedTo(5);
    db.prepare("INSERT INTO lexicon_versions VALUES (1, 't1', 'admin', 'starter'), (2, 't2', 'zhou', 'edit')").run();
    const first = Array.from({ length: 10 }, (_, i) => term(i + 1, `词条${i + 1}`, 1));
    const both = [...first, term(11, '城东仓库', 2)];
    const insert = db.prepare(`INSERT INTO terms (id, term, category, severity, rationale, enabled, department_id, created_at, updated_at, version)
      VALUES (?, ?, '', 'warn', '', 1, NULL, 't', 't', ?)`);
    for (const t of both) insert.run(t.id, t.term, t.version);
    const sealed = [sealSnapshot(1, first, []), sealSnapshot(2, both, [])];
    sealed.forEach((s, i) => db.prepare('INSERT INTO lexicon_snapshots VALUES (?, ?, ?, ?, ?)').run(i + 1, s.content, s.sha256, s.termCount, s.phraseCount));
    migrate(db, loadMigrations().slice(0, 6));
    return { db, sealed };
  }

  it('keeps every existing snapshot as a full text, byte for byte, with its hash and counts; small columns first', () => {
    const { db, sealed } = upgraded();
    expect(db.prepare('SELECT version, kind, sha256, term_count, phrase_count, content FROM lexicon_snapshots ORDER BY version').all()).toEqual(
      sealed.map((s, i) => ({ version: i + 1, kind: 'full', sha256: s.sha256, term_count: s.termCount, phrase_count: 0, content: s.content })));
    expect((db.prepare('PRAGMA table_info(lexicon_snapshots)').all() as { name: string }[]).map((c) => c.name))
      .toEqual(['version', 'kind', 'sha256', 'term_count', 'phrase_count', 'content']);
    expect(openVersion(2, storedVersion(db, 2)!, [sealed[1].sha256]).terms.map((t) => t.term).slice(9)).toEqual(['词条10', '城东仓库']);
  });

  it('lets the next change store a delta on top of the upgraded snapshots, read back as the full text', () => {
    const { db } = upgraded();
    const { snapshotSha256 } = db.transaction(() => changeLexicon(db, { at: 't3', actor: 'zhou', summary: 'add' }, (v) =>
      insertTerm(db, { term: '城西仓库', category: '', severity: 'block', rationale: '', enabled: true, departmentId: null }, 't3', v)))();
    expect(db.prepare('SELECT kind FROM lexicon_snapshots WHERE version = 3').pluck().get()).toBe('delta');
    const v3 = openVersion(3, storedVersion(db, 3)!, [snapshotSha256]);
    expect(sealSnapshot(3, v3.terms, v3.allow).sha256).toBe(snapshotSha256);
    expect(v3.terms.map((t) => t.term).slice(9)).toEqual(['词条10', '城东仓库', '城西仓库']);
  });

  it('keeps snapshots immutable, and a delta only on top of the previous version\'s snapshot', () => {
    const { db } = upgraded();
    expect(() => db.prepare("UPDATE lexicon_snapshots SET content = '{}'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM lexicon_snapshots').run()).toThrow(/immutable/);
    db.prepare("INSERT INTO lexicon_versions VALUES (3, 't', 'a', 's'), (4, 't', 'a', 's')").run();
    const insert = db.prepare('INSERT INTO lexicon_snapshots (version, kind, sha256, term_count, phrase_count, content) VALUES (?, ?, ?, 0, 0, ?)');
    expect(() => insert.run(4, 'delta', 'a'.repeat(64), '{}')).toThrow(/previous version/);
    expect(() => insert.run(3, 'other', 'a'.repeat(64), '{}')).toThrow(/CHECK/);
    expect(() => insert.run(9, 'full', 'a'.repeat(64), '{}')).toThrow(/FOREIGN KEY/);
    insert.run(3, 'delta', 'a'.repeat(64), '{}');
    expect(db.prepare("SELECT count(*) FROM sqlite_master WHERE type = 'trigger' AND tbl_name = 'lexicon_snapshots'").pluck().get()).toBe(3);
  });
});
