// Drafts typed at the desk. Every save is a new immutable revision with its content hash.
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import type { Role } from '../../core/model';
import type { Db } from '../../db/connection';
import { findDepartment } from '../../db/departments-repo';
import {
  findDraft, findRevision, insertDraft, insertRevision, listDrafts, listRevisions, touchDraft, type DraftRow, type RevisionSummaryRow,
} from '../../db/drafts-repo';
import type { DraftDetail, DraftSummary, RevisionSummary, SessionUser } from '../contract';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { mayRescan } from '../contract/scans';
import { errors } from '../refusal';
import { scanTypedRevision } from '../typed-scan';

/** Roles that see every department's drafts; the others see their own department's. */
const DESK_WIDE: readonly Role[] = ['reviewer', 'leader', 'secrecy-officer', 'archivist'];

export function sees(user: SessionUser, draft: DraftRow): boolean {
  return user.roles.some((r) => DESK_WIDE.includes(r)) || draft.department_id === user.departmentId;
}

/** The author may change (type or import into) a draft while it is a draft. */
export function canEditDraft(user: SessionUser, d: DraftRow): boolean {
  return d.author_id === user.id && d.status === 'draft' && user.roles.includes('liaison');
}

/** A new draft, typed or imported, belongs to its author's own department. */
export function assertOwnDepartment(user: SessionUser, departmentId: number | null): asserts departmentId is number {
  if (departmentId === null || departmentId !== user.departmentId) throw draftRefusals.wrongDepartment();
}

export const draftRefusals = {
  wrongDepartment: () => new ClearanceError('wrong-department', '只能为本人所在部门创建稿件。', 'You can only create drafts for your own department.'),
  notEditable: () => new ClearanceError('not-editable', '只有起草人可以修改处于草稿状态的稿件。', 'Only the author can change a draft that is still a draft.'),
};

function toSummary(d: DraftRow): DraftSummary {
  return {
    id: d.id, title: d.title, departmentId: d.department_id, departmentName: d.department_name,
    authorId: d.author_id, authorName: d.author_name, status: d.status, revisions: d.revisions,
    createdAt: d.created_at, updatedAt: d.updated_at,
  };
}

function toRevision(r: RevisionSummaryRow): RevisionSummary {
  return { id: r.id, number: r.number, contentHash: r.content_hash, createdAt: r.created_at, createdBy: r.created_by_name };
}

export function detail(db: Db, user: SessionUser, id: number): DraftDetail {
  const d = findDraft(db, id);
  if (!d || !sees(user, d)) throw errors.notFound('稿件', 'Draft');
  const history = listRevisions(db, id);
  return {
    ...toSummary(d), body: findRevision(db, id)!.body_text, currentRevision: toRevision(history[0]),
    history: history.map(toRevision), canEdit: canEditDraft(user, d),
    canRescan: mayRescan(user.roles),
  };
}

export const draftHandlers: Pick<HandlerMap, 'drafts.list' | 'drafts.open' | 'drafts.create' | 'drafts.update'> = {
  'drafts.list': (_p, ctx) => {
    const user = requireUser(ctx);
    const all = user.roles.some((r) => DESK_WIDE.includes(r));
    return listDrafts(ctx.db, all ? {} : { departmentId: user.departmentId }).map(toSummary);
  },

  'drafts.open': (p, ctx) => detail(ctx.db, requireUser(ctx), p.draftId),

  'drafts.create': (p, ctx) => {
    const user = requireUser(ctx);
    if (!findDepartment(ctx.db, p.departmentId)) throw errors.notFound('部门', 'Department');
    assertOwnDepartment(user, p.departmentId);
    const at = ctx.now.toISOString();
    const id = insertDraft(ctx.db, { title: p.title, departmentId: p.departmentId, authorId: user.id, at });
    const rev = insertRevision(ctx.db, { draftId: id, body: p.body, contentHash: sha256Hex(p.body), createdBy: user.id, at });
    const findings = scanTypedRevision(ctx.db, { revisionId: rev.id, body: p.body, departmentId: p.departmentId, now: ctx.now });
    ctx.audit('drafts.create', `draft:${id}`, { title: p.title, departmentId: p.departmentId, revision: rev.number, contentHash: rev.content_hash, findings });
    return detail(ctx.db, user, id);
  },

  'drafts.update': (p, ctx) => {
    const user = requireUser(ctx);
    const current = detail(ctx.db, user, p.draftId);
    if (!current.canEdit) throw draftRefusals.notEditable();
    const hash = sha256Hex(p.body);
    if (hash === current.currentRevision.contentHash && p.title === current.title) {
      throw new ClearanceError('no-change', '内容没有变化，未保存新版本。', 'Nothing changed; no new revision was saved.');
    }
    const at = ctx.now.toISOString();
    touchDraft(ctx.db, p.draftId, p.title, at);
    const rev = insertRevision(ctx.db, { draftId: p.draftId, body: p.body, contentHash: hash, createdBy: user.id, at });
    const findings = scanTypedRevision(ctx.db, { revisionId: rev.id, body: p.body, departmentId: current.departmentId, now: ctx.now });
    ctx.audit('drafts.update', `draft:${p.draftId}`, { title: p.title, revision: rev.number, contentHash: hash, findings });
    return detail(ctx.db, user, p.draftId);
  },
};
