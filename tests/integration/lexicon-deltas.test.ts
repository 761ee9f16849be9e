// Lexicon versions stored as deltas, on a real database file: every version reads back as
// the full snapshot of the library as it was, a single edit of a large library stores a
// few hundred bytes, and a full text is kept at least every FULL_EVERY versions.
import { describe, expect, it } from 'vitest';
import { rng } from '../../bench/generate';
import { FULL_EVERY, openVersion } from '../../core/lexicon/snapshot-delta';
import { sealSnapshot, type SnapshotPhrase, type SnapshotTerm } from '../../core/lexicon/snapshot';
import type { TermFields } from '../../core/lexicon/types';
import { openDatabase, type Db } from '../../db/connection';
import {
  changeLexicon, deleteAllow, deleteTerm, insertAllow, insertTerm, updateAllow, updateTerm, type AllowRow, type TermRow,
} from '../../db/lexicon-repo';
import { auditedSnapshotHashes, storedVersion } from '../../db/lexicon-snapshots';
import { tempDir } from '../support/temp';

const AT = '2026-03-01T09:00:00Z';

const fields = (term: string, severity: TermFields['severity'] = 'warn'): TermFields => ({
  term, category: '类', severity, rationale: `依据 "${term}"\n`, enabled: true, departmentId: null,
});

function change(db: Db, f: (v: number) => void): number {
  return db.transaction(() => changeLexicon(db, { at: AT, actor: 't', summary: 's' }, f).version)();
}

/** The full snapshot of what the tables hold now, mapped here rather than by the desk's own code. */
function fullNow(db: Db, version: number): string {
  const terms = (db.prepare('SELECT * FROM terms').all() as TermRow[]).map((t): SnapshotTerm => ({
    id: t.id, term: t.term, category: t.category, severity: t.severity, rationale: t.rationale, enabled: t.enabled === 1, departmentId: t.department_id, version: t.version,
  }));
  const allow = (db.prepare('SELECT * FROM allow_phrases').all() as AllowRow[]).map((a): SnapshotPhrase => ({
    id: a.id, phrase: a.phrase, scopeKind: a.scope_kind, scope: a.scope, note: a.note, enabled: a.enabled === 1, departmentId: a.department_id, version: a.version,
  }));
  return sealSnapshot(version, terms, allow).content;
}

function readBack(db: Db, version: number): string {
  const snap = openVersion(version, storedVersion(db, version)!, auditedSnapshotHashes(db, version));
  return sealSnapshot(version, snap.terms, snap.allow).content;
}

const storedRows = (db: Db) => db.prepare('SELECT version, kind, length(CAST(content AS BLOB)) AS bytes FROM lexicon_snapshots ORDER BY version')
  .all() as Array<{ version: number; kind: 'full' | 'delta'; bytes: number }>;

/** The longest run of versions read from one full text: each must stay within FULL_EVERY. */
function longestChain(rows: ReturnType<typeof storedRows>): number {
  let run = 0;
  let longest = 0;
  for (const r of rows) {
    run = r.kind === 'full' ? 1 : run + 1;
    longest = Math.max(longest, run);
  }
  return longest;
}

describe('lexicon versions stored as deltas', () => {
  it('reads every version of a long run of edits back as the full snapshot of the library as it was', () => {
    const db = openDatabase(tempDir());
    try {
      db.prepare("INSERT INTO departments (id, name, created_at) VALUES (1, '办公室', ?)").run(AT);
      const expected = new Map<number, string>();
      const record = (v: number) => expected.set(v, fullNow(db, v));
      record(change(db, (v) => {
        for (let i = 0; i < 40; i++) insertTerm(db, fields(`词${i}`), AT, v);
        insertAllow(db, { phrase: '不涉密', scopeKind: 'any', scope: '', note: '', enabled: true, departmentId: null }, AT, v);
      }));
      const random = rng(7);
      const ids = (table: string) => db.prepare(`SELECT id FROM ${table}`).pluck().all() as number[];
      const pick = (xs: number[]) => xs[Math.floor(random() * xs.length)];
      for (let step = 0; step < 80; step++) {
        const r = random();
        record(change(db, (v) => {
          if (r < 0.3) insertTerm(db, fields(`新${step}`, 'block'), AT, v);
          else if (r < 0.55) updateTerm(db, pick(ids('terms')), { ...fields(`改${step}`, 'escalate'), enabled: false, departmentId: 1 }, AT, v);
          else if (r < 0.7) deleteTerm(db, pick(ids('terms')));
          else if (r < 0.8) insertAllow(db, { phrase: `短语${step}`, scopeKind: 'rule', scope: 'x', note: `n${step}`, enabled: true, departmentId: null }, AT, v);
          else if (r < 0.87 && ids('allow_phrases').length) updateAllow(db, pick(ids('allow_phrases')), { phrase: `又${step}`, scopeKind: 'any', scope: '', note: '', enabled: false, departmentId: 1 }, v);
          else if (r < 0.94 && ids('allow_phrases').length) deleteAllow(db, pick(ids('allow_phrases')));
          else {
            // One change touching most rows, as an import may, and deleting one at the same time.
            for (const id of ids('terms').slice(1)) updateTerm(db, id, fields(`批${step}-${id}`), AT, v);
            deleteTerm(db, ids('terms')[0]);
          }
        }));
      }
      for (const [v, text] of expected) expect(readBack(db, v), `version ${v}`).toBe(text);

      const rows = storedRows(db);
      expect(rows[0]).toMatchObject({ version: 1, kind: 'full' });
      expect(rows.filter((r) => r.kind === 'delta').length).toBeGreaterThan(60);
      expect(longestChain(rows)).toBeLessThanOrEqual(FULL_EVERY);
      expect(rows.some((r) => r.kind === 'full' && r.version > 1 && r.version % FULL_EVERY !== 1)).toBe(true); // a bulk change kept whole
    } finally {
      db.close();
    }
  });

  it('stores a few hundred bytes for a single-term edit of a 5,000-term library, and a full text every FULL_EVERY versions', () => {
    const db = openDatabase(tempDir());
    try {
      change(db, (v) => { for (let i = 0; i < 5000; i++) insertTerm(db, fields(`保密事项第${i}条`), AT, v); });
      const edits = FULL_EVERY + 8;
      let lastDelta = '';
      for (let i = 0; i < edits; i++) {
        const v = change(db, (v) => updateTerm(db, 1 + (i * 37) % 5000, fields(`改过的事项${i}`, 'block'), AT, v));
        if (v === FULL_EVERY) lastDelta = fullNow(db, v);
      }
      const rows = storedRows(db);
      expect(rows[0]).toMatchObject({ kind: 'full' });
      expect(rows[0].bytes).toBeGreaterThan(500_000);
      expect(rows[1]).toMatchObject({ kind: 'delta' });
      expect(rows[1].bytes).toBeLessThan(1024);
      expect(rows.map((r) => r.kind === 'full' ? r.version : 0).filter(Boolean)).toEqual([1, 1 + FULL_EVERY]);
      expect(Math.max(...rows.filter((r) => r.kind === 'delta').map((r) => r.bytes))).toBeLessThan(1024);
      // Each version still carries the SHA-256 of its full text, and reads back as it.
      // (Version FULL_EVERY is the end of the longest chain: 31 deltas on version 1's full text.)
      expect(readBack(db, FULL_EVERY)).toBe(lastDelta);
      expect(readBack(db, 1 + edits)).toBe(fullNow(db, 1 + edits));
    } finally {
      db.close();
    }
  });
});
