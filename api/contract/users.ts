import { z } from 'zod';
import { method, roles, SIGNED_IN } from './method';
import { departmentName, displayName, empty, id, password, roleList, username } from './fields';
import type { Department, UserSummary } from './types';

const ADMIN = roles('admin');

export const usersContract = {
  'users.list': method<UserSummary[]>()({ params: empty, access: ADMIN, mutates: false }),
  'users.create': method<UserSummary>()({
    params: z.object({ username, displayName, password, roles: roleList, departmentId: id.nullable() }).strict(),
    access: ADMIN, mutates: true,
  }),
  'users.setRoles': method<UserSummary>()({
    params: z.object({ userId: id, roles: roleList }).strict(), access: ADMIN, mutates: true,
  }),
  'users.setDepartment': method<UserSummary>()({
    params: z.object({ userId: id, departmentId: id.nullable() }).strict(), access: ADMIN, mutates: true,
  }),
  'users.setDisabled': method<UserSummary>()({
    params: z.object({ userId: id, disabled: z.boolean() }).strict(), access: ADMIN, mutates: true,
  }),
  /** Sets a new password, clears a lockout and issues a new signing key (the old one cannot be unsealed). */
  'users.resetPassword': method<UserSummary>()({
    params: z.object({ userId: id, newPassword: password }).strict(), access: ADMIN, mutates: true,
  }),
  'departments.list': method<Department[]>()({ params: empty, access: SIGNED_IN, mutates: false }),
  'departments.create': method<Department>()({
    params: z.object({ name: departmentName }).strict(), access: ADMIN, mutates: true,
  }),
  'departments.rename': method<Department>()({
    params: z.object({ departmentId: id, name: departmentName }).strict(), access: ADMIN, mutates: true,
  }),
};
