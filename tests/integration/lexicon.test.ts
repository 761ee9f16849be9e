import { describe, expect, it } from 'vitest';
import { STARTER_ALLOW, STARTER_TERMS } from '../../core/terms/starter-library';
import { auditActions } from '../support/db-snapshot';
import { deskWithOfficer, lexiconFingerprint } from './lexicon-support';

describe('term library', () => {
  it('is seeded with the starter library as version 1 when the desk is set up', async () => {
    const t = await deskWithOfficer();
    const all = await t.call('officer-win', 'lexicon.list', { includeDisabled: true, limit: 500 });
    expect(all.version).toBe(1);
    expect(all.total).toBe(STARTER_TERMS.length);
    expect(all.terms.find((x) => x.term === '机密')).toMatchObject({ id: 2, severity: 'block', category: '密级标志', departmentId: null, version: 1 });
    expect(all.categories).toContain('内部标识');
    const allow = await t.call('officer-win', 'lexicon.allowList', {});
    expect(allow.phrases).toHaveLength(STARTER_ALLOW.length);
    expect(auditActions(t.dataDir).slice(0, 2)).toEqual(['setup.create-admin', 'lexicon.seed']);
  });

  it('searches and filters', async () => {
    const t = await deskWithOfficer();
    const hits = await t.call('officer-win', 'lexicon.list', { query: '内部', severity: 'escalate' });
    expect(hits.terms.length).toBeGreaterThan(3);
    expect(hits.terms.every((x) => x.severity === 'escalate')).toBe(true);
    const page = await t.call('officer-win', 'lexicon.list', { limit: 10, offset: 10 });
    expect(page.terms).toHaveLength(10);
    expect(page.terms[0].id).toBe(11);
    // A LIKE wildcard in the query is literal.
    expect((await t.call('officer-win', 'lexicon.list', { query: '%' })).total).toBe(0);
  });

  it('lets the secrecy officer create, update and delete terms; each write is a new version with its audit entry', async () => {
    const t = await deskWithOfficer();
    const created = await t.call('officer-win', 'lexicon.saveTerm', { term: ' 城东仓库 ', category: '储备', severity: 'escalate', rationale: '储备物资存放地', enabled: true, departmentId: t.dept.id });
    expect(created.version).toBe(2);
    expect(created.term).toMatchObject({ term: '城东仓库', departmentId: t.dept.id, departmentName: '办公室', version: 2 });
    const updated = await t.call('officer-win', 'lexicon.saveTerm', { id: created.term.id, term: '城东仓库', category: '储备', severity: 'block', rationale: '储备物资存放地', enabled: true, departmentId: t.dept.id });
    expect(updated.version).toBe(3);
    expect(updated.term.severity).toBe('block');
    const same = await t.refuse('officer-win', 'lexicon.saveTerm', { id: created.term.id, term: '城东仓库', category: '储备', severity: 'block', rationale: '储备物资存放地', enabled: true, departmentId: t.dept.id });
    expect(same.code).toBe('no-change');
    expect((await t.call('officer-win', 'lexicon.deleteTerm', { id: created.term.id })).version).toBe(4);
    expect((await t.refuse('officer-win', 'lexicon.deleteTerm', { id: created.term.id })).code).toBe('not-found');
    expect(auditActions(t.dataDir).filter((a) => a.startsWith('lexicon.'))).toEqual(['lexicon.seed', 'lexicon.create-term', 'lexicon.update-term', 'lexicon.delete-term']);
  });

  it('refuses a term that folds like an existing one of the same owner, and an invalid term', async () => {
    const t = await deskWithOfficer();
    const before = lexiconFingerprint(t.dataDir);
    const dup = await t.refuse('officer-win', 'lexicon.saveTerm', { term: '機密', severity: 'warn', departmentId: null });
    expect(dup.code).toBe('term-exists');
    expect(dup.message).toContain('机密');
    // The row rule's reason, made a sentence in both languages.
    expect(await t.refuse('officer-win', 'lexicon.saveTerm', { term: '   ', severity: 'warn', departmentId: null }))
      .toMatchObject({ code: 'invalid-term', message: '词条为空。', messageEn: 'The term is empty.' });
    expect((await t.refuse('officer-win', 'lexicon.saveTerm', { term: 'x', severity: 'fatal', departmentId: null })).code).toBe('invalid-params');
    expect((await t.refuse('officer-win', 'lexicon.saveTerm', { term: 'x', severity: 'warn', departmentId: 999 })).code).toBe('not-found');
    // Only the audited refusals are new.
    expect(auditActions(t.dataDir).slice(-4)).toEqual(['call.refused', 'call.refused', 'call.refused', 'call.refused']);
    expect(lexiconFingerprint(t.dataDir)).toBe(before);
    // The same term in a department's own list is allowed (it shadows the desk-wide one there).
    await t.call('officer-win', 'lexicon.saveTerm', { term: '機密', severity: 'warn', departmentId: t.dept.id });
  });

  it('refuses writes to everyone but the secrecy officer, and browsing to the liaison', async () => {
    const t = await deskWithOfficer();
    const before = lexiconFingerprint(t.dataDir);
    expect((await t.refuse('liaison-win', 'lexicon.saveTerm', { term: '新词', severity: 'warn', departmentId: null })).code).toBe('forbidden');
    expect((await t.refuse('admin-win', 'lexicon.saveTerm', { term: '新词', severity: 'warn', departmentId: null })).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'lexicon.list', {})).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'lexicon.deleteTerm', { id: 1 })).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'detectors.saveSetting', { departmentId: null, detector: 'mobile', enabled: false, severity: 'warn' })).code).toBe('forbidden');
    expect((await t.refuse('anon-win', 'lexicon.try', { text: '机密' })).code).toBe('unauthenticated');
    // Nothing but the refusals' audit entries changed.
    expect(auditActions(t.dataDir).slice(-5).every((a) => a === 'call.refused')).toBe(true);
    expect((await t.call('officer-win', 'lexicon.list', {})).version).toBe(1);
    expect(lexiconFingerprint(t.dataDir)).toBe(before);
  });

  it('keeps department-bound readers to the desk-wide list and their own', async () => {
    const t = await deskWithOfficer();
    const other = await t.call('admin-win', 'departments.create', { name: '财务科' });
    await t.call('officer-win', 'lexicon.saveTerm', { term: '金库密码', severity: 'block', departmentId: other.id });
    await t.call('officer-win', 'lexicon.saveTerm', { term: '办公室专用词', severity: 'warn', departmentId: t.dept.id });
    await t.call('admin-win', 'users.create', { username: 'head', displayName: '科长', password: 'head-password-1', roles: ['section-head'], departmentId: t.dept.id });
    await t.call('head-win', 'auth.signIn', { username: 'head', password: 'head-password-1' });
    const seen = await t.call('head-win', 'lexicon.list', { limit: 500 });
    expect(seen.terms.some((x) => x.term === '办公室专用词')).toBe(true);
    expect(seen.terms.some((x) => x.term === '金库密码')).toBe(false);
    expect((await t.refuse('head-win', 'lexicon.list', { departmentId: other.id })).code).toBe('forbidden');
    expect((await t.refuse('liaison-win', 'lexicon.try', { text: '金库密码', departmentId: other.id })).code).toBe('forbidden');
  });

  it('manages allow phrases with validated scopes', async () => {
    const t = await deskWithOfficer();
    const saved = await t.call('officer-win', 'lexicon.saveAllow', { phrase: '机密性分析', scopeKind: 'rule', scope: 'term:2', departmentId: null });
    // Saved again as it is: nothing to change, no new version.
    const unchanged = lexiconFingerprint(t.dataDir);
    expect((await t.refuse('officer-win', 'lexicon.saveAllow', { id: saved.phrase.id, phrase: '机密性分析', scopeKind: 'rule', scope: 'term:2', departmentId: null })).code).toBe('no-change');
    expect(lexiconFingerprint(t.dataDir)).toBe(unchanged);
    expect(saved.version).toBe(2);
    expect(saved.phrase).toMatchObject({ phrase: '机密性分析', scopeKind: 'rule', scope: 'term:2', enabled: true });
    expect((await t.refuse('officer-win', 'lexicon.saveAllow', { phrase: '机密性分析', scopeKind: 'rule', scope: 'term:2', departmentId: null })).code).toBe('allow-exists');
    expect(await t.refuse('officer-win', 'lexicon.saveAllow', { phrase: 'x', scopeKind: 'rule', scope: 'term:99999', departmentId: null })).toMatchObject({
      code: 'invalid-allow', message: '未知的规则“term:99999”（应为 term:编号 或检测项名称）。', messageEn: 'Unknown rule "term:99999" (term:<id> or a detector id).',
    });
    expect((await t.refuse('officer-win', 'lexicon.saveAllow', { phrase: 'x', scopeKind: 'category', scope: 'nonsense', departmentId: null })).code).toBe('invalid-allow');
    await t.call('officer-win', 'lexicon.saveAllow', { phrase: '13800138000', scopeKind: 'rule', scope: 'mobile', departmentId: null });
    expect((await t.call('officer-win', 'lexicon.deleteAllow', { id: saved.phrase.id })).version).toBe(4);
    expect(auditActions(t.dataDir).filter((a) => a.includes('allow'))).toEqual(['lexicon.create-allow', 'lexicon.create-allow', 'lexicon.delete-allow']);
  });
});
