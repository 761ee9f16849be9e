// Term lists in and out as CSV/XLSX (the allow list's: lexicon-allow-import.ts). How a
// file is previewed and committed is list-import.ts; this says what a term list reads,
// compares and writes.
import { sha256Hex } from '../../core/hash';
import { exportRows } from '../../core/lexicon/export';
import { readLexiconFile } from '../../core/lexicon/read-file';
import { termKey, type Field } from '../../core/lexicon/rows';
import type { LexiconRow, TermFields } from '../../core/lexicon/types';
import type { Db } from '../../db/connection';
import { currentVersion, insertTerm, termsOf, updateTerm, type TermRow } from '../../db/lexicon-repo';
import type { ImportPreview } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { checkDepartment, ownerName, termFieldsOf } from './lexicon-access';
import { commitImport, previewImport, type ListKind } from './list-import';

/** A term list: terms compared as the matcher folds them; an import may change all but the term itself. */
const TERMS: ListKind<Field, LexiconRow, TermRow, TermFields, 'category' | 'severity' | 'rationale' | 'enabled'> = {
  read: (_db, fileName, bytes) => readLexiconFile(fileName, bytes),
  stored: termsOf,
  keyOf: (t) => termKey(t.term),
  fieldsOf: termFieldsOf,
  updatable: ['category', 'severity', 'rationale', 'enabled'],
  insert: (db, { term, category, severity, rationale, enabled }, departmentId, at, v) => {
    insertTerm(db, { term, category, severity, rationale, enabled, departmentId }, at, v);
  },
  update: updateTerm,
  action: 'lexicon.import',
  summary: '导入',
  noChange: { zh: '文件中的词条都已在词库中，没有需要导入的内容。', en: 'Every term in the file is already in the list; nothing to import.' },
};

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
    const { sample, fresh, duplicates, existing, ...verdict } = previewImport(TERMS, ctx.db, p);
    return {
      ...verdict,
      sample: sample.map(({ row, term, category, severity, rationale, enabled }) => ({ row, term, category, severity, rationale, enabled })),
      newTerms: fresh,
      duplicatesInFile: duplicates,
      existing: existing.map((e) => ({ row: e.row.row, term: e.row.term, id: e.stored.id, changes: e.changes })),
    };
  },

  'lexicon.importCommit': (p, ctx) => commitImport(TERMS, ctx, p),

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
