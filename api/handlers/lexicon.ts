// Term libraries and the allow list: browse, edit, try. Every write opens a new
// lexicon version and appends one audit entry (plus the starter library's own, on a
// desk's very first write). Import and export: lexicon-import.ts (terms) and
// lexicon-allow-import.ts; past versions: lexicon-history.ts.
import { ClearanceError } from '../../core/errors';
import { allowKey, checkAllowFields } from '../../core/lexicon/allow-rows';
import { checkTermFields, isMessage, termKey } from '../../core/lexicon/rows';
import type { AllowFields, Message, TermFields } from '../../core/lexicon/types';
import { runDetectors } from '../../core/detectors/index';
// compose, not scan.ts: scan.ts brings the document extractors, which belong in the import worker.
import { scanTextWith } from '../../core/scan/compose';
import type { Db } from '../../db/connection';
import {
  changeLexicon, currentVersion, deleteAllow, deleteTerm, distinctCategories, findAllow, findTerm, insertAllow, insertTerm, listAllow, listTerms,
  termsOf, updateAllow, updateTerm, type TermRow,
} from '../../db/lexicon-repo';
import type { TryFinding } from '../contract/lexicon';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { errors } from '../refusal';
import { engineFor } from '../scan-engine';
import { detectorSettingHandlers } from './detector-settings';
import { lexiconAllowImportHandlers } from './lexicon-allow-import';
import { lexiconHistoryHandlers } from './lexicon-history';
import { lexiconImportHandlers } from './lexicon-import';
import {
  allowFieldsOf, allowRowOf, assertMayRead, checkDepartment, knownRule, ownerName, seedIfNeeded, seesAllDepartments, termFieldsOf, toAllowPhrase,
  toTermEntry,
} from './lexicon-access';

const noChange = () => new ClearanceError('no-change', '内容没有变化，未保存。', 'Nothing changed; nothing was saved.');
/** An entry typed at the desk that the row rules refuse: their reason (a phrase, as a file's row lists it) as a sentence. */
const invalidEntry = (code: 'invalid-term' | 'invalid-allow', why: Message) =>
  new ClearanceError(code, `${why.zh}。`, `${why.en[0].toUpperCase()}${why.en.slice(1)}.`);

function termOr404(db: Db, id: number): TermRow {
  const t = findTerm(db, id);
  if (!t) throw errors.notFound('词条', 'Term');
  return t;
}

/** Whether a save would write what is stored already (every field of an entry is a primitive). */
function sameFields<F extends object>(a: F, b: F): boolean {
  const keys = Object.keys(a) as Array<keyof F>;
  return keys.length === Object.keys(b).length && keys.every((k) => a[k] === b[k]);
}

/** Refuses an invalid allowed phrase; gives the valid one's comparison key. */
function checkAllow(db: Db, a: AllowFields): string {
  const checked = checkAllowFields(a, knownRule(db));
  if (isMessage(checked)) throw invalidEntry('invalid-allow', checked);
  return checked.key;
}

export const lexiconHandlers: Pick<HandlerMap,
  'lexicon.list' | 'lexicon.saveTerm' | 'lexicon.deleteTerm' | 'lexicon.allowList' | 'lexicon.saveAllow' | 'lexicon.deleteAllow' |
  'lexicon.importPreview' | 'lexicon.importCommit' | 'lexicon.export' | 'lexicon.try' |
  'lexicon.allowImportPreview' | 'lexicon.allowImportCommit' | 'lexicon.allowExport' | 'lexicon.versions' | 'lexicon.exportVersion' |
  'detectors.settings' | 'detectors.saveSetting' | 'detectors.resetSetting'> = {
  'lexicon.list': (p, ctx) => {
    const user = requireUser(ctx);
    assertMayRead(user, p.departmentId);
    const visibleTo = p.departmentId === undefined && !seesAllDepartments(user) ? user.departmentId : undefined;
    const page = listTerms(ctx.db, {
      query: p.query || undefined, category: p.category, severity: p.severity, owner: p.departmentId, visibleTo,
      includeDisabled: p.includeDisabled, limit: p.limit, offset: p.offset,
    });
    return { version: currentVersion(ctx.db), total: page.total, terms: page.rows.map(toTermEntry), categories: distinctCategories(ctx.db) };
  },

  'lexicon.saveTerm': (p, ctx) => {
    checkDepartment(ctx.db, p.departmentId);
    const fields: TermFields = {
      term: p.term.trim(), category: p.category, severity: p.severity, rationale: p.rationale, enabled: p.enabled, departmentId: p.departmentId,
    };
    const checked = checkTermFields(fields);
    if (isMessage(checked)) throw invalidEntry('invalid-term', checked);
    const before = p.id === undefined ? undefined : termOr404(ctx.db, p.id);
    const { key } = checked;
    const clash = termsOf(ctx.db, p.departmentId).find((t) => t.id !== p.id && termKey(t.term) === key);
    if (clash) {
      const o = ownerName(ctx.db, p.departmentId);
      throw new ClearanceError('term-exists', `${o.zh}中已有词条“${clash.term}”（编号 ${clash.id}），与“${fields.term}”视为同一词条。请修改原词条。`,
        `${o.en} already has "${clash.term}" (id ${clash.id}), which matches "${fields.term}" alike; edit that entry instead.`);
    }
    if (before && sameFields(termFieldsOf(before), fields)) throw noChange();
    seedIfNeeded(ctx);
    const at = ctx.now.toISOString();
    const actor = requireUser(ctx).username;
    if (before) {
      const { version, snapshotSha256 } = changeLexicon(ctx.db, { at, actor, summary: `修改词条 ${before.id}` }, (v) => updateTerm(ctx.db, before.id, fields, at, v));
      ctx.audit('lexicon.update-term', `term:${before.id}`, { version, snapshotSha256, from: termFieldsOf(before), to: fields });
      return { version, term: toTermEntry(findTerm(ctx.db, before.id)!) };
    }
    const { version, snapshotSha256, value: id } = changeLexicon(ctx.db, { at, actor, summary: `新增词条 ${fields.term}` }, (v) => insertTerm(ctx.db, fields, at, v));
    ctx.audit('lexicon.create-term', `term:${id}`, { version, snapshotSha256, ...fields });
    return { version, term: toTermEntry(findTerm(ctx.db, id)!) };
  },

  'lexicon.deleteTerm': (p, ctx) => {
    const t = termOr404(ctx.db, p.id);
    seedIfNeeded(ctx);
    const { version, snapshotSha256 } = changeLexicon(ctx.db, { at: ctx.now.toISOString(), actor: requireUser(ctx).username, summary: `删除词条 ${t.id}` },
      () => deleteTerm(ctx.db, t.id));
    ctx.audit('lexicon.delete-term', `term:${t.id}`, { version, snapshotSha256, ...termFieldsOf(t) });
    return { version };
  },

  'lexicon.allowList': (p, ctx) => {
    assertMayRead(requireUser(ctx), p.departmentId);
    checkDepartment(ctx.db, p.departmentId);
    const user = requireUser(ctx);
    let rows = listAllow(ctx.db, p.departmentId);
    if (p.departmentId === undefined && !seesAllDepartments(user)) rows = rows.filter((a) => a.department_id === null || a.department_id === user.departmentId);
    return { version: currentVersion(ctx.db), phrases: rows.map(toAllowPhrase) };
  },

  'lexicon.saveAllow': (p, ctx) => {
    checkDepartment(ctx.db, p.departmentId);
    const fields: AllowFields = {
      phrase: p.phrase, scopeKind: p.scopeKind, scope: p.scope, note: p.note, enabled: p.enabled, departmentId: p.departmentId,
    };
    const key = checkAllow(ctx.db, fields);
    const before = p.id === undefined ? undefined : findAllow(ctx.db, p.id);
    if (p.id !== undefined && !before) throw errors.notFound('例外短语', 'Allowed phrase');
    const clash = listAllow(ctx.db, p.departmentId).find((a) => a.id !== p.id && allowKey(allowRowOf(a)) === key);
    if (clash) {
      throw new ClearanceError('allow-exists', `已有相同的例外短语“${clash.phrase}”（编号 ${clash.id}）。`, `The same allowed phrase "${clash.phrase}" exists (id ${clash.id}).`);
    }
    const was = before && allowFieldsOf(before);
    if (was && sameFields(was, fields)) throw noChange();
    seedIfNeeded(ctx);
    const at = ctx.now.toISOString();
    const { version, snapshotSha256, value: id } = changeLexicon(ctx.db, { at, actor: requireUser(ctx).username, summary: `${before ? '修改' : '新增'}例外短语 ${fields.phrase}` },
      (v) => {
        if (!before) return insertAllow(ctx.db, fields, at, v);
        updateAllow(ctx.db, before.id, fields, v);
        return before.id;
      });
    if (before) ctx.audit('lexicon.update-allow', `allow:${id}`, { version, snapshotSha256, from: was, to: fields });
    else ctx.audit('lexicon.create-allow', `allow:${id}`, { version, snapshotSha256, ...fields });
    return { version, phrase: toAllowPhrase(findAllow(ctx.db, id)!) };
  },

  'lexicon.deleteAllow': (p, ctx) => {
    const a = findAllow(ctx.db, p.id);
    if (!a) throw errors.notFound('例外短语', 'Allowed phrase');
    seedIfNeeded(ctx);
    const { version, snapshotSha256 } = changeLexicon(ctx.db, { at: ctx.now.toISOString(), actor: requireUser(ctx).username, summary: `删除例外短语 ${a.id}` },
      () => deleteAllow(ctx.db, a.id));
    ctx.audit('lexicon.delete-allow', `allow:${a.id}`, { version, snapshotSha256, phrase: a.phrase, scopeKind: a.scope_kind, scope: a.scope, departmentId: a.department_id });
    return { version };
  },

  'lexicon.try': (p, ctx) => {
    const user = requireUser(ctx);
    const departmentId = p.departmentId === undefined ? user.departmentId : p.departmentId;
    assertMayRead(user, departmentId);
    checkDepartment(ctx.db, departmentId);
    const engine = engineFor(ctx.db, departmentId, ctx.now);
    const groups = new Map<number, string>();
    const findings: TryFinding[] = scanTextWith(p.text, 'body', engine, runDetectors).map(({ layer: _layer, ...f }) => {
      const termId = /^term:(\d+)$/.exec(f.rule)?.[1];
      if (termId === undefined) return f;
      const id = Number(termId);
      if (!groups.has(id)) groups.set(id, findTerm(ctx.db, id)?.category ?? '');
      return { ...f, group: groups.get(id) };
    });
    return { version: Number(engine.libraryVersion), findings };
  },

  ...lexiconImportHandlers,
  ...lexiconAllowImportHandlers,
  ...lexiconHistoryHandlers,
  ...detectorSettingHandlers,
};
