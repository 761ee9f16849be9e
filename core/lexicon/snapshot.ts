// What a lexicon version held: every term and allowed phrase (enabled or not, of every
// owner) after the change that opened it, as canonical JSON — keys sorted, no
// whitespace, rows by id — and the SHA-256 of that text. The text is what is stored
// and hashed, so a verifier needs nothing but sha256 to check it; migration 0005
// writes the same format 1 from SQL for a desk's version at the time of the upgrade.
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

const byId = <T extends { id: number }>(rows: readonly T[]): T[] => [...rows].sort((a, b) => a.id - b.id);

// Objects built with their keys in sorted order, so JSON.stringify writes the canonical
// text: canonicalJson gives the same bytes (a test holds them equal) but takes four times
// as long, and every change of a 100,000-term library writes a snapshot.
const termJson = (t: SnapshotTerm): SnapshotTerm => ({
  category: t.category, departmentId: t.departmentId, enabled: t.enabled, id: t.id, rationale: t.rationale, severity: t.severity, term: t.term, version: t.version,
});
const phraseJson = (a: SnapshotPhrase): SnapshotPhrase => ({
  departmentId: a.departmentId, enabled: a.enabled, id: a.id, note: a.note, phrase: a.phrase, scope: a.scope, scopeKind: a.scopeKind, version: a.version,
});

export function sealSnapshot(version: number, terms: readonly SnapshotTerm[], allow: readonly SnapshotPhrase[]): SealedSnapshot {
  const snapshot: LexiconSnapshot = { allow: byId(allow).map(phraseJson), format: SNAPSHOT_FORMAT, terms: byId(terms).map(termJson), version };
  const content = JSON.stringify(snapshot);
  return { content, sha256: sha256Hex(content), termCount: terms.length, phraseCount: allow.length };
}

const tampered = (version: number) => new ClearanceError('lexicon-snapshot-tampered',
  `第 ${version} 版词库的存档内容与其记录的 SHA-256 不符，可能已被改动。已拒绝使用该存档，请联系保密办并核对审计日志。`,
  `The stored content of lexicon version ${version} does not match its recorded SHA-256; it may have been altered. It was not used; contact the secrecy office and check the audit log.`);

/**
 * The content of a stored snapshot, after checking it: the text must hash to the
 * recorded SHA-256, agree with the hashes the audit chain recorded for the version
 * (`audited`), and say it is the version it is stored as.
 */
export function openSnapshot(version: number, stored: { content: string; sha256: string }, audited: readonly string[] = []): LexiconSnapshot {
  if (sha256Hex(stored.content) !== stored.sha256) throw tampered(version);
  // The hash the audit chain recorded when the version was opened, where there is one.
  if (audited.some((h) => h !== stored.sha256)) throw tampered(version);
  let parsed: LexiconSnapshot;
  try {
    parsed = JSON.parse(stored.content) as LexiconSnapshot;
  } catch {
    throw tampered(version);
  }
  if (parsed?.format !== SNAPSHOT_FORMAT || parsed.version !== version || !Array.isArray(parsed.terms) || !Array.isArray(parsed.allow)) {
    throw tampered(version);
  }
  return parsed;
}
