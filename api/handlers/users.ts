// Accounts, roles and departments: the administrator's work.
import { ClearanceError } from '../../core/errors';
import { hashPassword } from '../../core/crypto/passwords';
import { generateSigningKey } from '../../core/crypto/signing-keys';
import {
  findDepartment, findDepartmentByName, insertDepartment, listDepartments, renameDepartment, type DepartmentRow,
} from '../../db/departments-repo';
import type { Db } from '../../db/connection';
import {
  findUserById, findUserByName, insertUser, listUsers, setCredentials, setDepartment, setDisabled, setRoles, type UserRow,
} from '../../db/users-repo';
import type { Department } from '../contract';
import type { HandlerContext, HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { errors } from '../refusal';
import { toUserSummary } from '../session-user';
import { checkPasswordPolicy } from './password-policy';

function userOr404(db: Db, id: number): UserRow {
  const u = findUserById(db, id);
  if (!u) throw errors.notFound('用户', 'User');
  return u;
}

function departmentOr404(db: Db, id: number): DepartmentRow {
  const d = findDepartment(db, id);
  if (!d) throw errors.notFound('部门', 'Department');
  return d;
}

function toDepartment(d: DepartmentRow): Department {
  return { id: d.id, name: d.name, createdAt: d.created_at };
}

/** An admin must not lock the desk out of its own administration. */
function assertNotSelfDemotion(ctx: HandlerContext, userId: number, what: 'roles' | 'disable'): void {
  if (userId !== requireUser(ctx).id) return;
  throw new ClearanceError('self-lockout',
    what === 'roles' ? '不能修改自己的角色，请由另一位管理员操作。' : '不能停用自己的账户。',
    what === 'roles' ? 'You cannot change your own roles; ask another administrator.' : 'You cannot disable your own account.');
}

export const userHandlers: Pick<HandlerMap,
  'users.list' | 'users.create' | 'users.setRoles' | 'users.setDepartment' | 'users.setDisabled' | 'users.resetPassword' |
  'departments.list' | 'departments.create' | 'departments.rename'> = {
  'users.list': (_p, { db }) => listUsers(db).map(toUserSummary),

  'users.create': (p, ctx) => {
    if (findUserByName(ctx.db, p.username)) {
      throw new ClearanceError('username-taken', `用户名“${p.username}”已存在。`, `The username "${p.username}" is taken.`);
    }
    if (p.departmentId !== null) departmentOr404(ctx.db, p.departmentId);
    checkPasswordPolicy(p.password, ctx.settings);
    const key = generateSigningKey(p.password);
    const id = insertUser(ctx.db, {
      username: p.username, displayName: p.displayName, departmentId: p.departmentId, roles: p.roles,
      passwordHash: hashPassword(p.password), publicKey: key.publicKey, sealedPrivateKey: key.sealedPrivateKey,
      createdAt: ctx.now.toISOString(),
    });
    ctx.audit('users.create', `user:${p.username}`, { roles: p.roles, departmentId: p.departmentId, displayName: p.displayName });
    return toUserSummary(findUserById(ctx.db, id)!);
  },

  'users.setRoles': (p, ctx) => {
    const u = userOr404(ctx.db, p.userId);
    assertNotSelfDemotion(ctx, u.id, 'roles');
    setRoles(ctx.db, u.id, p.roles);
    ctx.audit('users.set-roles', `user:${u.username}`, { from: u.roles, to: p.roles });
    return toUserSummary(findUserById(ctx.db, u.id)!);
  },

  'users.setDepartment': (p, ctx) => {
    const u = userOr404(ctx.db, p.userId);
    if (p.departmentId !== null) departmentOr404(ctx.db, p.departmentId);
    setDepartment(ctx.db, u.id, p.departmentId);
    ctx.audit('users.set-department', `user:${u.username}`, { from: u.department_id, to: p.departmentId });
    return toUserSummary(findUserById(ctx.db, u.id)!);
  },

  'users.setDisabled': (p, ctx) => {
    const u = userOr404(ctx.db, p.userId);
    if (p.disabled) assertNotSelfDemotion(ctx, u.id, 'disable');
    setDisabled(ctx.db, u.id, p.disabled);
    if (p.disabled) ctx.sessions.forgetUser(u.id);
    ctx.audit(p.disabled ? 'users.disable' : 'users.enable', `user:${u.username}`);
    return toUserSummary(findUserById(ctx.db, u.id)!);
  },

  'users.resetPassword': (p, ctx) => {
    const u = userOr404(ctx.db, p.userId);
    checkPasswordPolicy(p.newPassword, ctx.settings);
    const key = generateSigningKey(p.newPassword);
    setCredentials(ctx.db, u.id, hashPassword(p.newPassword), key.publicKey, key.sealedPrivateKey);
    ctx.sessions.forgetUser(u.id);
    ctx.audit('users.reset-password', `user:${u.username}`, { newSigningKey: true });
    return toUserSummary(findUserById(ctx.db, u.id)!);
  },

  'departments.list': (_p, { db }) => listDepartments(db).map(toDepartment),

  'departments.create': (p, ctx) => {
    if (findDepartmentByName(ctx.db, p.name)) {
      throw new ClearanceError('department-exists', `部门“${p.name}”已存在。`, `The department "${p.name}" already exists.`);
    }
    const id = insertDepartment(ctx.db, p.name, ctx.now.toISOString());
    ctx.audit('departments.create', `department:${id}`, { name: p.name });
    return toDepartment(findDepartment(ctx.db, id)!);
  },

  'departments.rename': (p, ctx) => {
    const d = departmentOr404(ctx.db, p.departmentId);
    const other = findDepartmentByName(ctx.db, p.name);
    if (other && other.id !== d.id) {
      throw new ClearanceError('department-exists', `部门“${p.name}”已存在。`, `The department "${p.name}" already exists.`);
    }
    renameDepartment(ctx.db, d.id, p.name);
    ctx.audit('departments.rename', `department:${d.id}`, { from: d.name, to: p.name });
    return toDepartment(findDepartment(ctx.db, d.id)!);
  },
};
