// The allow list in and out as CSV/XLSX, with the term import's rules: the preview saves
// nothing; the commit re-reads the same file, refuses it whole when any row is invalid
// or repeated, and otherwise saves it in one version with one audit entry.
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import { allowKey, type ValidatedAllowTable } from '../../core/lexicon/allow-rows';
import { exportAllowRows } from '../../core/lexicon/export';
import { readAllowFile } from '../../core/lexicon/read-file';
import type { TableFormat } from '../../core/lexicon/types';
import type { Db } from '../../db/connection';
import { changeLexicon, currentVersion, insertAllow, listAllow, updateAllow, type AllowRow } from '../../db/lexicon-repo';
import type { AllowImportPreview } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { allowRowOf, checkDepartment, knownRule, seedIfNeeded } from './lexicon-access';
import { exportFileName, importAuditDetails, PREVIEW_LIST, previewVerdict, refuseInvalid, SAMPLE, uploadBytes, type Upload } from './lexicon-import';

type Change = AllowImportPreview['existing'][number]['changes'][number];
type Row = ValidatedAllowTable['rows'][number];

function readUpload(db: Db, p: Upload): ValidatedAllowTable & { format: TableFormat; sha256: string } {
  const { bytes, sha256 } = uploadBytes(p);
  return { ...readAllowFile(p.fileName, bytes, knownRule(db)), sha256 };
}

/** Which rows are new to this owner's list and what the others would change (only in columns the file has). */
function plan(db: Db, table: ValidatedAllowTable, departmentId: number | null) {
  const stored = new Map(listAllow(db, departmentId).map((a) => [allowKey(allowRowOf(a)), a]));
  const fresh: Row[] = [];
  const existing: Array<{ row: Row; stored: AllowRow; changes: Change[] }> = [];
  for (const row of table.rows) {
    const a = stored.get(row.key);
    if (!a) { fresh.push(row); continue; }
    const changes: Change[] = [];
    if (table.present.includes('note') && a.note !== row.note) changes.push({ field: 'note', from: a.note, to: row.note });
    if (table.present.includes('enabled') && (a.enabled === 1) !== row.enabled) changes.push({ field: 'enabled', from: a.enabled === 1, to: row.enabled });
    existing.push({ row, stored: a, changes });
  }
  return { fresh, existing };
}

export const lexiconAllowImportHandlers: Pick<HandlerMap, 'lexicon.allowImportPreview' | 'lexicon.allowImportCommit' | 'lexicon.allowExport'> = {
  'lexicon.allowImportPreview': (p, ctx): AllowImportPreview => {
    checkDepartment(ctx.db, p.departmentId);
    const table = readUpload(ctx.db, p);
    const pl = plan(ctx.db, table, p.departmentId);
    return {
      fileName: p.fileName, format: table.format, departmentId: p.departmentId, dataRows: table.dataRows, validRows: table.rows.length,
      sample: table.rows.slice(0, SAMPLE).map(({ row, phrase, scopeKind, scope, note, enabled }) => ({ row, phrase, scopeKind, scope, note, enabled })),
      newPhrases: pl.fresh.length,
      duplicatesInFile: table.duplicates.slice(0, PREVIEW_LIST).map((d) => ({ phrase: d.term, rows: d.rows })),
      existing: pl.existing.slice(0, PREVIEW_LIST).map((e) => ({ row: e.row.row, phrase: e.row.phrase, id: e.stored.id, changes: e.changes })),
      ...previewVerdict(table, pl.existing),
    };
  },

  'lexicon.allowImportCommit': (p, ctx) => {
    checkDepartment(ctx.db, p.departmentId);
    const table = readUpload(ctx.db, p);
    refuseInvalid(table);
    const pl = plan(ctx.db, table, p.departmentId);
    const updates = p.onExisting === 'update' ? pl.existing.filter((e) => e.changes.length > 0) : [];
    const skipped = pl.existing.length - updates.length;
    if (pl.fresh.length + updates.length === 0) {
      throw new ClearanceError('no-change', '文件中的例外短语都已在列表中，没有需要导入的内容。', 'Every phrase in the file is already in the list; nothing to import.');
    }
    seedIfNeeded(ctx);
    const at = ctx.now.toISOString();
    const { version, snapshotSha256 } = changeLexicon(ctx.db, { at, actor: requireUser(ctx).username, summary: `导入例外短语 ${p.fileName}` }, (v) => {
      for (const r of pl.fresh) {
        insertAllow(ctx.db, { phrase: r.phrase, scopeKind: r.scopeKind, scope: r.scope, note: r.note, enabled: r.enabled, departmentId: p.departmentId }, at, v);
      }
      for (const u of updates) {
        const merged = { ...allowRowOf(u.stored), departmentId: u.stored.department_id };
        for (const c of u.changes) Object.assign(merged, { [c.field]: c.to });
        updateAllow(ctx.db, u.stored.id, merged, v);
      }
    });
    const result = { version, created: pl.fresh.length, updated: updates.length, skipped };
    ctx.audit('lexicon.allow-import', `lexicon:${version}`, importAuditDetails(p, table, result, snapshotSha256));
    return result;
  },

  'lexicon.allowExport': (p, ctx) => {
    const departmentId = p.departmentId ?? null;
    checkDepartment(ctx.db, departmentId);
    const rows = listAllow(ctx.db, departmentId).map(allowRowOf);
    const bytes = exportAllowRows(rows, p.format, ctx.now);
    const version = currentVersion(ctx.db);
    ctx.audit('lexicon.allow-export', `lexicon:${version}`, { format: p.format, departmentId, phrases: rows.length, sha256: sha256Hex(bytes) });
    return { fileName: exportFileName(ctx.db, '例外短语', departmentId, version, p.format), contentBase64: bytes.toString('base64'), rows: rows.length };
  },
};
