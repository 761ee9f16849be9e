// A liaison cancels an import through the desk (`imports.cancel`): a running one stops,
// a queued one never starts, and either way nothing is recorded — no draft, no revision,
// no blob, not even an audit entry. Only the user who started the job may cancel it, and
// a job that has ended is returned as it is. Real SQLite files, a real 8 MB .docx.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildBigDocx } from '../e2e/support/big-docx';
import { buildFixtures } from '../fixtures/build';
import { AUDIT_TABLES, auditActions, dbFingerprint } from '../support/db-snapshot';
import { deskWithLiaison } from '../support/desk';
import { importEnded, importReached } from '../support/import-jobs';
import { tempDir } from '../support/temp';

type Desk = Awaited<ReturnType<typeof deskWithLiaison>>;

/** Far beyond a cooperative stop, well within a test's timeout on a loaded machine. */
const QUICK_MS = 10_000;

let docx: string;
let small: string;
beforeAll(async () => {
  const dir = tempDir('import-cancel-');
  const fixtures = await buildFixtures(join(dir, 'f'));
  const file = join(dir, 'big.docx');
  await buildBigDocx(fixtures['every-layer.docx'], file, 8 * 1024 * 1024);
  docx = readFileSync(file).toString('base64');
  small = readFileSync(fixtures['layers.html']).toString('base64');
}, 120_000);

const importBig = (t: Desk) =>
  t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: '误选的大文件.docx', contentBase64: docx });
const importSmall = (t: Desk) =>
  t.call('liaison-win', 'drafts.importFile', { draftId: null, fileName: 'layers.html', contentBase64: small });

describe('cancelling an import through the desk', () => {
  it('stops a large file while it is extracted; the database is exactly as before, audit chain included', async () => {
    const t = await deskWithLiaison();
    const before = dbFingerprint(t.dataDir);
    const job = await importReached(t, await importBig(t), 'extracting');
    const cancelledAt = Date.now();
    expect((await t.call('liaison-win', 'imports.cancel', { jobId: job.jobId })).state).toBe('extracting');
    const end = await importEnded(t, job);
    expect(Date.now() - cancelledAt).toBeLessThan(QUICK_MS);
    expect(end).toMatchObject({ state: 'cancelled', draftId: null, revision: null, error: null });
    await t.desk.importsIdle();
    expect(dbFingerprint(t.dataDir)).toBe(before);
    // Cancelled stays cancelled; the liaison can import again at once.
    expect(await t.call('liaison-win', 'imports.cancel', { jobId: job.jobId })).toEqual(end);
    expect(await importEnded(t, await importSmall(t))).toMatchObject({ state: 'done', revision: 1 });
    expect(auditActions(t.dataDir).filter((a) => a.startsWith('drafts.'))).toEqual(['drafts.import']);
  }, 120_000);

  it('drops a result the worker sent before it heard the cancel', async () => {
    const t = await deskWithLiaison();
    const before = dbFingerprint(t.dataDir);
    const job = await importReached(t, await importSmall(t), 'extracting');
    // The main thread is busy while the worker reads and scans the small file and posts its
    // result: the cancel comes before the desk has seen that result.
    const busyUntil = Date.now() + 3_000;
    while (Date.now() < busyUntil) { /* the worker finishes meanwhile */ }
    expect((await t.call('liaison-win', 'imports.cancel', { jobId: job.jobId })).state).toBe('extracting');
    await t.desk.importsIdle();
    expect(await importEnded(t, job)).toMatchObject({ state: 'cancelled', revision: null });
    expect(dbFingerprint(t.dataDir)).toBe(before);
  }, 60_000);

  it('takes a queued import off the queue (one import at a time); the one running is recorded', async () => {
    const t = await deskWithLiaison();
    const first = await importBig(t);
    const second = await importSmall(t);
    await importReached(t, first, 'extracting');
    expect((await t.call('liaison-win', 'imports.status', { jobId: second.jobId })).state).toBe('queued');
    expect(await t.call('liaison-win', 'imports.cancel', { jobId: second.jobId })).toMatchObject({ state: 'cancelled', draftId: null });
    await t.desk.importsIdle();
    expect(await t.call('liaison-win', 'imports.status', { jobId: first.jobId })).toMatchObject({ state: 'done', revision: 1 });
    expect(await t.call('liaison-win', 'imports.status', { jobId: second.jobId })).toMatchObject({ state: 'cancelled', revision: null });
    const drafts = await t.call('liaison-win', 'drafts.list', {});
    expect(drafts.map((d) => d.title)).toEqual(['误选的大文件']);
    expect(auditActions(t.dataDir).filter((a) => a.startsWith('drafts.'))).toEqual(['drafts.import']);
  }, 120_000);

  it('refuses another user\'s cancel as not-found, and the import carries on', async () => {
    const t = await deskWithLiaison();
    await t.call('admin-win', 'users.create', { username: 'other', displayName: '别人', password: 'other-password-1', roles: ['liaison'], departmentId: t.dept.id });
    await t.call('other-win', 'auth.signIn', { username: 'other', password: 'other-password-1' });
    const job = await importReached(t, await importBig(t), 'extracting');
    const tables = dbFingerprint(t.dataDir, AUDIT_TABLES);
    const actions = auditActions(t.dataDir);
    expect((await t.refuse('other-win', 'imports.cancel', { jobId: job.jobId })).code).toBe('not-found');
    // The refusal is audited (call.refused) and nothing else changes.
    expect(dbFingerprint(t.dataDir, AUDIT_TABLES)).toBe(tables);
    expect(auditActions(t.dataDir)).toEqual([...actions, 'call.refused']);
    expect(await importEnded(t, job)).toMatchObject({ state: 'done', revision: 1, error: null });
    expect(auditActions(t.dataDir)).toEqual([...actions, 'call.refused', 'drafts.import']);
  }, 120_000);

  it('returns a finished import as it is', async () => {
    const t = await deskWithLiaison();
    const done = await importEnded(t, await importSmall(t));
    expect(done).toMatchObject({ state: 'done', revision: 1 });
    const before = dbFingerprint(t.dataDir);
    expect(await t.call('liaison-win', 'imports.cancel', { jobId: done.jobId })).toEqual(done);
    expect(await t.call('liaison-win', 'imports.status', { jobId: done.jobId })).toEqual(done);
    expect(dbFingerprint(t.dataDir)).toBe(before);
    expect((await t.call('liaison-win', 'drafts.list', {}))).toHaveLength(1);
  }, 60_000);
});
