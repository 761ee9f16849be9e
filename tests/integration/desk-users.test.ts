// The administrator's refusals: each is clear and leaves the store as it was.
import { describe, expect, it } from 'vitest';
import { deskWithLiaison } from '../support/desk';

describe('users and departments', () => {
  it('refuses a taken username (in any letter case), a weak password and an unknown department, and leave the users as they were', async () => {
    const t = await deskWithLiaison();
    const users = () => t.call('admin-win', 'users.list', {});
    const before = await users();
    const base = { displayName: '某人', password: 'some-password-1', roles: ['liaison' as const], departmentId: t.dept.id };
    expect((await t.refuse('admin-win', 'users.create', { ...base, username: 'LiWei' })).code).toBe('username-taken');
    expect((await t.refuse('admin-win', 'users.create', { ...base, username: 'new.user', password: 'short' })).code).toBe('weak-password');
    expect((await t.refuse('admin-win', 'users.create', { ...base, username: 'new.user', departmentId: 999 })).code).toBe('not-found');
    expect((await t.refuse('admin-win', 'users.create', { ...base, username: 'bad name!' })).code).toBe('invalid-params');
    expect((await t.refuse('admin-win', 'users.create', { ...base, username: 'new.user', roles: ['superuser'] })).code).toBe('invalid-params');
    expect(await users()).toEqual(before);
  });

  it('refuses a duplicate department name on create and rename', async () => {
    const t = await deskWithLiaison();
    const other = await t.call('admin-win', 'departments.create', { name: '财务科' });
    expect((await t.refuse('admin-win', 'departments.create', { name: '办公室' })).code).toBe('department-exists');
    expect((await t.refuse('admin-win', 'departments.rename', { departmentId: other.id, name: '办公室' })).code).toBe('department-exists');
    expect((await t.refuse('admin-win', 'departments.rename', { departmentId: 999, name: '新名' })).code).toBe('not-found');
    expect((await t.call('admin-win', 'departments.list', {})).map((d) => d.name).sort()).toEqual(['办公室', '财务科']);
  });

  it('changes roles with an audit entry that says from what to what', async () => {
    const t = await deskWithLiaison();
    const updated = await t.call('admin-win', 'users.setRoles', { userId: t.liaison.id, roles: ['liaison', 'section-head'] });
    expect(updated.roles).toEqual(['liaison', 'section-head']);
    const log = await t.call('admin-win', 'audit.list', { action: 'users.set-roles' });
    expect(log.entries[0].details).toEqual({ from: ['liaison'], to: ['liaison', 'section-head'] });
    // Takes effect on the signed-in liaison's next call: the section head may not write drafts but still reads them.
    expect(await t.call('liaison-win', 'drafts.list', {})).toEqual([]);
  });

  it('resets a password: the old one stops working, the lockout is cleared, the user is signed out', async () => {
    const t = await deskWithLiaison();
    for (let i = 0; i < 5; i++) await t.refuse('x', 'auth.signIn', { username: 'liwei', password: `wrong-${i}` });
    await t.call('admin-win', 'users.resetPassword', { userId: t.liaison.id, newPassword: 'fresh-password-1' });
    expect((await t.refuse('liaison-win', 'drafts.list', {})).code).toBe('unauthenticated');
    expect((await t.refuse('y', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' })).code).toBe('bad-credentials');
    expect(await t.call('y', 'auth.signIn', { username: 'liwei', password: 'fresh-password-1' })).toMatchObject({ username: 'liwei' });
  });

  it('refuses admin methods to a liaison, recording only the refusals', async () => {
    const t = await deskWithLiaison();
    for (const [m, p] of [['users.list', {}], ['departments.create', { name: 'x' }], ['users.setDisabled', { userId: 1, disabled: true }]] as const) {
      expect((await t.refuse('liaison-win', m, p)).code).toBe('forbidden');
    }
    const refusals = (await t.call('admin-win', 'audit.list', { action: 'call.refused' })).entries;
    expect(refusals.map((e) => e.subject).sort()).toEqual(['method:departments.create', 'method:users.list', 'method:users.setDisabled']);
    expect(await t.call('admin-win', 'departments.list', {})).toHaveLength(1);
  });
});
