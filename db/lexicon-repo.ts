// Term libraries and the allow list. Every change opens a new lexicon version (a scan
// records the version it used) through changeLexicon, which also keeps the version's
// content as a snapshot; each row keeps the version that last wrote it.
import type { AllowFields, TermFields } from '../core/lexicon/types';
import type { Severity } from '../core/model';
import type { Db } from './connection';
import { containsPattern } from './like';
import { keepSnapshot, rowIds } from './lexicon-snapshots';

export interface TermRow {
  id: number;
  term: string;
  category: string;
  severity: Severity;
  rationale: string;
  enabled: 0 | 1;
  department_id: number | null;
  department_name: string | null;
  created_at: string;
  updated_at: string;
  version: number;
}

export type AllowScopeKind = 'any' | 'category' | 'rule';

export interface AllowRow {
  id: number;
  phrase: string;
  scope_kind: AllowScopeKind;
  scope: string;
  note: string;
  enabled: 0 | 1;
  department_id: number | null;
  department_name: string | null;
  created_at: string;
  version: number;
}

/** Whose entries: every owner, desk-wide only (null), or one department's own. */
export type Owner = number | null | undefined;

export function currentVersion(db: Db): number {
  return (db.prepare('SELECT coalesce(max(version), 0) AS v FROM lexicon_versions').get() as { v: number }).v;
}

/**
 * What the current lexicon is, beyond its number: a version opened in a transaction that
 * was rolled back can be opened again with other content, so a cache keyed by the number
 * alone could serve stale terms. Every version's content hash is written with it (see
 * changeLexicon; migration 0005 wrote the current one of an older desk), so the number and
 * that hash name the content exactly. Null when the current version has no snapshot.
 */
export function lexiconStamp(db: Db): string | null {
  const row = db.prepare(`SELECT v.version, s.sha256 FROM lexicon_versions v LEFT JOIN lexicon_snapshots s ON s.version = v.version
    ORDER BY v.version DESC LIMIT 1`).get() as { version: number; sha256: string | null } | undefined;
  if (!row) return '0';
  return row.sha256 === null ? null : `${row.version}:${row.sha256}`;
}

export interface VersionMeta { at: string; actor: string; summary: string }

/**
 * The one way the lexicon changes: opens the next version, applies `change` (which
 * writes its rows with that version), then keeps what the lexicon holds afterwards as
 * that version's content (db/lexicon-snapshots.ts: a full text or a delta, hashed as the
 * full text). Runs inside the caller's transaction, so a refused or failed change leaves
 * neither version nor snapshot behind.
 */
export function changeLexicon<T>(db: Db, meta: VersionMeta, change: (version: number) => T): { version: number; snapshotSha256: string; value: T } {
  if (!db.inTransaction) throw new Error('changeLexicon must run inside the transaction of the change');
  const version = currentVersion(db) + 1;
  db.prepare('INSERT INTO lexicon_versions (version, created_at, actor, summary) VALUES (?, ?, ?, ?)').run(version, meta.at, meta.actor, meta.summary.slice(0, 500));
  const before = rowIds(db);
  const value = change(version);
  return { version, snapshotSha256: keepSnapshot(db, version, before), value };
}

export interface VersionRow {
  version: number;
  created_at: string;
  actor: string;
  summary: string;
  /** Null for versions older than migration 0005: their content was never kept. */
  sha256: string | null;
  term_count: number | null;
  phrase_count: number | null;
}

export function listVersions(db: Db, limit: number, offset: number): { total: number; rows: VersionRow[] } {
  const total = (db.prepare('SELECT count(*) AS n FROM lexicon_versions').get() as { n: number }).n;
  const rows = db.prepare(`SELECT v.version, v.created_at, v.actor, v.summary, s.sha256, s.term_count, s.phrase_count
    FROM lexicon_versions v LEFT JOIN lexicon_snapshots s ON s.version = v.version ORDER BY v.version DESC LIMIT ? OFFSET ?`)
    .all(limit, offset) as VersionRow[];
  return { total, rows };
}

const SELECT_TERM = `SELECT t.*, d.name AS department_name FROM terms t LEFT JOIN departments d ON d.id = t.department_id`;

export interface TermFilter {
  query?: string;
  category?: string;
  severity?: Severity;
  owner: Owner;
  /** With `owner` undefined: only desk-wide entries and this department's (for department-bound readers). */
  visibleTo?: number | null;
  includeDisabled: boolean;
  limit: number;
  offset: number;
}

export function listTerms(db: Db, f: TermFilter): { total: number; rows: TermRow[] } {
  const where: string[] = [];
  const args: unknown[] = [];
  if (f.query) {
    where.push("(t.term LIKE ? ESCAPE '\\' OR t.rationale LIKE ? ESCAPE '\\' OR t.category LIKE ? ESCAPE '\\')");
    args.push(containsPattern(f.query), containsPattern(f.query), containsPattern(f.query));
  }
  if (f.category !== undefined) { where.push('t.category = ?'); args.push(f.category); }
  if (f.severity) { where.push('t.severity = ?'); args.push(f.severity); }
  if (f.owner !== undefined) { where.push('t.department_id IS ?'); args.push(f.owner); }
  else if (f.visibleTo !== undefined) { where.push('(t.department_id IS NULL OR t.department_id IS ?)'); args.push(f.visibleTo); }
  if (!f.includeDisabled) where.push('t.enabled = 1');
  const cond = where.length ? ` WHERE ${where.join(' AND ')}` : '';
  const total = (db.prepare(`SELECT count(*) AS n FROM terms t${cond}`).get(...args) as { n: number }).n;
  const rows = db.prepare(`${SELECT_TERM}${cond} ORDER BY t.department_id IS NOT NULL, t.department_id, t.id LIMIT ? OFFSET ?`)
    .all(...args, f.limit, f.offset) as TermRow[];
  return { total, rows };
}

/** Every entry of one owner (desk-wide: null), enabled or not. */
export function termsOf(db: Db, departmentId: number | null): TermRow[] {
  return db.prepare(`${SELECT_TERM} WHERE t.department_id IS ? ORDER BY t.id`).all(departmentId) as TermRow[];
}

/** The enabled desk-wide entries and the enabled and disabled entries of one department (which may shadow desk-wide ones). */
export function termsForScan(db: Db, departmentId: number | null): TermRow[] {
  return db.prepare(`${SELECT_TERM} WHERE t.department_id IS NULL OR t.department_id IS ? ORDER BY t.id`).all(departmentId) as TermRow[];
}

export function findTerm(db: Db, id: number): TermRow | undefined {
  return db.prepare(`${SELECT_TERM} WHERE t.id = ?`).get(id) as TermRow | undefined;
}

export function insertTerm(db: Db, t: TermFields, at: string, version: number, id?: number): number {
  return Number(db.prepare(`INSERT INTO terms (id, term, category, severity, rationale, enabled, department_id, created_at, updated_at, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`)
    .run(id ?? null, t.term, t.category, t.severity, t.rationale, t.enabled ? 1 : 0, t.departmentId, at, at, version).lastInsertRowid);
}

export function updateTerm(db: Db, id: number, t: TermFields, at: string, version: number): void {
  db.prepare(`UPDATE terms SET term = ?, category = ?, severity = ?, rationale = ?, enabled = ?, department_id = ?, updated_at = ?, version = ?
    WHERE id = ?`).run(t.term, t.category, t.severity, t.rationale, t.enabled ? 1 : 0, t.departmentId, at, version, id);
}

export function deleteTerm(db: Db, id: number): void {
  db.prepare('DELETE FROM terms WHERE id = ?').run(id);
}

const SELECT_ALLOW = `SELECT a.*, d.name AS department_name FROM allow_phrases a LEFT JOIN departments d ON d.id = a.department_id`;

export function listAllow(db: Db, owner: Owner): AllowRow[] {
  if (owner === undefined) return db.prepare(`${SELECT_ALLOW} ORDER BY a.department_id IS NOT NULL, a.department_id, a.id`).all() as AllowRow[];
  return db.prepare(`${SELECT_ALLOW} WHERE a.department_id IS ? ORDER BY a.id`).all(owner) as AllowRow[];
}

export function allowForScan(db: Db, departmentId: number | null): AllowRow[] {
  return db.prepare(`${SELECT_ALLOW} WHERE a.enabled = 1 AND (a.department_id IS NULL OR a.department_id IS ?) ORDER BY a.id`).all(departmentId) as AllowRow[];
}

export function findAllow(db: Db, id: number): AllowRow | undefined {
  return db.prepare(`${SELECT_ALLOW} WHERE a.id = ?`).get(id) as AllowRow | undefined;
}

export function insertAllow(db: Db, a: AllowFields, at: string, version: number): number {
  return Number(db.prepare(`INSERT INTO allow_phrases (phrase, scope_kind, scope, note, enabled, department_id, created_at, version)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?)`).run(a.phrase, a.scopeKind, a.scope, a.note, a.enabled ? 1 : 0, a.departmentId, at, version).lastInsertRowid);
}

export function updateAllow(db: Db, id: number, a: AllowFields, version: number): void {
  db.prepare(`UPDATE allow_phrases SET phrase = ?, scope_kind = ?, scope = ?, note = ?, enabled = ?, department_id = ?, version = ? WHERE id = ?`)
    .run(a.phrase, a.scopeKind, a.scope, a.note, a.enabled ? 1 : 0, a.departmentId, version, id);
}

export function deleteAllow(db: Db, id: number): void {
  db.prepare('DELETE FROM allow_phrases WHERE id = ?').run(id);
}

export function distinctCategories(db: Db): string[] {
  return (db.prepare("SELECT DISTINCT category FROM terms WHERE category <> '' ORDER BY category").all() as { category: string }[]).map((r) => r.category);
}
