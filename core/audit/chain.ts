// The audit chain format. Each entry is hashed together with the hash of the entry
// before it, so changing, inserting or removing any entry breaks every hash after it.
// The format is fixed: an archivist must be able to re-check an export years later
// with nothing but sha256 and this canonical JSON.
import { sha256Hex } from '../hash';

export const GENESIS_HASH = '0'.repeat(64);

export interface AuditEntryBody {
  seq: number;
  /** ISO-8601 UTC timestamp. */
  at: string;
  /** User id (as text) or `system`, or `anonymous` for calls before sign-in. */
  actor: string;
  action: string;
  subject: string;
  details: unknown;
}

export interface AuditEntry extends AuditEntryBody {
  prev_hash: string;
  hash: string;
}

/** JSON with object keys sorted and no whitespace; arrays keep their order. */
export function canonicalJson(value: unknown): string {
  if (value === null || typeof value !== 'object') {
    if (typeof value === 'number' && !Number.isFinite(value)) {
      throw new TypeError('canonicalJson: non-finite number');
    }
    return value === undefined ? 'null' : JSON.stringify(value);
  }
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  const obj = value as Record<string, unknown>;
  const keys = Object.keys(obj).filter((k) => obj[k] !== undefined).sort();
  return `{${keys.map((k) => `${JSON.stringify(k)}:${canonicalJson(obj[k])}`).join(',')}}`;
}

/**
 * An entry as stored: `details` is kept as the canonical JSON text it was hashed with,
 * so verification never depends on parsing (a tampered row may not even be JSON).
 */
export interface StoredAuditEntry extends Omit<AuditEntry, 'details'> {
  details: string;
}

/**
 * The canonical text of an entry: keys in sorted order, `details` spliced in as stored.
 * Equal to canonicalJson({...body, prev_hash}) when the stored details are canonical.
 */
export function canonicalEntryText(e: Omit<StoredAuditEntry, 'hash'> & { hash?: string }): string {
  const fields: [string, string][] = [
    ['action', JSON.stringify(e.action)],
    ['actor', JSON.stringify(e.actor)],
    ['at', JSON.stringify(e.at)],
    ['details', e.details],
    ...(e.hash === undefined ? [] : [['hash', JSON.stringify(e.hash)] as [string, string]]),
    ['prev_hash', JSON.stringify(e.prev_hash)],
    ['seq', JSON.stringify(e.seq)],
    ['subject', JSON.stringify(e.subject)],
  ];
  return `{${fields.map(([k, v]) => `${JSON.stringify(k)}:${v}`).join(',')}}`;
}

export function entryHash(body: AuditEntryBody, prevHash: string): string {
  return sha256Hex(canonicalEntryText({ ...body, details: canonicalJson(body.details), prev_hash: prevHash }));
}

function storedEntryHash(e: StoredAuditEntry): string {
  const { hash: _h, ...rest } = e;
  return sha256Hex(canonicalEntryText(rest));
}

export type ChainVerdict =
  | { intact: true; entries: number; head: { seq: number; hash: string } }
  | { intact: false; entries: number; brokenAt: number; reason: ChainBreak };

export type ChainBreak = 'hash-mismatch' | 'prev-hash-mismatch' | 'sequence-gap' | 'truncated' | 'head-mismatch';

/**
 * Walks entries in seq order and names the first one that does not verify.
 * `head` is the chain head recorded separately (same transaction as each append):
 * if the last entry is missing, the walk itself looks fine and only the head shows it.
 */
export function verifyChain(
  entries: Iterable<StoredAuditEntry>,
  head: { seq: number; hash: string } | null,
): ChainVerdict {
  let prev = GENESIS_HASH;
  let expectedSeq = 1;
  let count = 0;
  for (const e of entries) {
    count++;
    if (e.seq !== expectedSeq) return { intact: false, entries: count, brokenAt: expectedSeq, reason: 'sequence-gap' };
    if (e.prev_hash !== prev) return { intact: false, entries: count, brokenAt: e.seq, reason: 'prev-hash-mismatch' };
    if (storedEntryHash(e) !== e.hash) return { intact: false, entries: count, brokenAt: e.seq, reason: 'hash-mismatch' };
    prev = e.hash;
    expectedSeq++;
  }
  const lastSeq = expectedSeq - 1;
  const headSeq = head?.seq ?? 0;
  if (headSeq > lastSeq) return { intact: false, entries: count, brokenAt: lastSeq + 1, reason: 'truncated' };
  if (headSeq !== lastSeq || (head && head.hash !== prev)) {
    return { intact: false, entries: count, brokenAt: headSeq || lastSeq, reason: 'head-mismatch' };
  }
  return { intact: true, entries: count, head: { seq: lastSeq, hash: prev } };
}
