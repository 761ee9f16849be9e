// What a lexicon version held: every term and allowed phrase (enabled or not, of every
// owner) after the change that opened it, as canonical JSON — keys sorted, no
// whitespace, rows by id — and the SHA-256 of that text. The hash is always that of the
// full text (format 1), so an exported version is checked with sha256 alone and the
// audit chain's `snapshotSha256` values stay comparable. What is stored may be this text
// or a delta against the previous version (snapshot-delta.ts), rebuilt before checking.
// Migration 0005 wrote the same format 1 from SQL for a desk's version at its upgrade.
import { ClearanceError } from '../errors';
import { sha256Hex } from '../hash';
import type { AllowFields, TermFields } from './types';

export const SNAPSHOT_FORMAT = 1;

export interface SnapshotTerm extends TermFields {
  id: number;
  /** The version that last wrote the entry. */
  version: number;
}

export interface SnapshotPhrase extends AllowFields {
  id: number;
  version: number;
}

export interface LexiconSnapshot {
  allow: SnapshotPhrase[];
  format: typeof SNAPSHOT_FORMAT;
  terms: SnapshotTerm[];
  version: number;
}

export interface SealedSnapshot {
  content: string;
  sha256: string;
  termCount: number;
  phraseCount: number;
}

/** A row as SQLite returns it (enabled 0/1) or as a snapshot holds it (enabled true/false). */
export type RowOf<T extends { enabled: boolean }> = Omit<T, 'enabled'> & { enabled: boolean | 0 | 1 };

const byId = <T extends { id: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id - b.id);

// Objects built with their keys in sorted order, so JSON.stringify writes the canonical
// text: canonicalJson gives the same bytes (a test holds them equal) but takes four times
// as long, and every change of a 100,000-term library seals a snapshot.
export const termJson = (t: RowOf<SnapshotTerm>): SnapshotTerm => ({
  category: t.category, departmentId: t.departmentId, enabled: t.enabled === true || t.enabled === 1, id: t.id, rationale: t.rationale,
  severity: t.severity, term: t.term, version: t.version,
});
export const phraseJson = (a: RowOf<SnapshotPhrase>): SnapshotPhrase => ({
  departmentId: a.departmentId, enabled: a.enabled === true || a.enabled === 1, id: a.id, note: a.note, phrase: a.phrase, scope: a.scope,
  scopeKind: a.scopeKind, version: a.version,
});

/**
 * Seals rows that are already in id order (as the desk reads them, ORDER BY id): each row
 * is mapped once into its canonical shape, and the snapshot is returned with its text.
 */
export function sealSorted(version: number, terms: readonly RowOf<SnapshotTerm>[], allow: readonly RowOf<SnapshotPhrase>[]): SealedSnapshot & { snapshot: LexiconSnapshot } {
  const snapshot: LexiconSnapshot = { allow: allow.map(phraseJson), format: SNAPSHOT_FORMAT, terms: terms.map(termJson), version };
  const content = JSON.stringify(snapshot);
  return { content, sha256: sha256Hex(content), termCount: terms.length, phraseCount: allow.length, snapshot };
}

export function sealSnapshot(version: number, terms: readonly SnapshotTerm[], allow: readonly SnapshotPhrase[]): SealedSnapshot {
  const { content, sha256, termCount, phraseCount } = sealSorted(version, byId(terms), byId(allow));
  return { content, sha256, termCount, phraseCount };
}

export const tampered = (version: number) => new ClearanceError('lexicon-snapshot-tampered',
  `第 ${version} 版词库的存档内容与其记录的 SHA-256 不符，可能已被改动。已拒绝使用该存档，请联系保密办并核对审计日志。`,
  `The stored content of lexicon version ${version} does not match its recorded SHA-256; it may have been altered. It was not used; contact the secrecy office and check the audit log.`);

/**
 * Refuses a version's full text unless it hashes to the recorded SHA-256 and agrees with
 * the hashes the audit chain recorded for the version (`audited`, where there are any).
 */
export function checkHash(version: number, content: string, sha256: string, audited: readonly string[]): void {
  if (sha256Hex(content) !== sha256) throw tampered(version);
  if (audited.some((h) => h !== sha256)) throw tampered(version);
}

/** Parses a full text, refusing one that is not format 1 or says it is another version. */
export function parseFull(version: number, content: string): LexiconSnapshot {
  let parsed: LexiconSnapshot;
  try {
    parsed = JSON.parse(content) as LexiconSnapshot;
  } catch {
    throw tampered(version);
  }
  if (parsed?.format !== SNAPSHOT_FORMAT || parsed.version !== version || !Array.isArray(parsed.terms) || !Array.isArray(parsed.allow)) {
    throw tampered(version);
  }
  return parsed;
}

/**
 * The content of a version's full text, after checking it: its hash (checkHash), and
 * that it says it is the version it is stored as.
 */
export function openSnapshot(version: number, stored: { content: string; sha256: string }, audited: readonly string[] = []): LexiconSnapshot {
  checkHash(version, stored.content, stored.sha256, audited);
  return parseFull(version, stored.content);
}
