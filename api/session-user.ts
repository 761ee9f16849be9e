import type { Db } from '../db/connection';
import { findUserById, type UserRow } from '../db/users-repo';
import type { SessionUser, UserSummary } from './contract';

export function toSessionUser(u: UserRow): SessionUser {
  return {
    id: u.id, username: u.username, displayName: u.display_name, roles: u.roles,
    departmentId: u.department_id, departmentName: u.department_name,
  };
}

export function toUserSummary(u: UserRow): UserSummary {
  return { ...toSessionUser(u), disabled: u.disabled === 1, lockedUntil: u.locked_until, createdAt: u.created_at };
}

/** Re-read on every call, so a disabled account or a changed role takes effect at once. */
export function loadSessionUser(db: Db, userId: number): SessionUser | null {
  const u = findUserById(db, userId);
  return u && u.disabled === 0 ? toSessionUser(u) : null;
}
