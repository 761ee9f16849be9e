// Rescanning a revision with the current library: the scan runs in the desk's real scan
// worker, reports progress, can be cancelled, and is recorded (one new scan with its
// audit entry) only when it finishes; the newest scan is what the revision shows.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import type { RescanStatus } from '../../api/contract';
import { databasePath } from '../../db/connection';
import { auditActions, auditDetails, dbFingerprint } from '../support/db-snapshot';
import { buildFixtures } from '../fixtures/build';
import { deskWithLiaison, type ExtraDeskOptions, type TestDesk } from '../support/desk';
import { importEnded } from '../support/import-jobs';
import { tempDir } from '../support/temp';

type Desk = Awaited<ReturnType<typeof deskWithLiaison>>;
const tick = () => new Promise((r) => setImmediate(r));

async function withUser(t: Desk, username: string, roles: string[], departmentId: number | null) {
  const password = `${username}-password-1`;
  await t.call('admin-win', 'users.create', { username, displayName: username, password, roles: roles as never, departmentId });
  await t.call(`${username}-win`, 'auth.signIn', { username, password });
  return `${username}-win`;
}

async function setUp(options: ExtraDeskOptions = {}) {
  const t = await deskWithLiaison({}, options);
  const reviewer = await withUser(t, 'reviewer', ['reviewer'], null);
  const officer = await withUser(t, 'officer', ['secrecy-officer'], null);
  return { t, reviewer, officer };
}

/** Polls until the job ends, yielding to the event loop between calls; returns every status seen. */
async function untilEnd(t: TestDesk, win: string, first: RescanStatus): Promise<RescanStatus[]> {
  const seen = [first];
  for (let i = 0; i < 200_000; i++) {
    const last = seen.at(-1)!;
    if (last.state === 'done' || last.state === 'failed' || last.state === 'cancelled') return seen;
    await tick();
    seen.push(await t.call(win, 'scans.status', { jobId: first.jobId }));
  }
  throw new Error('rescan did not end');
}

function scanRows(dataDir: string, revisionId: number): { id: number; lexicon_version: number }[] {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try { return db.prepare('SELECT id, lexicon_version FROM scans WHERE revision_id = ? ORDER BY id').all(revisionId) as never; } finally { db.close(); }
}

describe('rescanning a revision', () => {
  it('finds a term added to the library since the revision was scanned, and records the new lexicon version', async () => {
    const { t, reviewer, officer } = await setUp();
    const draft = await t.call('liaison-win', 'drafts.create', { title: '通知', departmentId: t.dept.id, body: '关于星火工程的安排。\n联系人：13812345678' });
    const before = await t.call(reviewer, 'drafts.revision', { draftId: draft.id });
    expect(before.layers[0].findings.some((f) => f.text === '星火工程')).toBe(false);

    const saved = await t.call(officer, 'lexicon.saveTerm', { term: '星火工程', severity: 'block', rationale: '测试新增词条', departmentId: null });
    expect(String(saved.version)).not.toBe(before.lexiconVersion);

    const opened = await t.call(reviewer, 'drafts.open', { draftId: draft.id });
    expect(opened.canRescan).toBe(true);
    const started = await t.call(reviewer, 'drafts.rescan', { revisionId: opened.currentRevision.id });
    expect(started).toMatchObject({ state: 'queued', draftId: draft.id, revision: 1, revisionId: opened.currentRevision.id });
    const seen = await untilEnd(t, reviewer, started);
    const end = seen.at(-1)!;
    expect(end).toMatchObject({ state: 'done', progress: 1, lexiconVersion: String(saved.version), error: null });
    expect(end.done).toBe(end.total);
    expect(end.total).toBe('关于星火工程的安排。\n联系人：13812345678'.length);

    const after = await t.call(reviewer, 'drafts.revision', { draftId: draft.id });
    expect(after.lexiconVersion).toBe(String(saved.version));
    expect(after.layers[0].findings).toContainEqual(expect.objectContaining({ text: '星火工程', severity: 'block', rule: `term:${saved.term.id}` }));
    expect(after.layers[0].findings.filter((f) => f.category === 'mobile')).toHaveLength(1);
    expect(end.findings).toBe(after.layers[0].findings.length);

    expect(scanRows(t.dataDir, opened.currentRevision.id).map((s) => String(s.lexicon_version))).toEqual([before.lexiconVersion, String(saved.version)]);
    expect(auditActions(t.dataDir).at(-1)).toBe('revision.rescanned');
    expect(auditDetails(t.dataDir, 'revision.rescanned')).toEqual([expect.objectContaining({
      revision: 1, lexiconVersion: String(saved.version), previousLexiconVersion: before.lexiconVersion,
      findings: end.findings, previousFindings: before.layers[0].findings.length, layers: ['body'],
    })]);
  }, 60_000);

  it('rescans every stored layer of an imported revision and keeps its structural findings', async () => {
    const fixtures = await buildFixtures(join(tempDir('fixtures-'), 'f'));
    const { t, reviewer, officer } = await setUp();
    const contentBase64 = readFileSync(fixtures['every-layer.docx']).toString('base64');
    const started = await t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: 'every-layer.docx', contentBase64 });
    const imp = await importEnded(t, started);
    expect(imp.state).toBe('done');
    const before = await t.call(reviewer, 'drafts.revision', { draftId: imp.draftId! });
    expect(before.layers.length).toBeGreaterThan(3);
    const saved = await t.call(officer, 'lexicon.saveTerm', { term: '批注内容', severity: 'escalate', rationale: '测试', departmentId: null });
    const draft = await t.call(reviewer, 'drafts.open', { draftId: imp.draftId! });
    const end = (await untilEnd(t, reviewer, await t.call(reviewer, 'drafts.rescan', { revisionId: draft.currentRevision.id }))).at(-1)!;
    expect(end.state).toBe('done');
    expect(end.total).toBe(before.layers.reduce((n, l) => n + l.text.length, 0));
    const after = await t.call(reviewer, 'drafts.revision', { draftId: imp.draftId! });
    const isNew = (f: { rule: string }) => f.rule === `term:${saved.term.id}`;
    const strip = (r: typeof before) => r.layers.map((l) => ({ layer: l.layer, findings: l.findings.filter((f) => !isNew(f)) }));
    // Everything the import found (hidden layers, metadata, marks) is found again; plus the new term, in the comments.
    expect(strip(after)).toEqual(strip(before));
    expect(after.layers.find((l) => l.layer === 'comments')!.findings.filter(isNew)).toHaveLength(1);
    expect(auditDetails(t.dataDir, 'revision.rescanned')[0].layers).toEqual(before.layers.map((l) => l.layer));
  }, 60_000);

  // How many slices the window sees depends on when its polls land (on a loaded machine
  // the worker may finish between two); that the worker reports every slice is
  // tests/unit/scan/scan-runner.test.ts. Here: what is seen is consistent and rising.
  it('scans a large text in slices; what the window polls rises to the total', async () => {
    const { t, reviewer } = await setUp({ scanChunkSize: 64 * 1024 });
    const line = '关于做好年度工作安排的通知，请各单位认真落实。联系电话13812345678。\n';
    const body = line.repeat(Math.floor(1_900_000 / line.length));
    const draft = await t.call('liaison-win', 'drafts.create', { title: '大文件', departmentId: t.dept.id, body });
    const seen = await untilEnd(t, reviewer, await t.call(reviewer, 'drafts.rescan', { revisionId: draft.currentRevision.id }));
    const end = seen.at(-1)!;
    expect(end).toMatchObject({ state: 'done', done: body.length, total: body.length, progress: 1 });
    const scanned = seen.filter((s) => s.state === 'scanning').map((s) => s.done);
    expect([...scanned].sort((a, b) => a - b)).toEqual(scanned);
    expect(seen.filter((s) => s.state === 'scanning').every((s) => s.done <= s.total && (s.total === 0 || s.total === body.length))).toBe(true);
    expect(seen.filter((s) => s.state === 'scanning').every((s) => s.layer === null || s.layer === 'body')).toBe(true);
    expect(end.findings).toBe(Math.floor(1_900_000 / line.length));
  }, 120_000);

  it('cancels: nothing is recorded, not even an audit entry, and the revision can be rescanned again', async () => {
    const { t, reviewer } = await setUp({ scanChunkSize: 2048 });
    const body = '一般工作信息，没有需要审查的内容。\n'.repeat(100_000);
    const draft = await t.call('liaison-win', 'drafts.create', { title: '取消', departmentId: t.dept.id, body });
    const revisionId = draft.currentRevision.id;

    const started = await t.call(reviewer, 'drafts.rescan', { revisionId });
    expect((await t.refuse(reviewer, 'drafts.rescan', { revisionId })).code).toBe('scan-running');
    let s = started;
    while (s.state === 'queued') { await tick(); s = await t.call(reviewer, 'scans.status', { jobId: started.jobId }); }
    expect(s.state).toBe('scanning');
    const cancelled = await t.call(reviewer, 'scans.cancel', { jobId: started.jobId });
    expect(['scanning', 'cancelled']).toContain(cancelled.state);
    const end = (await untilEnd(t, reviewer, cancelled)).at(-1)!;
    expect(end).toMatchObject({ state: 'cancelled', lexiconVersion: null, findings: null });
    expect(end.done).toBeLessThan(body.length);
    await t.desk.scansIdle();
    // The refusal of the second start is the only trace (call.refused); no scan, no rescan entry.
    expect(scanRows(t.dataDir, revisionId)).toHaveLength(1);
    expect(auditActions(t.dataDir).filter((a) => a.startsWith('revision.'))).toEqual([]);
    expect(auditDetails(t.dataDir, 'call.refused')).toEqual([{ code: 'scan-running' }]);

    // A cancel after the end changes nothing; a new rescan of the same revision runs.
    expect((await t.call(reviewer, 'scans.cancel', { jobId: started.jobId })).state).toBe('cancelled');
    const again = (await untilEnd(t, reviewer, await t.call(reviewer, 'drafts.rescan', { revisionId }))).at(-1)!;
    expect(again.state).toBe('done');
    expect(scanRows(t.dataDir, revisionId)).toHaveLength(2);
  }, 120_000);

  it('gives the caller their unfinished rescan of a revision again (a window that comes back), and no one else\'s', async () => {
    const { t, reviewer, officer } = await setUp({ scanChunkSize: 4096 });
    const draft = await t.call('liaison-win', 'drafts.create', { title: '通知', departmentId: t.dept.id, body: '正文内容。\n'.repeat(50_000) });
    const revisionId = draft.currentRevision.id;
    expect(await t.call(reviewer, 'scans.forRevision', { revisionId })).toBeNull();
    const started = await t.call(reviewer, 'drafts.rescan', { revisionId });
    expect(await t.call(reviewer, 'scans.forRevision', { revisionId })).toMatchObject({ jobId: started.jobId });
    expect(await t.call(officer, 'scans.forRevision', { revisionId })).toBeNull();
    expect((await t.refuse(officer, 'drafts.rescan', { revisionId })).code).toBe('scan-running');
    expect((await t.refuse(reviewer, 'scans.forRevision', { revisionId: 99_999 })).code).toBe('not-found');
    await t.desk.scansIdle();
    expect(await t.call(reviewer, 'scans.forRevision', { revisionId })).toBeNull();
  }, 60_000);

  it('cancels a queued rescan before it starts', async () => {
    const { t, reviewer } = await setUp();
    const a = await t.call('liaison-win', 'drafts.create', { title: '甲', departmentId: t.dept.id, body: '甲稿'.repeat(1000) });
    const b = await t.call('liaison-win', 'drafts.create', { title: '乙', departmentId: t.dept.id, body: '乙稿' });
    const first = await t.call(reviewer, 'drafts.rescan', { revisionId: a.currentRevision.id });
    const second = await t.call(reviewer, 'drafts.rescan', { revisionId: b.currentRevision.id });
    expect(await t.call(reviewer, 'scans.cancel', { jobId: second.jobId })).toMatchObject({ state: 'cancelled' });
    await t.desk.scansIdle();
    expect((await t.call(reviewer, 'scans.status', { jobId: first.jobId })).state).toBe('done');
    expect(scanRows(t.dataDir, b.currentRevision.id)).toHaveLength(1);
    expect(auditDetails(t.dataDir, 'revision.rescanned')).toHaveLength(1);
  }, 60_000);

  it('re-checks the caller when recording: a role lost during the scan leaves no scan, only rescan-failed', async () => {
    const { t } = await setUp({ scanChunkSize: 4096 });
    const reviewerUser = (await t.call('admin-win', 'users.list', {})).find((u) => u.username === 'reviewer')!;
    const draft = await t.call('liaison-win', 'drafts.create', { title: '通知', departmentId: t.dept.id, body: '正文内容。\n'.repeat(50_000) });
    const started = await t.call('reviewer-win', 'drafts.rescan', { revisionId: draft.currentRevision.id });
    await t.call('admin-win', 'users.setRoles', { userId: reviewerUser.id, roles: ['archivist'] });
    await t.desk.scansIdle();
    expect(scanRows(t.dataDir, draft.currentRevision.id)).toHaveLength(1);
    expect(auditActions(t.dataDir)).not.toContain('revision.rescanned');
    expect(auditDetails(t.dataDir, 'revision.rescan-failed')).toEqual([{ revision: 1, code: 'forbidden' }]);
    // The job's status is for a rescanner to read; the archivist it became is refused it.
    expect((await t.refuse('reviewer-win', 'scans.status', { jobId: started.jobId })).code).toBe('forbidden');
  }, 60_000);

  it('refuses roles that may not rescan, revisions the caller cannot see, unknown revisions and other users\' jobs', async () => {
    const { t, reviewer } = await setUp();
    const draft = await t.call('liaison-win', 'drafts.create', { title: '通知', departmentId: t.dept.id, body: '正文' });
    const revisionId = draft.currentRevision.id;
    const archivist = await withUser(t, 'archivist', ['archivist'], null);
    const other = await t.call('admin-win', 'departments.create', { name: '财务科' });
    const outsider = await withUser(t, 'outsider', ['liaison'], other.id);

    expect((await t.call(archivist, 'drafts.open', { draftId: draft.id })).canRescan).toBe(false);
    const before = dbFingerprint(t.dataDir);
    expect((await t.refuse(archivist, 'drafts.rescan', { revisionId })).code).toBe('forbidden');
    expect((await t.refuse('admin-win', 'drafts.rescan', { revisionId })).code).toBe('forbidden');
    expect((await t.refuse(outsider, 'drafts.rescan', { revisionId })).code).toBe('not-found');
    expect((await t.refuse(reviewer, 'drafts.rescan', { revisionId: 99_999 })).code).toBe('not-found');
    expect((await t.refuse('nobody-win', 'drafts.rescan', { revisionId })).code).toBe('unauthenticated');
    expect((await t.refuse(reviewer, 'drafts.rescan', { revisionId: '1' })).code).toBe('invalid-params');
    await t.desk.scansIdle();
    expect(scanRows(t.dataDir, revisionId)).toHaveLength(1);
    expect(dbFingerprint(t.dataDir)).not.toBe(before); // the refusals are audited …
    expect(auditActions(t.dataDir).filter((a) => a === 'revision.rescanned')).toEqual([]); // … and nothing else is

    // The author rescans their own draft; another user cannot read or cancel that job.
    const own = await t.call('liaison-win', 'drafts.rescan', { revisionId });
    expect((await t.refuse(reviewer, 'scans.status', { jobId: own.jobId })).code).toBe('not-found');
    expect((await t.refuse(reviewer, 'scans.cancel', { jobId: own.jobId })).code).toBe('not-found');
    expect((await t.refuse(archivist, 'scans.status', { jobId: own.jobId })).code).toBe('forbidden');
    await t.desk.scansIdle();
    expect((await t.call('liaison-win', 'scans.status', { jobId: own.jobId })).state).toBe('done');
    expect(auditDetails(t.dataDir, 'revision.rescanned')).toHaveLength(1);
  }, 60_000);
});
