// Shared by the lexicon handlers: who sees which owner's entries, row → view mapping,
// which rules exist, and the seeding of the starter library on the first write.
import { ClearanceError } from '../../core/errors';
import type { AllowFields, AllowListRow, TermFields } from '../../core/lexicon/types';
import type { Role } from '../../core/model';
import type { Db } from '../../db/connection';
import { findDepartment } from '../../db/departments-repo';
import { findTerm, type AllowRow, type TermRow } from '../../db/lexicon-repo';
import type { SessionUser } from '../contract';
import { DETECTOR_IDS, type AllowPhrase, type TermEntry } from '../contract/lexicon';
import type { HandlerContext } from '../handler-types';
import { requireUser } from '../handler-types';
import { errors } from '../refusal';
import { seedStarterLexicon } from '../scan-engine';

/** Roles that see every department's lists; the others (liaison, section head) see desk-wide and their own. */
const DESK_WIDE: readonly Role[] = ['reviewer', 'secrecy-officer', 'leader', 'archivist'];

export function seesAllDepartments(user: SessionUser): boolean {
  return user.roles.some((r) => DESK_WIDE.includes(r));
}

/** Refuses a department-bound user another department's list. */
export function assertMayRead(user: SessionUser, departmentId: number | null | undefined): void {
  if (departmentId === undefined || departmentId === null || seesAllDepartments(user) || departmentId === user.departmentId) return;
  throw new ClearanceError('forbidden', '只能查看全局词库和本部门词库。', 'You can see only the desk-wide list and your own department\'s.');
}

export function checkDepartment(db: Db, departmentId: number | null | undefined): void {
  if (departmentId !== undefined && departmentId !== null && !findDepartment(db, departmentId)) throw errors.notFound('部门', 'Department');
}

/** Whether an allowed phrase's rule scope names something that exists: `term:<id>` of a stored term, or a detector. */
export function knownRule(db: Db): (rule: string) => boolean {
  return (rule) => {
    const term = /^term:(\d+)$/.exec(rule);
    return term ? findTerm(db, Number(term[1])) !== undefined : (DETECTOR_IDS as readonly string[]).includes(rule);
  };
}

export function ownerName(db: Db, departmentId: number | null): { zh: string; en: string } {
  if (departmentId === null) return { zh: '全局词库', en: 'the desk-wide list' };
  const name = findDepartment(db, departmentId)?.name ?? String(departmentId);
  return { zh: `“${name}”词库`, en: `the list of "${name}"` };
}

/** The first write of a desk without a lexicon writes the starter library first (its own version and audit entry). */
export function seedIfNeeded(ctx: HandlerContext): void {
  seedStarterLexicon(ctx.db, ctx.now, ctx.audit, requireUser(ctx).username);
}

export function toTermEntry(t: TermRow): TermEntry {
  return {
    id: t.id, term: t.term, category: t.category, severity: t.severity, rationale: t.rationale, enabled: t.enabled === 1,
    departmentId: t.department_id, departmentName: t.department_name, createdAt: t.created_at, updatedAt: t.updated_at, version: t.version,
  };
}

export function toAllowPhrase(a: AllowRow): AllowPhrase {
  return {
    id: a.id, phrase: a.phrase, scopeKind: a.scope_kind, scope: a.scope, note: a.note, enabled: a.enabled === 1,
    departmentId: a.department_id, departmentName: a.department_name, createdAt: a.created_at, version: a.version,
  };
}

export function allowRowOf(a: AllowRow): AllowListRow {
  return { phrase: a.phrase, scopeKind: a.scope_kind, scope: a.scope, note: a.note, enabled: a.enabled === 1 };
}

/** A stored term's fields as they are written (and as the audit log records them). */
export function termFieldsOf(t: TermRow): TermFields {
  return { term: t.term, category: t.category, severity: t.severity, rationale: t.rationale, enabled: t.enabled === 1, departmentId: t.department_id };
}

/** A stored allowed phrase's fields as they are written (and as the audit log records them). */
export function allowFieldsOf(a: AllowRow): AllowFields {
  return { ...allowRowOf(a), departmentId: a.department_id };
}
