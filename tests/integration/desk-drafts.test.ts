import { describe, expect, it } from 'vitest';
import { deskWithLiaison } from '../support/desk';
import { AUDIT_TABLES, auditActions, dbFingerprint } from '../support/db-snapshot';

describe('drafts', () => {
  it('lets a liaison create, list, open and revise a draft; each save is a new revision', async () => {
    const t = await deskWithLiaison();
    const d = await t.call('liaison-win', 'drafts.create', { title: '节能宣传周通知', departmentId: t.dept.id, body: '第一稿' });
    expect(d).toMatchObject({ title: '节能宣传周通知', body: '第一稿', revisions: 1, canEdit: true, departmentName: '办公室', authorName: '李伟' });
    expect(d.currentRevision.contentHash).toMatch(/^[0-9a-f]{64}$/);
    const list = await t.call('liaison-win', 'drafts.list', {});
    expect(list.map((x) => x.id)).toEqual([d.id]);
    const v2 = await t.call('liaison-win', 'drafts.update', { draftId: d.id, title: '节能宣传周通知', body: '第二稿' });
    expect(v2.currentRevision.number).toBe(2);
    expect(v2.history.map((h) => h.number)).toEqual([2, 1]);
    expect(v2.currentRevision.contentHash).not.toBe(d.currentRevision.contentHash);
    expect(auditActions(t.dataDir).filter((a) => a.startsWith('drafts.'))).toEqual(['drafts.create', 'drafts.update']);
  });

  it('refuses a save that changes nothing, and writes no revision', async () => {
    const t = await deskWithLiaison();
    const d = await t.call('liaison-win', 'drafts.create', { title: '标题', departmentId: t.dept.id, body: '正文' });
    expect((await t.refuse('liaison-win', 'drafts.update', { draftId: d.id, title: '标题', body: '正文' })).code).toBe('no-change');
    // Only the audited refusal is new.
    expect(auditActions(t.dataDir).at(-1)).toBe('call.refused');
    expect((await t.call('liaison-win', 'drafts.open', { draftId: d.id })).revisions).toBe(1);
  });

  it('keeps drafts within the department for liaisons and lets reviewers see them all', async () => {
    const t = await deskWithLiaison();
    const d = await t.call('liaison-win', 'drafts.create', { title: '办公室稿件', departmentId: t.dept.id, body: 'x' });
    const other = await t.call('admin-win', 'departments.create', { name: '财务科' });
    await t.call('admin-win', 'users.create', { username: 'zhao', displayName: '赵', password: 'zhao-password-1', roles: ['liaison'], departmentId: other.id });
    await t.call('admin-win', 'users.create', { username: 'qian', displayName: '钱', password: 'qian-password-1', roles: ['reviewer'], departmentId: null });
    await t.call('zhao-win', 'auth.signIn', { username: 'zhao', password: 'zhao-password-1' });
    await t.call('qian-win', 'auth.signIn', { username: 'qian', password: 'qian-password-1' });
    expect(await t.call('zhao-win', 'drafts.list', {})).toEqual([]);
    expect((await t.refuse('zhao-win', 'drafts.open', { draftId: d.id })).code).toBe('not-found');
    expect((await t.refuse('zhao-win', 'drafts.create', { title: 't', departmentId: t.dept.id, body: '' })).code).toBe('wrong-department');
    const seen = await t.call('qian-win', 'drafts.open', { draftId: d.id });
    expect(seen.canEdit).toBe(false);
    expect((await t.refuse('qian-win', 'drafts.update', { draftId: d.id, title: 't', body: 'changed' })).code).toBe('forbidden');
  });

  it('lets only the author change a draft: a colleague who can read it is refused and nothing is saved', async () => {
    const t = await deskWithLiaison();
    const d = await t.call('liaison-win', 'drafts.create', { title: '办公室稿件', departmentId: t.dept.id, body: '初稿' });
    await t.call('admin-win', 'users.create', { username: 'sun', displayName: '孙', password: 'sun-password-1', roles: ['liaison'], departmentId: t.dept.id });
    await t.call('sun-win', 'auth.signIn', { username: 'sun', password: 'sun-password-1' });
    expect((await t.call('sun-win', 'drafts.open', { draftId: d.id })).canEdit).toBe(false);
    // Every refusal is audited (call.refused); nothing else may change.
    const before = dbFingerprint(t.dataDir, AUDIT_TABLES);
    const actions = auditActions(t.dataDir);
    expect((await t.refuse('sun-win', 'drafts.update', { draftId: d.id, title: '改标题', body: '改正文' })).code).toBe('not-editable');
    expect(dbFingerprint(t.dataDir, AUDIT_TABLES)).toBe(before);
    expect(auditActions(t.dataDir)).toEqual([...actions, 'call.refused']);
  });

  it('does not let the administrator read or write drafts', async () => {
    const t = await deskWithLiaison();
    expect((await t.refuse('admin-win', 'drafts.list', {})).code).toBe('forbidden');
    expect((await t.refuse('admin-win', 'drafts.create', { title: 't', departmentId: t.dept.id, body: '' })).code).toBe('forbidden');
  });
});

describe('audit list and export', () => {
  it('filters the log and exports JSON Lines that end with the export itself', async () => {
    const t = await deskWithLiaison();
    const page = await t.call('admin-win', 'audit.list', { action: 'users.' });
    expect(page.entries.map((e) => e.action)).toEqual(['users.create']);
    // What the archivist types is matched as written: _ and % are not wildcards.
    expect((await t.call('admin-win', 'audit.list', { action: 'users_' })).total).toBe(0);
    expect((await t.call('admin-win', 'audit.list', { subject: '%' })).total).toBe(0);
    expect((await t.call('admin-win', 'audit.list', { subject: 'user:' })).total).toBeGreaterThan(0);
    expect(page.entries[0].actorName).toBe('系统管理员');
    const exp = await t.call('admin-win', 'audit.export', {});
    const lines = exp.content.trim().split('\n').map((l) => JSON.parse(l) as { seq: number; action: string; hash: string });
    expect(lines.at(-1)).toMatchObject({ action: 'audit.export', seq: exp.entries, hash: exp.headHash });
    expect(lines.map((l) => l.seq)).toEqual(Array.from({ length: exp.entries }, (_, i) => i + 1));
  });

  it('refuses the audit log to a liaison', async () => {
    const t = await deskWithLiaison();
    expect((await t.refuse('liaison-win', 'audit.list', {})).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'audit.export', {})).code).toBe('forbidden');
  });
});
