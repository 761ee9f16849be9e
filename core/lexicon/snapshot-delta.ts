// How a lexicon version's content is stored: the full text (snapshot.ts), or a delta
// against the previous version — the rows the change wrote (every row carries the
// version that last wrote it) and the ids of the rows it deleted. A single-term edit of
// a 100,000-term library then stores a few hundred bytes instead of 22 MB.
//
// A full text is stored every FULL_EVERY versions, and whenever the delta would not be
// much smaller (an import touching most rows), so a version is rebuilt from its nearest
// full text at or before it plus at most FULL_EVERY - 1 deltas. The rebuilt text must hash
// to the version's recorded SHA-256 (always that of the full text) and agree with the
// audit chain, so a tampered full text or delta anywhere in the chain is refused when a
// version it affects is read.
import {
  checkHash, openSnapshot, parseFull, phraseJson, sealSorted, SNAPSHOT_FORMAT, tampered, termJson,
  type LexiconSnapshot, type SnapshotPhrase, type SnapshotTerm,
} from './snapshot';

export const FULL_EVERY = 32;

export type StoredKind = 'full' | 'delta';

/** One stored row of a version's content: the text is the full text or a delta, as `kind` says. */
export interface StoredVersion {
  version: number;
  kind: StoredKind;
  content: string;
  /** The SHA-256 of the version's full text, whichever kind is stored. */
  sha256: string;
}

/** Canonical JSON like the full text: keys sorted, no whitespace, rows and ids ascending. */
export interface LexiconDelta {
  allow: SnapshotPhrase[];
  format: typeof SNAPSHOT_FORMAT;
  removedAllow: number[];
  removedTerms: number[];
  terms: SnapshotTerm[];
  version: number;
}

export interface DeltaSource {
  /** Rows the change wrote (version === the new version), in id order. */
  terms: readonly SnapshotTerm[];
  allow: readonly SnapshotPhrase[];
  removedTerms: readonly number[];
  removedAllow: readonly number[];
}

const ascending = (ids: readonly number[]): number[] => [...ids].sort((a, b) => a - b);

export function deltaText(version: number, d: DeltaSource): string {
  const delta: LexiconDelta = {
    allow: d.allow.map(phraseJson), format: SNAPSHOT_FORMAT, removedAllow: ascending(d.removedAllow), removedTerms: ascending(d.removedTerms),
    terms: d.terms.map(termJson), version,
  };
  return JSON.stringify(delta);
}

/**
 * What to store for `version`: its delta when the previous version's content is stored
 * (`lastFull`, the newest full text, is then known), the chain stays under FULL_EVERY,
 * and the delta is at most half the full text; the full text otherwise.
 */
export function storedForm(version: number, full: string, lastFull: number | null, delta: () => string): { kind: StoredKind; content: string } {
  if (lastFull === null || version - lastFull >= FULL_EVERY) return { kind: 'full', content: full };
  const text = delta();
  return text.length * 2 <= full.length ? { kind: 'delta', content: text } : { kind: 'full', content: full };
}

// A delta must be exactly the canonical text it parses to, so a changed byte is refused
// even where it would not change the rebuilt content (a row given an extra key).
function parseDelta(version: number, content: string): LexiconDelta {
  const d = JSON.parse(content) as LexiconDelta;
  const arrays = [d?.terms, d?.allow, d?.removedTerms, d?.removedAllow];
  if (d?.format !== SNAPSHOT_FORMAT || d.version !== version || !arrays.every(Array.isArray)) throw tampered(version);
  if (deltaText(version, d) !== content) throw tampered(version);
  return d;
}

function rebuild(chain: readonly StoredVersion[]): LexiconSnapshot {
  // The base's own recorded hash too: a changed byte of it is refused here, not only where it changes the version read.
  checkHash(chain[0].version, chain[0].content, chain[0].sha256, []);
  const base = parseFull(chain[0].version, chain[0].content);
  const terms = new Map(base.terms.map((t) => [t.id, t]));
  const allow = new Map(base.allow.map((a) => [a.id, a]));
  for (const step of chain.slice(1)) {
    const d = parseDelta(step.version, step.content);
    for (const id of d.removedTerms) terms.delete(id);
    for (const id of d.removedAllow) allow.delete(id);
    for (const t of d.terms) terms.set(t.id, t);
    for (const a of d.allow) allow.set(a.id, a);
  }
  const byId = <T extends { id: number }>(m: Map<number, T>) => [...m.values()].sort((a, b) => a.id - b.id);
  return { allow: byId(allow), format: SNAPSHOT_FORMAT, terms: byId(terms), version: chain[chain.length - 1].version };
}

/**
 * A version's content from its stored chain — its nearest full text at or before it, then
 * one delta per later version up to it — after checking the rebuilt full text's hash
 * against the version's recorded SHA-256 and the audit chain's (`audited`).
 */
export function openVersion(version: number, chain: readonly StoredVersion[], audited: readonly string[] = []): LexiconSnapshot {
  const last = chain[chain.length - 1];
  const unbroken = chain.length > 0 && last.version === version && chain[0].kind === 'full'
    && chain.every((s, i) => s.version === chain[0].version + i && (i === 0 || s.kind === 'delta'));
  if (!unbroken) throw tampered(version);
  if (chain.length === 1) return openSnapshot(version, last, audited);
  let sealed: ReturnType<typeof sealSorted>;
  try {
    const rebuilt = rebuild(chain);
    sealed = sealSorted(version, rebuilt.terms, rebuilt.allow);
  } catch {
    // Not JSON, or rows that are not rows: only a changed text reads like this.
    throw tampered(version);
  }
  checkHash(version, sealed.content, last.sha256, audited);
  return sealed.snapshot;
}
