// Term lists in and out as CSV/XLSX (the allow list's are in lexicon-allow-import.ts). The preview saves nothing; the commit re-reads
// the same file, refuses it whole when any row is invalid or repeated, and otherwise
// saves it in one version with one audit entry.
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import { decodeBase64File, readLexiconFile, type ReadTable } from '../../core/lexicon/read-file';
import { exportRows } from '../../core/lexicon/export';
import { termKey } from '../../core/lexicon/rows';
import type { InvalidRow, ParsedRow } from '../../core/lexicon/types';
import type { Db } from '../../db/connection';
import { changeLexicon, currentVersion, insertTerm, termsOf, updateTerm, type TermRow } from '../../db/lexicon-repo';
import type { FieldChange, ImportPreview } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { checkDepartment, ownerName, seedIfNeeded } from './lexicon-access';

/** Lists in a preview are cut here; the counts stay exact. */
export const PREVIEW_LIST = 1000;
export const SAMPLE = 20;
const UPDATABLE = ['category', 'severity', 'rationale', 'enabled'] as const;

export interface Upload { fileName: string; contentBase64: string; departmentId: number | null }

/** The uploaded bytes, size-checked, with their SHA-256 for the audit entry. */
export function uploadBytes(p: Upload): { bytes: Buffer; sha256: string } {
  const bytes = decodeBase64File(p.contentBase64);
  return { bytes, sha256: sha256Hex(bytes) };
}

function readUpload(p: Upload): ReadTable & { sha256: string } {
  const { bytes, sha256 } = uploadBytes(p);
  return { ...readLexiconFile(p.fileName, bytes), sha256 };
}

/** The refusal of a file with invalid or repeated rows: all or nothing. */
interface CheckedTable { rows: unknown[]; invalid: InvalidRow[]; duplicates: unknown[] }

/** A commit takes a file whole or not at all: any invalid or repeated row refuses it. */
export function refuseInvalid(table: CheckedTable): void {
  const invalid = table.invalid.length;
  const duplicates = table.duplicates.length;
  if (invalid === 0 && duplicates === 0) return;
  throw new ClearanceError('import-invalid',
    `文件中有 ${invalid} 行无效、${duplicates} 处重复，未导入任何内容。请先预览并修正后再导入。`,
    `The file has ${invalid} invalid rows and ${duplicates} repeated entries; nothing was imported. Preview and fix it first.`);
}

/** What the previews of both lists report alike: entries already there, invalid rows, and whether the file may be saved. */
export function previewVerdict(table: CheckedTable, existing: ReadonlyArray<{ changes: readonly unknown[] }>) {
  return {
    existingCount: existing.length,
    unchangedCount: existing.filter((e) => e.changes.length === 0).length,
    invalid: table.invalid.slice(0, PREVIEW_LIST).map((i) => ({ row: i.row, term: i.term, message: i.reason.zh, messageEn: i.reason.en })),
    invalidCount: table.invalid.length,
    canCommit: table.invalid.length === 0 && table.duplicates.length === 0 && table.rows.length > 0,
  };
}

/** The audit details of a committed import, alike for both lists: which file, into which list, what it changed. */
export function importAuditDetails(p: Upload & { onExisting: string }, table: { sha256: string; format: string },
  result: { version: number; created: number; updated: number; skipped: number }, snapshotSha256: string) {
  return {
    fileName: p.fileName, sha256: table.sha256, format: table.format, departmentId: p.departmentId, onExisting: p.onExisting,
    created: result.created, updated: result.updated, skipped: result.skipped, version: result.version, snapshotSha256,
  };
}

interface Plan {
  fresh: ParsedRow[];
  existing: Array<{ row: ParsedRow; stored: TermRow; changes: FieldChange[] }>;
}

/** Which rows are new to this owner's list and what the others would change (only in columns the file has). */
function plan(db: Db, table: ReadTable, departmentId: number | null): Plan {
  const stored = new Map(termsOf(db, departmentId).map((t) => [termKey(t.term), t]));
  const out: Plan = { fresh: [], existing: [] };
  for (const row of table.rows) {
    const t = stored.get(row.key);
    if (!t) { out.fresh.push(row); continue; }
    const changes: FieldChange[] = [];
    for (const field of UPDATABLE) {
      if (!table.present.includes(field)) continue;
      const from = field === 'enabled' ? t.enabled === 1 : t[field];
      if (from !== row[field]) changes.push({ field, from, to: row[field] });
    }
    out.existing.push({ row, stored: t, changes });
  }
  return out;
}

function merged(stored: TermRow, change: FieldChange[]) {
  const fields = { term: stored.term, category: stored.category, severity: stored.severity, rationale: stored.rationale, enabled: stored.enabled === 1, departmentId: stored.department_id };
  for (const c of change) Object.assign(fields, { [c.field]: c.to });
  return fields;
}

function safeName(s: string): string {
  return s.replace(/[\\/:*?"<>|\u0000-\u001f]/g, '_').slice(0, 60);
}

/** 词库-全局-v12.csv, 例外短语-办公室-v12.xlsx: what, whose, which version. */
export function exportFileName(db: Db, what: '词库' | '例外短语', departmentId: number | null, version: number, format: string): string {
  const owner = departmentId === null ? '全局' : ownerName(db, departmentId).zh.replace(/[“”]|词库/g, '');
  return `${what}-${safeName(owner)}-v${version}.${format}`;
}

export const lexiconImportHandlers: Pick<HandlerMap, 'lexicon.importPreview' | 'lexicon.importCommit' | 'lexicon.export'> = {
  'lexicon.importPreview': (p, ctx): ImportPreview => {
    checkDepartment(ctx.db, p.departmentId);
    const table = readUpload(p);
    const pl = plan(ctx.db, table, p.departmentId);
    return {
      fileName: p.fileName, format: table.format, departmentId: p.departmentId, dataRows: table.dataRows, validRows: table.rows.length,
      sample: table.rows.slice(0, SAMPLE).map(({ row, term, category, severity, rationale, enabled }) => ({ row, term, category, severity, rationale, enabled })),
      newTerms: pl.fresh.length,
      duplicatesInFile: table.duplicates.slice(0, PREVIEW_LIST),
      existing: pl.existing.slice(0, PREVIEW_LIST).map((e) => ({ row: e.row.row, term: e.row.term, id: e.stored.id, changes: e.changes })),
      ...previewVerdict(table, pl.existing),
    };
  },

  'lexicon.importCommit': (p, ctx) => {
    checkDepartment(ctx.db, p.departmentId);
    const table = readUpload(p);
    refuseInvalid(table);
    const pl = plan(ctx.db, table, p.departmentId);
    const updates = p.onExisting === 'update' ? pl.existing.filter((e) => e.changes.length > 0) : [];
    const skipped = pl.existing.length - updates.length;
    if (pl.fresh.length + updates.length === 0) {
      throw new ClearanceError('no-change', '文件中的词条都已在词库中，没有需要导入的内容。', 'Every term in the file is already in the list; nothing to import.');
    }
    seedIfNeeded(ctx);
    const at = ctx.now.toISOString();
    const { version, snapshotSha256 } = changeLexicon(ctx.db, { at, actor: requireUser(ctx).username, summary: `导入 ${p.fileName}` }, (v) => {
      for (const r of pl.fresh) {
        insertTerm(ctx.db, { term: r.term, category: r.category, severity: r.severity, rationale: r.rationale, enabled: r.enabled, departmentId: p.departmentId }, at, v);
      }
      for (const u of updates) updateTerm(ctx.db, u.stored.id, merged(u.stored, u.changes), at, v);
    });
    const result = { version, created: pl.fresh.length, updated: updates.length, skipped };
    ctx.audit('lexicon.import', `lexicon:${version}`, importAuditDetails(p, table, result, snapshotSha256));
    return result;
  },

  'lexicon.export': (p, ctx) => {
    const departmentId = p.departmentId ?? null;
    checkDepartment(ctx.db, departmentId);
    const rows = termsOf(ctx.db, departmentId).map((t) => ({
      term: t.term, category: t.category, severity: t.severity, rationale: t.rationale, enabled: t.enabled === 1,
    }));
    const bytes = exportRows(rows, p.format, ctx.now);
    const version = currentVersion(ctx.db);
    const fileName = exportFileName(ctx.db, '词库', departmentId, version, p.format);
    ctx.audit('lexicon.export', `lexicon:${version}`, {
      format: p.format, departmentId, terms: rows.length, sha256: sha256Hex(bytes),
    });
    return { fileName, contentBase64: bytes.toString('base64'), terms: rows.length };
  },
};
