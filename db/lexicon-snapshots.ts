// Where each lexicon version's content is kept (lexicon_snapshots, migrations 0005 and
// 0006): the full text or a delta against the previous version, chosen by
// core/lexicon/snapshot-delta.ts, and always the SHA-256 of the full text.
import { deltaText, storedForm, type StoredVersion } from '../core/lexicon/snapshot-delta';
import { sealSorted, type RowOf, type SnapshotPhrase, type SnapshotTerm } from '../core/lexicon/snapshot';
import type { Db } from './connection';

export interface RowIds { terms: number[]; allow: number[] }

/** The ids of every term and allowed phrase: taken before a change, to tell which rows it deleted. */
export function rowIds(db: Db): RowIds {
  return {
    terms: db.prepare('SELECT id FROM terms').pluck().all() as number[],
    allow: db.prepare('SELECT id FROM allow_phrases').pluck().all() as number[],
  };
}

// Columns named and ordered as the snapshot's rows, read once in id order and mapped once by sealSorted.
const TERMS = 'SELECT id, term, category, severity, rationale, enabled, department_id AS departmentId, version FROM terms ORDER BY id';
const ALLOW = `SELECT id, phrase, scope_kind AS scopeKind, scope, note, enabled, department_id AS departmentId, version
  FROM allow_phrases ORDER BY id`;

const removed = (before: readonly number[], now: readonly { id: number }[]): number[] => {
  const kept = new Set(now.map((r) => r.id));
  return before.filter((id) => !kept.has(id));
};

/**
 * Keeps what the lexicon holds now as `version`'s content, `before` being the row ids
 * before the change that opened it. Returns the SHA-256 of the full text.
 */
export function keepSnapshot(db: Db, version: number, before: RowIds): string {
  const full = sealSorted(version,
    db.prepare(TERMS).all() as RowOf<SnapshotTerm>[],
    db.prepare(ALLOW).all() as RowOf<SnapshotPhrase>[]);
  const { terms, allow } = full.snapshot;
  const prev = db.prepare(`SELECT term_count, phrase_count, (SELECT max(version) FROM lexicon_snapshots WHERE kind = 'full') AS last_full
    FROM lexicon_snapshots WHERE version = ?`).get(version - 1) as { term_count: number; phrase_count: number; last_full: number | null } | undefined;
  // A delta holds only what this change wrote. The desk writes rows nowhere else; should
  // that ever change, the previous version's counts would differ from the rows found
  // before this change, and the full text is kept instead of a delta that misses them.
  const deltaHolds = prev !== undefined && prev.term_count === before.terms.length && prev.phrase_count === before.allow.length;
  const stored = storedForm(version, full.content, deltaHolds ? prev.last_full : null, () => deltaText(version, {
    terms: terms.filter((t) => t.version === version), allow: allow.filter((a) => a.version === version),
    removedTerms: removed(before.terms, terms), removedAllow: removed(before.allow, allow),
  }));
  db.prepare('INSERT INTO lexicon_snapshots (version, kind, sha256, term_count, phrase_count, content) VALUES (?, ?, ?, ?, ?, ?)')
    .run(version, stored.kind, full.sha256, full.termCount, full.phraseCount, stored.content);
  return full.sha256;
}

/**
 * What a version's content is read from, in one query: its nearest full text at or before
 * it and every later row up to it, unchecked (core/lexicon/snapshot-delta.ts openVersion
 * checks them). Undefined for a version that does not exist; empty for one whose content
 * was never kept (versions older than migration 0005). Without a full text at or before
 * the version, only its own row comes back, which openVersion refuses.
 */
export function storedVersion(db: Db, version: number): StoredVersion[] | undefined {
  const rows = db.prepare(`SELECT s.version, s.kind, s.content, s.sha256 FROM lexicon_versions v
    LEFT JOIN lexicon_snapshots s ON s.version BETWEEN
      coalesce((SELECT max(f.version) FROM lexicon_snapshots f WHERE f.kind = 'full' AND f.version <= v.version), v.version) AND v.version
    WHERE v.version = ? ORDER BY s.version`).all(version) as StoredVersion[];
  if (rows.length === 0) return undefined;
  // The LEFT JOIN's one row of NULLs when the version's own content is not stored.
  if (rows[rows.length - 1].version !== version) return [];
  return rows;
}

/**
 * The snapshot hashes the audit chain holds for a version: the change that opened it
 * records `version` and `snapshotSha256` in its entry (migration 0005's snapshot of an
 * older desk has none). The chain is hash-linked, so content and hash rewritten
 * together in lexicon_snapshots still disagree with it.
 */
export function auditedSnapshotHashes(db: Db, version: number): string[] {
  return (db.prepare(`SELECT DISTINCT json_extract(details, '$.snapshotSha256') AS h FROM audit_log
    WHERE action LIKE 'lexicon.%' AND json_extract(details, '$.version') = ? AND json_extract(details, '$.snapshotSha256') IS NOT NULL`)
    .all(version) as { h: string }[]).map((r) => String(r.h));
}
