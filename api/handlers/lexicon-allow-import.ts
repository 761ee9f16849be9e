// The allow list in and out as CSV/XLSX. How a file is previewed and committed is
// list-import.ts, alike for terms; this says what an allow list reads, compares and writes.
import { sha256Hex } from '../../core/hash';
import { allowKey, type AllowField } from '../../core/lexicon/allow-rows';
import { exportAllowRows } from '../../core/lexicon/export';
import { readAllowFile } from '../../core/lexicon/read-file';
import type { AllowFields, AllowListRow } from '../../core/lexicon/types';
import { currentVersion, insertAllow, listAllow, updateAllow, type AllowRow } from '../../db/lexicon-repo';
import type { AllowImportPreview } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { allowFieldsOf, allowRowOf, checkDepartment, knownRule } from './lexicon-access';
import { exportFileName } from './lexicon-import';
import { commitImport, previewImport, type ListKind } from './list-import';

/**
 * An allow list: the same phrase with the same scope is the same entry, so an import may
 * change only its note and whether it is on. Whether a rule scope exists is asked of the
 * database the file is read against.
 */
const ALLOWED: ListKind<AllowField, AllowListRow, AllowRow, AllowFields, 'note' | 'enabled'> = {
  read: (db, fileName, bytes) => readAllowFile(fileName, bytes, knownRule(db)),
  stored: listAllow,
  keyOf: (a) => allowKey(allowRowOf(a)),
  fieldsOf: allowFieldsOf,
  updatable: ['note', 'enabled'],
  insert: (db, { phrase, scopeKind, scope, note, enabled }, departmentId, at, v) => {
    insertAllow(db, { phrase, scopeKind, scope, note, enabled, departmentId }, at, v);
  },
  // An allowed phrase keeps no time of its last change.
  update: (db, id, fields, _at, v) => updateAllow(db, id, fields, v),
  action: 'lexicon.allow-import',
  summary: '导入例外短语',
  noChange: { zh: '文件中的例外短语都已在列表中，没有需要导入的内容。', en: 'Every phrase in the file is already in the list; nothing to import.' },
};

export const lexiconAllowImportHandlers: Pick<HandlerMap, 'lexicon.allowImportPreview' | 'lexicon.allowImportCommit' | 'lexicon.allowExport'> = {
  'lexicon.allowImportPreview': (p, ctx): AllowImportPreview => {
    const { sample, fresh, duplicates, existing, ...verdict } = previewImport(ALLOWED, ctx.db, p);
    return {
      ...verdict,
      sample: sample.map(({ row, phrase, scopeKind, scope, note, enabled }) => ({ row, phrase, scopeKind, scope, note, enabled })),
      newPhrases: fresh,
      duplicatesInFile: duplicates.map((d) => ({ phrase: d.term, rows: d.rows })),
      existing: existing.map((e) => ({ row: e.row.row, phrase: e.row.phrase, id: e.stored.id, changes: e.changes })),
    };
  },

  'lexicon.allowImportCommit': (p, ctx) => commitImport(ALLOWED, ctx, p),

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
