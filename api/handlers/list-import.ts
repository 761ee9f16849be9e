// Importing a list file, the same way for terms (lexicon-import.ts) and allowed phrases
// (lexicon-allow-import.ts): the preview saves nothing; the commit reads the same file
// again, refuses it whole when any row is invalid or repeated, and otherwise saves it in
// one lexicon version with one audit entry. Each list says only what differs: how its
// file is read, how its stored entries are compared, and how one is written (ListKind).
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import { planImport, withChanges, type ListMerge } from '../../core/lexicon/import-plan';
import { decodeBase64File } from '../../core/lexicon/read-file';
import type { ValidatedRows } from '../../core/lexicon/rows';
import type { InvalidRow, Message, TableFormat } from '../../core/lexicon/types';
import type { Db } from '../../db/connection';
import { changeLexicon } from '../../db/lexicon-repo';
import type { ImportResult } from '../contract/lexicon';
import type { HandlerContext } from '../handler-types';
import { requireUser } from '../handler-types';
import { checkDepartment, seedIfNeeded } from './lexicon-access';

/** Lists in a preview are cut here; the counts stay exact. */
const PREVIEW_LIST = 1000;
const SAMPLE = 20;

interface Upload { fileName: string; contentBase64: string; departmentId: number | null }
type Commit = Upload & { onExisting: 'skip' | 'update' };

/** What one kind of list brings to its import. C: its columns, R: a file row, S: a stored entry, E: its fields, U: what an import may update. */
export interface ListKind<C extends string, R, S extends { id: number }, E, U extends keyof E & C> extends ListMerge<S, E, U> {
  /** Reads and validates the uploaded file (cells, header, rows with their keys). */
  read(db: Db, fileName: string, bytes: Buffer): ValidatedRows<C, R> & { format: TableFormat };
  /** The owner's stored entries, compared with the file's rows by key. */
  stored(db: Db, departmentId: number | null): S[];
  insert(db: Db, row: R, departmentId: number | null, at: string, version: number): void;
  update(db: Db, id: number, fields: E, at: string, version: number): void;
  /** The audit action of a committed import. */
  action: string;
  /** The version summary, before the file's name. */
  summary: string;
  /** What to say when every row is already in the list. */
  noChange: Message;
}

/** Reads the file and sets it against the owner's list; saves nothing. */
function readAndPlan<C extends string, R extends Pick<E, U>, S extends { id: number }, E, U extends keyof E & C & string>(
  kind: ListKind<C, R, S, E, U>, db: Db, p: Upload,
) {
  checkDepartment(db, p.departmentId);
  const bytes = decodeBase64File(p.contentBase64);
  // The file's SHA-256 goes into the audit entry: which bytes were imported.
  const table = { ...kind.read(db, p.fileName, bytes), sha256: sha256Hex(bytes) };
  return { table, plan: planImport(table.rows, kind.stored(db, p.departmentId), table.present, kind) };
}

/**
 * The preview both lists report alike: counts, invalid rows and whether the file may be
 * saved, with the first rows, repeats and existing entries for the caller to name in
 * its list's words (term or phrase).
 */
export function previewImport<C extends string, R extends Pick<E, U>, S extends { id: number }, E, U extends keyof E & C & string>(
  kind: ListKind<C, R, S, E, U>, db: Db, p: Upload,
) {
  const { table, plan } = readAndPlan(kind, db, p);
  return {
    fileName: p.fileName, format: table.format, departmentId: p.departmentId, dataRows: table.dataRows, validRows: table.rows.length,
    sample: table.rows.slice(0, SAMPLE),
    fresh: plan.fresh.length,
    duplicates: table.duplicates.slice(0, PREVIEW_LIST),
    existing: plan.existing.slice(0, PREVIEW_LIST),
    existingCount: plan.existing.length,
    unchangedCount: plan.existing.filter((e) => e.changes.length === 0).length,
    invalid: table.invalid.slice(0, PREVIEW_LIST).map((i) => ({ row: i.row, term: i.term, message: i.reason.zh, messageEn: i.reason.en })),
    invalidCount: table.invalid.length,
    canCommit: table.invalid.length === 0 && table.duplicates.length === 0 && table.rows.length > 0,
  };
}

/** A commit takes a file whole or not at all: any invalid or repeated row refuses it. */
function refuseInvalid(table: { invalid: InvalidRow[]; duplicates: unknown[] }): void {
  const invalid = table.invalid.length;
  const duplicates = table.duplicates.length;
  if (invalid === 0 && duplicates === 0) return;
  throw new ClearanceError('import-invalid',
    `文件中有 ${invalid} 行无效、${duplicates} 处重复，未导入任何内容。请先预览并修正后再导入。`,
    `The file has ${invalid} invalid rows and ${duplicates} repeated entries; nothing was imported. Preview and fix it first.`);
}

/** Saves the file's new entries (and, when asked, its changes to existing ones) in one version with its audit entry. */
export function commitImport<C extends string, R extends Pick<E, U>, S extends { id: number }, E, U extends keyof E & C & string>(
  kind: ListKind<C, R, S, E, U>, ctx: HandlerContext, p: Commit,
): ImportResult {
  const { table, plan: { fresh, existing } } = readAndPlan(kind, ctx.db, p);
  refuseInvalid(table);
  const updates = p.onExisting === 'update' ? existing.filter((e) => e.changes.length > 0) : [];
  if (fresh.length + updates.length === 0) throw new ClearanceError('no-change', kind.noChange.zh, kind.noChange.en);
  seedIfNeeded(ctx);
  const at = ctx.now.toISOString();
  const { version, snapshotSha256 } = changeLexicon(ctx.db, { at, actor: requireUser(ctx).username, summary: `${kind.summary} ${p.fileName}` }, (v) => {
    for (const r of fresh) kind.insert(ctx.db, r, p.departmentId, at, v);
    for (const u of updates) kind.update(ctx.db, u.stored.id, withChanges(kind.fieldsOf(u.stored), u.changes), at, v);
  });
  const created = fresh.length;
  const updated = updates.length;
  const skipped = existing.length - updated;
  ctx.audit(kind.action, `lexicon:${version}`, {
    fileName: p.fileName, sha256: table.sha256, format: table.format, departmentId: p.departmentId, onExisting: p.onExisting,
    created, updated, skipped, version, snapshotSha256,
  });
  return { version, created, updated, skipped };
}
