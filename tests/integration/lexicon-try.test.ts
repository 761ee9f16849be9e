import { describe, expect, it } from 'vitest';
import { auditActions } from '../support/db-snapshot';
import { deskWithOfficer, lexiconFingerprint } from './lexicon-support';

const TEXT = '本文件标注機　密，属于ＴＯＰ ＳＥＣＲＥＴ。联系电话 13912345678。揭开宇宙的秘密。';

describe('trying a text against the library', () => {
  it('highlights a pasted text with offsets into the original, whatever its width or script', async () => {
    const t = await deskWithOfficer();
    const r = await t.call('liaison-win', 'lexicon.try', { text: TEXT });
    expect(r.version).toBe(1);
    for (const f of r.findings) expect(TEXT.slice(f.start, f.end)).toBe(f.text);
    const mark = r.findings.find((f) => f.rule === 'term:2')!;
    expect(mark).toMatchObject({ text: '機　密', category: 'term', severity: 'block', group: '密级标志' });
    expect(mark.rationale).toContain('密级');
    expect(r.findings.find((f) => f.text === 'ＴＯＰ ＳＥＣＲＥＴ')).toMatchObject({ category: 'term', severity: 'block' });
    expect(r.findings.find((f) => f.category === 'mobile')).toMatchObject({ text: '13912345678', severity: 'warn' });
    // 秘密 inside 揭开宇宙的秘密 is on the starter allow list.
    expect(r.findings.some((f) => f.text === '秘密')).toBe(false);
  });

  it('uses a department\'s own entries and allow phrases, and the new version at once', async () => {
    const t = await deskWithOfficer();
    await t.call('officer-win', 'lexicon.saveTerm', { term: '城东仓库', severity: 'escalate', departmentId: t.dept.id, rationale: '储备物资' });
    // The department re-grades a desk-wide term: its own entry shadows the desk-wide one there only.
    await t.call('officer-win', 'lexicon.saveTerm', { term: '机密', severity: 'warn', departmentId: t.dept.id });
    const text = '城东倉庫存放机密材料';
    const own = await t.call('liaison-win', 'lexicon.try', { text });
    expect(own.version).toBe(3);
    expect(own.findings.find((f) => f.text === '城东倉庫')).toMatchObject({ severity: 'escalate', rationale: '储备物资' });
    expect(own.findings.filter((f) => f.text === '机密' && f.category === 'term').map((f) => f.severity)).toEqual(['warn']);
    const desk = await t.call('officer-win', 'lexicon.try', { text, departmentId: null });
    expect(desk.findings.some((f) => f.text === '城东倉庫')).toBe(false);
    expect(desk.findings.filter((f) => f.text === '机密' && f.category === 'term').map((f) => f.severity)).toEqual(['block']);
    await t.call('officer-win', 'lexicon.saveAllow', { phrase: '城东仓库存放', scopeKind: 'any', departmentId: t.dept.id });
    const allowed = await t.call('liaison-win', 'lexicon.try', { text });
    expect(allowed.findings.some((f) => f.text === '城东倉庫')).toBe(false);
  });

  it('refuses a text over 200,000 characters', async () => {
    const t = await deskWithOfficer();
    expect((await t.refuse('liaison-win', 'lexicon.try', { text: 'x'.repeat(200_001) })).code).toBe('invalid-params');
  });
});

describe('detector settings', () => {
  it('shows defaults and lets the secrecy officer switch a detector off for one department', async () => {
    const t = await deskWithOfficer();
    const before = await t.call('officer-win', 'detectors.settings', { departmentId: t.dept.id });
    const mobile = before.detectors.find((d) => d.detector === 'mobile')!;
    expect(mobile).toMatchObject({ deskWide: null, department: null, effective: { enabled: true, severity: 'warn' } });
    expect(mobile.label.zh.length).toBeGreaterThan(0);
    const lexBefore = lexiconFingerprint(t.dataDir);

    const saved = await t.call('officer-win', 'detectors.saveSetting', { departmentId: t.dept.id, detector: 'mobile', enabled: false, severity: 'warn' });
    expect(saved.effective.enabled).toBe(false);
    const inDept = await t.call('liaison-win', 'lexicon.try', { text: TEXT });
    expect(inDept.findings.some((f) => f.category === 'mobile')).toBe(false);
    const deskWide = await t.call('officer-win', 'lexicon.try', { text: TEXT, departmentId: null });
    expect(deskWide.findings.some((f) => f.category === 'mobile')).toBe(true);

    // A desk-wide severity change applies where the department has no override of its own.
    await t.call('officer-win', 'detectors.saveSetting', { departmentId: null, detector: 'mobile', enabled: true, severity: 'escalate' });
    expect((await t.call('officer-win', 'lexicon.try', { text: TEXT, departmentId: null })).findings.find((f) => f.category === 'mobile')!.severity).toBe('escalate');
    await t.call('officer-win', 'detectors.resetSetting', { departmentId: t.dept.id, detector: 'mobile' });
    expect((await t.call('liaison-win', 'lexicon.try', { text: TEXT })).findings.find((f) => f.category === 'mobile')!.severity).toBe('escalate');

    // Detector settings are audited but do not open a lexicon version.
    expect(auditActions(t.dataDir).filter((a) => a.startsWith('detectors.'))).toEqual(['detectors.save-setting', 'detectors.save-setting', 'detectors.reset-setting']);
    expect((await t.call('officer-win', 'lexicon.list', {})).version).toBe(1);
    expect(lexiconFingerprint(t.dataDir)).not.toBe(lexBefore);
  });

  it('checks options against the detector and refuses others than the secrecy officer', async () => {
    const t = await deskWithOfficer();
    const ok = await t.call('officer-win', 'detectors.saveSetting', { departmentId: null, detector: 'coordinates', enabled: true, severity: 'escalate', contextWindow: 40, options: { minDecimals: 3 } });
    expect(ok.effective).toMatchObject({ contextWindow: 40, options: { minDecimals: 3 } });
    expect((await t.refuse('officer-win', 'detectors.saveSetting', { departmentId: null, detector: 'coordinates', enabled: true, severity: 'warn', options: { bogus: 1 } })).code).toBe('bad-detector-option');
    expect((await t.refuse('officer-win', 'detectors.saveSetting', { departmentId: null, detector: 'coordinates', enabled: true, severity: 'warn', options: { minDecimals: 'many' } })).code).toBe('bad-detector-option');
    expect((await t.refuse('officer-win', 'detectors.saveSetting', { departmentId: null, detector: 'term', enabled: true, severity: 'warn' })).code).toBe('invalid-params');
    expect((await t.refuse('officer-win', 'detectors.resetSetting', { departmentId: t.dept.id, detector: 'email' })).code).toBe('no-change');
    expect((await t.refuse('liaison-win', 'detectors.settings', {})).code).toBe('forbidden');
    expect((await t.refuse('admin-win', 'detectors.saveSetting', { departmentId: null, detector: 'email', enabled: false, severity: 'warn' })).code).toBe('forbidden');
  });
});
