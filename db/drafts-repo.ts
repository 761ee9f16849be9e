// Drafts and their revisions. A revision is never changed: saving writes a new one.
import type { Db } from './connection';

export interface DraftRow {
  id: number;
  title: string;
  department_id: number;
  department_name: string;
  author_id: number;
  author_name: string;
  status: 'draft';
  created_at: string;
  updated_at: string;
  revisions: number;
}

/** A revision without its text: what lists and histories need. */
export interface RevisionSummaryRow {
  id: number;
  draft_id: number;
  number: number;
  content_hash: string;
  created_by: number;
  created_by_name: string;
  created_at: string;
  source: 'typed' | 'import';
  file_name: string | null;
  file_sha256: string | null;
  format: string | null;
}

export interface RevisionRow extends RevisionSummaryRow {
  body_text: string;
}

const SELECT_DRAFT = `SELECT dr.*, d.name AS department_name, u.display_name AS author_name,
  (SELECT count(*) FROM draft_revisions r WHERE r.draft_id = dr.id) AS revisions
  FROM drafts dr JOIN departments d ON d.id = dr.department_id JOIN users u ON u.id = dr.author_id`;

export function listDrafts(db: Db, scope: { departmentId?: number | null }): DraftRow[] {
  if (scope.departmentId !== undefined) {
    return db.prepare(`${SELECT_DRAFT} WHERE dr.department_id IS ? ORDER BY dr.updated_at DESC, dr.id DESC`).all(scope.departmentId) as DraftRow[];
  }
  return db.prepare(`${SELECT_DRAFT} ORDER BY dr.updated_at DESC, dr.id DESC`).all() as DraftRow[];
}

export function findDraft(db: Db, id: number): DraftRow | undefined {
  return db.prepare(`${SELECT_DRAFT} WHERE dr.id = ?`).get(id) as DraftRow | undefined;
}

export function insertDraft(db: Db, d: { title: string; departmentId: number; authorId: number; at: string }): number {
  return Number(db.prepare(`INSERT INTO drafts (title, department_id, author_id, created_at, updated_at)
    VALUES (?, ?, ?, ?, ?)`).run(d.title, d.departmentId, d.authorId, d.at, d.at).lastInsertRowid);
}

export function touchDraft(db: Db, id: number, title: string, at: string): void {
  db.prepare('UPDATE drafts SET title = ?, updated_at = ? WHERE id = ?').run(title, at, id);
}

export interface NewRevision {
  draftId: number;
  body: string;
  contentHash: string;
  createdBy: number;
  at: string;
  /** Set for a revision imported from a file (the bytes are in `blobs`). */
  file?: { name: string; sha256: string; format: string };
}

export function insertRevision(db: Db, r: NewRevision): RevisionSummaryRow {
  const next = (db.prepare('SELECT coalesce(max(number), 0) + 1 AS n FROM draft_revisions WHERE draft_id = ?').get(r.draftId) as { n: number }).n;
  const { lastInsertRowid } = db.prepare(`INSERT INTO draft_revisions (draft_id, number, body_text, content_hash, created_by, created_at, source, file_name, file_sha256, format)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`).run(r.draftId, next, r.body, r.contentHash, r.createdBy, r.at,
    r.file ? 'import' : 'typed', r.file?.name ?? null, r.file?.sha256 ?? null, r.file?.format ?? null);
  // The summary only: reading the row back whole would load the text just written.
  return findRevisionById(db, Number(lastInsertRowid))!;
}

const SUMMARY_COLUMNS = `r.id, r.draft_id, r.number, r.content_hash, r.created_by, r.created_at, r.source, r.file_name,
  r.file_sha256, r.format, u.display_name AS created_by_name`;

/** Newest first, without the texts (a draft's history may hold many large bodies). */
export function listRevisions(db: Db, draftId: number): RevisionSummaryRow[] {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM draft_revisions r
    JOIN users u ON u.id = r.created_by WHERE r.draft_id = ? ORDER BY r.number DESC`).all(draftId) as RevisionSummaryRow[];
}

/** One revision with its text: the given number, or the newest. */
export function findRevision(db: Db, draftId: number, number?: number): RevisionRow | undefined {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS}, r.body_text FROM draft_revisions r JOIN users u ON u.id = r.created_by
    WHERE r.draft_id = ? AND (? IS NULL OR r.number = ?) ORDER BY r.number DESC LIMIT 1`)
    .get(draftId, number ?? null, number ?? null) as RevisionRow | undefined;
}

/** One revision without its text, by its own id. */
export function findRevisionById(db: Db, revisionId: number): RevisionSummaryRow | undefined {
  return db.prepare(`SELECT ${SUMMARY_COLUMNS} FROM draft_revisions r JOIN users u ON u.id = r.created_by WHERE r.id = ?`)
    .get(revisionId) as RevisionSummaryRow | undefined;
}
