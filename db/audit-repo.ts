// Reads and appends the audit chain. Appends happen only inside the caller's
// transaction, together with the state change they record (see api/dispatch.ts).
import {
  canonicalEntryText, canonicalJson, entryHash, verifyChain, GENESIS_HASH, type AuditEntry, type ChainVerdict, type StoredAuditEntry,
} from '../core/audit/chain';
import type { Db } from './connection';
import { containsPattern, prefixPattern } from './like';

export interface AuditInput {
  actor: string;
  action: string;
  subject: string;
  details?: Record<string, unknown>;
  at: Date;
}

interface AuditRow { seq: number; at: string; actor: string; action: string; subject: string; details: string; prev_hash: string; hash: string }

export function chainHead(db: Db): { seq: number; hash: string } | null {
  return (db.prepare('SELECT seq, hash FROM audit_head WHERE id = 1').get() as { seq: number; hash: string } | undefined) ?? null;
}

export function appendAudit(db: Db, input: AuditInput): AuditEntry {
  if (!db.inTransaction) throw new Error('appendAudit must run inside the transaction of the change it records');
  const head = chainHead(db);
  const body = {
    seq: (head?.seq ?? 0) + 1,
    at: input.at.toISOString(),
    actor: input.actor,
    action: input.action,
    subject: input.subject,
    details: input.details ?? {},
  };
  const prev = head?.hash ?? GENESIS_HASH;
  const hash = entryHash(body, prev);
  db.prepare(`INSERT INTO audit_log (seq, at, actor, action, subject, details, prev_hash, hash)
              VALUES (@seq, @at, @actor, @action, @subject, @details, @prev, @hash)`)
    .run({ ...body, details: canonicalJson(body.details), prev, hash });
  if (head) db.prepare('UPDATE audit_head SET seq = ?, hash = ? WHERE id = 1').run(body.seq, hash);
  else db.prepare('INSERT INTO audit_head (id, seq, hash) VALUES (1, ?, ?)').run(body.seq, hash);
  return { ...body, prev_hash: prev, hash };
}

function toEntry(row: AuditRow): AuditEntry {
  let details: unknown;
  try { details = JSON.parse(row.details); } catch { details = row.details; }
  return { ...row, details };
}

/** Rows exactly as stored: what verification and export work on. */
export function iterateStoredAudit(db: Db): IterableIterator<StoredAuditEntry> {
  return db.prepare('SELECT seq, at, actor, action, subject, details, prev_hash, hash FROM audit_log ORDER BY seq')
    .iterate() as IterableIterator<StoredAuditEntry>;
}

export function verifyAudit(db: Db): ChainVerdict {
  return verifyChain(iterateStoredAudit(db), chainHead(db));
}

export interface AuditFilter {
  actor?: string;
  action?: string;
  subject?: string;
  from?: string;
  to?: string;
  limit: number;
  offset: number;
}

export function listAudit(db: Db, f: AuditFilter): { total: number; entries: AuditEntry[] } {
  const where: string[] = [];
  const args: Record<string, unknown> = {};
  if (f.actor) { where.push('actor = @actor'); args.actor = f.actor; }
  if (f.action) { where.push("action LIKE @action ESCAPE '\\'"); args.action = prefixPattern(f.action); }
  if (f.subject) { where.push("subject LIKE @subject ESCAPE '\\'"); args.subject = containsPattern(f.subject); }
  if (f.from) { where.push('at >= @from'); args.from = f.from; }
  if (f.to) { where.push('at <= @to'); args.to = f.to; }
  const clause = where.length ? `WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM audit_log ${clause}`).get(args) as { n: number }).n;
  const rows = db.prepare(`SELECT * FROM audit_log ${clause} ORDER BY seq DESC LIMIT @limit OFFSET @offset`)
    .all({ ...args, limit: f.limit, offset: f.offset }) as AuditRow[];
  return { total, entries: rows.map(toEntry) };
}

/** One canonical JSON object per line, in chain order: verifiable with sha256 alone. */
export function* exportAuditJsonl(db: Db): Generator<string> {
  for (const e of iterateStoredAudit(db)) yield `${canonicalEntryText(e)}\n`;
}
