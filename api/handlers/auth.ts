// First run, sign-in with lockout, sign-out, password change.
import { ClearanceError } from '../../core/errors';
import { hashPassword, verifyPassword } from '../../core/crypto/passwords';
import { generateSigningKey, resealPrivateKey } from '../../core/crypto/signing-keys';
import {
  clearFailedSignIns, countUsers, findUserById, findUserByName, insertUser, recordFailedSignIn, setCredentials,
} from '../../db/users-repo';
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { Refusal } from '../refusal';
import { loadSessionUser, toSessionUser } from '../session-user';
import { checkPasswordPolicy } from './password-policy';
import { seedStarterLexicon } from '../scan-engine';

// One message for unknown user and wrong password: the desk does not confirm usernames.
const badCredentials = () => new Refusal('bad-credentials', '用户名或密码不正确。', 'Wrong username or password.');

export const authHandlers: Pick<HandlerMap, 'setup.status' | 'setup.createAdmin' | 'auth.signIn' | 'auth.signOut' | 'auth.me' | 'auth.changePassword'> = {
  'setup.status': (_p, { db }) => ({ needsSetup: countUsers(db) === 0 }),

  'setup.createAdmin': (p, ctx) => {
    if (countUsers(ctx.db) > 0) {
      throw new ClearanceError('setup-done', '系统已完成初始化，不能再次创建初始管理员。', 'The desk is already set up; the first administrator cannot be created again.');
    }
    checkPasswordPolicy(p.password, ctx.settings);
    const key = generateSigningKey(p.password);
    const id = insertUser(ctx.db, {
      username: p.username, displayName: p.displayName, departmentId: null, roles: ['admin'],
      passwordHash: hashPassword(p.password), publicKey: key.publicKey, sealedPrivateKey: key.sealedPrivateKey,
      createdAt: ctx.now.toISOString(),
    });
    const user = toSessionUser(findUserById(ctx.db, id)!);
    ctx.user = user;
    ctx.audit('setup.create-admin', `user:${user.username}`, { roles: user.roles });
    seedStarterLexicon(ctx.db, ctx.now, ctx.audit, user.username);
    ctx.sessions.bind(ctx.client, id, ctx.now);
    return user;
  },

  'auth.signIn': (p, ctx) => {
    const row = findUserByName(ctx.db, p.username);
    if (!row) {
      ctx.audit('auth.sign-in-failed', `user:${p.username.slice(0, 64)}`, { reason: 'unknown-user' });
      throw badCredentials();
    }
    const lockedUntil = row.locked_until ? new Date(row.locked_until) : null;
    if (lockedUntil && lockedUntil > ctx.now) {
      ctx.audit('auth.sign-in-failed', `user:${row.username}`, { reason: 'locked' });
      throw new Refusal('account-locked', `连续登录失败次数过多，账户已锁定至 ${lockedUntil.toLocaleString('zh-CN')}。`,
        `Too many failed sign-ins; the account is locked until ${lockedUntil.toISOString()}.`);
    }
    if (row.disabled) {
      ctx.audit('auth.sign-in-failed', `user:${row.username}`, { reason: 'disabled' });
      throw new Refusal('account-disabled', '该账户已停用，请联系管理员。', 'This account is disabled; contact the administrator.');
    }
    if (!verifyPassword(p.password, row.password_hash)) {
      // A lock that has run out starts a fresh count.
      const failures = (lockedUntil ? 0 : row.failed_sign_ins) + 1;
      if (lockedUntil) clearFailedSignIns(ctx.db, row.id);
      const lock = failures >= ctx.settings.maxFailedSignIns
        ? new Date(ctx.now.getTime() + ctx.settings.lockoutMinutes * 60_000).toISOString() : null;
      recordFailedSignIn(ctx.db, row.id, lock);
      ctx.audit('auth.sign-in-failed', `user:${row.username}`, { reason: 'wrong-password', failures, lockedUntil: lock });
      throw badCredentials();
    }
    clearFailedSignIns(ctx.db, row.id);
    const user = loadSessionUser(ctx.db, row.id)!;
    ctx.user = user;
    ctx.audit('auth.sign-in', `user:${user.username}`);
    ctx.sessions.bind(ctx.client, row.id, ctx.now);
    return user;
  },

  'auth.signOut': (_p, ctx) => {
    ctx.audit('auth.sign-out', `user:${requireUser(ctx).username}`);
    ctx.sessions.forget(ctx.client);
    return { signedOut: true };
  },

  'auth.me': (_p, ctx) => ctx.user,

  'auth.changePassword': (p, ctx) => {
    const row = findUserById(ctx.db, requireUser(ctx).id)!;
    if (!verifyPassword(p.oldPassword, row.password_hash)) {
      throw new ClearanceError('wrong-password', '原密码不正确。', 'The current password is wrong.');
    }
    checkPasswordPolicy(p.newPassword, ctx.settings);
    // The signing key stays the same identity; only its seal changes.
    const sealed = resealPrivateKey(row.private_key_sealed, p.oldPassword, p.newPassword);
    setCredentials(ctx.db, row.id, hashPassword(p.newPassword), row.public_key, sealed);
    ctx.audit('auth.change-password', `user:${row.username}`);
    return { changed: true };
  },
};
