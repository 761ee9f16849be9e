import { describe, expect, it } from 'vitest';
import { sha256Hex } from '../../../core/hash';
import { openSnapshot, sealSnapshot } from '../../../core/lexicon/snapshot';
import { loadMigrations, migrate } from '../../../db/migrations';
import { migratedTo } from './support';

describe('migration 0005_lexicon_history', () => {
  /** A desk at 0004 with two lexicon versions, then upgraded. */
  function upgraded() {
    const db = migratedTo(4);
    db.prepare("INSERT INTO lexicon_versions VALUES (1, 't1', 'admin', 'starter'), (2, 't2', 'zhou', 'edit')").run();
    db.prepare(`INSERT INTO terms (id, term, category, severity, rationale, enabled, department_id, created_at, updated_at, version) VALUES
      (2, '机密', '密级标志', 'block', '依据：\n"第一条"', 1, NULL, 't', 't', 1),
      (1, '城东仓库', '', 'warn', '', 0, 1, 't', 't', 2)`).run();
    db.prepare(`INSERT INTO allow_phrases (id, phrase, scope_kind, scope, note, enabled, department_id, created_at, version) VALUES
      (1, '揭开宇宙的秘密', 'rule', 'classification-mark', '科普', 1, NULL, 't', 1)`).run();
    migrate(db, loadMigrations().slice(0, 5));
    return db;
  }

  it('keeps what an existing desk holds as its current version, in the format the desk writes', () => {
    const db = upgraded();
    const rows = db.prepare('SELECT * FROM lexicon_snapshots').all() as Array<{ version: number; content: string; sha256: string; term_count: number; phrase_count: number }>;
    expect(rows.map((r) => [r.version, r.term_count, r.phrase_count])).toEqual([[2, 2, 1]]);
    const [snap] = rows;
    expect(snap.sha256).toBe(sha256Hex(snap.content));
    // Byte for byte what core/lexicon/snapshot.ts would write for the same rows.
    const same = sealSnapshot(2, [
      { id: 2, term: '机密', category: '密级标志', severity: 'block', rationale: '依据：\n"第一条"', enabled: true, departmentId: null, version: 1 },
      { id: 1, term: '城东仓库', category: '', severity: 'warn', rationale: '', enabled: false, departmentId: 1, version: 2 },
    ], [{ id: 1, phrase: '揭开宇宙的秘密', scopeKind: 'rule', scope: 'classification-mark', note: '科普', enabled: true, departmentId: null, version: 1 }]);
    expect(snap.content).toBe(same.content);
    expect(openSnapshot(2, snap).terms.map((t) => t.term)).toEqual(['城东仓库', '机密']);
  });

  it('writes nothing for a desk without a lexicon yet', () => {
    const db = migratedTo(5);
    expect(db.prepare('SELECT count(*) AS n FROM lexicon_snapshots').get()).toEqual({ n: 0 });
  });

  it('keeps snapshots immutable and tied to a version', () => {
    const db = upgraded();
    expect(() => db.prepare("UPDATE lexicon_snapshots SET content = '{}'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM lexicon_snapshots').run()).toThrow(/immutable/);
    expect(() => db.prepare("INSERT INTO lexicon_snapshots VALUES (9, '{}', ?, 0, 0)").run('a'.repeat(64))).toThrow(/FOREIGN KEY/);
    expect(() => db.prepare("INSERT INTO lexicon_snapshots VALUES (1, '{}', 'short', 0, 0)").run()).toThrow(/CHECK/);
  });
});
