// Sign-in, lockout, sessions, first run: each refusal is clear, audited when a
// signed-in user made it, and leaves the database as it was.
import { describe, expect, it } from 'vitest';
import { ADMIN, deskWithLiaison, makeDesk } from '../support/desk';
import { auditActions, dbFingerprint } from '../support/db-snapshot';

describe('first run', () => {
  it('creates the first admin once, signs them in, and refuses a second setup unchanged', async () => {
    const t = makeDesk();
    expect(await t.call('w', 'setup.status', {})).toEqual({ needsSetup: true });
    const admin = await t.call('w', 'setup.createAdmin', ADMIN);
    expect(admin).toMatchObject({ username: 'admin', roles: ['admin'] });
    expect(await t.call('w', 'auth.me', {})).toMatchObject({ username: 'admin' });
    expect(await t.call('other', 'setup.status', {})).toEqual({ needsSetup: false });
    const before = dbFingerprint(t.dataDir);
    const err = await t.refuse('other', 'setup.createAdmin', { username: 'mallory', displayName: 'M', password: 'mallory-password-1' });
    expect(err.code).toBe('setup-done');
    expect(err.message).toMatch(/已完成初始化/);
    expect(err.messageEn).toMatch(/already set up/);
    expect(dbFingerprint(t.dataDir)).toBe(before);
  });

  it('refuses a weak first password and creates nothing', async () => {
    const t = makeDesk();
    const err = await t.refuse('w', 'setup.createAdmin', { ...ADMIN, password: 'short' });
    expect(err.code).toBe('weak-password');
    expect(await t.call('w', 'setup.status', {})).toEqual({ needsSetup: true });
    expect(auditActions(t.dataDir)).toEqual([]);
  });
});

describe('sign-in', () => {
  it('signs in with the right password and audits it', async () => {
    const t = await deskWithLiaison();
    expect(await t.call('liaison-win', 'auth.me', {})).toMatchObject({ username: 'liwei', roles: ['liaison'], departmentName: '办公室' });
    expect(auditActions(t.dataDir)).toContain('auth.sign-in');
  });

  it('gives the same answer for an unknown user and a wrong password, and audits both', async () => {
    const t = await deskWithLiaison();
    const a = await t.refuse('x', 'auth.signIn', { username: 'nobody', password: 'whatever-123' });
    const b = await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'wrong-password' });
    expect(a).toEqual(b);
    expect(a.code).toBe('bad-credentials');
    expect(auditActions(t.dataDir).filter((x) => x === 'auth.sign-in-failed')).toHaveLength(2);
    expect(await t.call('x', 'auth.me', {})).toBeNull();
  });

  it('locks the account after 5 failures for 15 minutes, even for the right password', async () => {
    const t = await deskWithLiaison();
    for (let i = 0; i < 5; i++) await t.refuse('x', 'auth.signIn', { username: 'liwei', password: `wrong-${i}` });
    const locked = await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' });
    expect(locked.code).toBe('account-locked');
    t.clock.advanceMinutes(14);
    expect((await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' })).code).toBe('account-locked');
    t.clock.advanceMinutes(2);
    expect(await t.call('x', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' })).toMatchObject({ username: 'liwei' });
  });

  it('honours configured lockout thresholds', async () => {
    const t = await deskWithLiaison({ maxFailedSignIns: 2, lockoutMinutes: 60 });
    await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'wrong-1' });
    await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'wrong-2' });
    t.clock.advanceMinutes(59);
    expect((await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' })).code).toBe('account-locked');
  });

  it('refuses a disabled account', async () => {
    const t = await deskWithLiaison();
    await t.call('admin-win', 'users.setDisabled', { userId: t.liaison.id, disabled: true });
    expect((await t.refuse('liaison-win', 'drafts.list', {})).code).toBe('unauthenticated');
    expect((await t.refuse('x', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' })).code).toBe('account-disabled');
  });
});

describe('sessions and calls', () => {
  it('expires an idle session and says so', async () => {
    const t = await deskWithLiaison({ sessionIdleMinutes: 30 });
    t.clock.advanceMinutes(29);
    await t.call('liaison-win', 'drafts.list', {});
    t.clock.advanceMinutes(31);
    expect((await t.refuse('liaison-win', 'drafts.list', {})).code).toBe('session-expired');
    expect((await t.refuse('liaison-win', 'drafts.list', {})).code).toBe('unauthenticated');
  });

  it('keeps sessions apart per window', async () => {
    const t = await deskWithLiaison();
    expect((await t.refuse('another-window', 'drafts.list', {})).code).toBe('unauthenticated');
    await t.call('liaison-win', 'auth.signOut', {});
    expect((await t.refuse('liaison-win', 'drafts.list', {})).code).toBe('unauthenticated');
  });

  it('refuses malformed params without touching the store, and audits it for a signed-in user', async () => {
    const t = await deskWithLiaison();
    const before = auditActions(t.dataDir).length;
    for (const bad of [null, 'x', { title: 5 }, { title: 't', departmentId: -1, body: '' }, { title: 't', departmentId: 1, body: '', extra: 1 }]) {
      expect((await t.refuse('liaison-win', 'drafts.create', bad)).code).toBe('invalid-params');
    }
    const after = auditActions(t.dataDir);
    expect(after.slice(before)).toEqual(Array(5).fill('call.refused'));
    expect(await t.call('liaison-win', 'drafts.list', {})).toEqual([]);
  });

  it('refuses a call by a role that may not make it, and audits the refusal', async () => {
    const t = await deskWithLiaison();
    const err = await t.refuse('liaison-win', 'users.create', {
      username: 'eve', displayName: 'Eve', password: 'eve-password-12', roles: ['admin'], departmentId: null,
    });
    expect(err.code).toBe('forbidden');
    const users = await t.call('admin-win', 'users.list', {});
    expect(users.map((u) => u.username)).not.toContain('eve');
    expect(auditActions(t.dataDir).at(-1)).toBe('call.refused');
  });

  it('refuses unknown methods and never leaks internals', async () => {
    const t = makeDesk();
    const err = await t.refuse('w', '__proto__', {});
    expect(err.code).toBe('unknown-method');
    expect((await t.refuse('w', 'constructor', {})).code).toBe('unknown-method');
  });

  it('changes a password, keeping the signing identity, and refuses a wrong old password', async () => {
    const t = await deskWithLiaison();
    expect((await t.refuse('liaison-win', 'auth.changePassword', { oldPassword: 'nope', newPassword: 'new-password-123' })).code).toBe('wrong-password');
    await t.call('liaison-win', 'auth.changePassword', { oldPassword: 'liaison-password-1', newPassword: 'new-password-123' });
    expect((await t.refuse('y', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' })).code).toBe('bad-credentials');
    expect(await t.call('y', 'auth.signIn', { username: 'liwei', password: 'new-password-123' })).toMatchObject({ username: 'liwei' });
  });

  it('does not let an admin lock themselves out', async () => {
    const t = await deskWithLiaison();
    const me = (await t.call('admin-win', 'auth.me', {}))!;
    expect((await t.refuse('admin-win', 'users.setRoles', { userId: me.id, roles: ['liaison'] })).code).toBe('self-lockout');
    expect((await t.refuse('admin-win', 'users.setDisabled', { userId: me.id, disabled: true })).code).toBe('self-lockout');
  });
});
