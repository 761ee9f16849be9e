// Cancelling an import is cooperative: the import worker hears the cancel flag where the
// extractors check their time budget and between scan slices, and stops by itself with
// `cancelled`. The grace before termination is set far beyond each test's timeout here, so
// an import that ends within it was not ended by termination.
import { describe, expect, it } from 'vitest';
import { STARTER_LIBRARY } from '../../core/terms/starter-library';
import type { ImportWorkerResult } from '../../api/imports/import-types';
import { ImportQueue } from '../../api/imports/import-queue';
import { runWorker } from '../../api/workers/worker-host';
import { openDatabase } from '../../db/connection';
import { dbFingerprint } from '../support/db-snapshot';
import { tempDir } from '../support/temp';

const GRACE_MS = 120_000;
/** Far below the grace: enough for a loaded machine to reach its next check. */
const QUICK_MS = 15_000;
const LINE = '关于做好年度工作安排的通知，请各单位认真落实。';
const bigHtml = () => Buffer.from(`<html><body>${`<p>${LINE}</p>`.repeat(400_000)}</body></html>`); // 24 MB
const bigText = () => Buffer.from(`${LINE}\n`.repeat(120_000)); // 2.9 M units: a dozen scan slices
const engine = { library: STARTER_LIBRARY };

/** Runs the import worker and cancels it at the first progress report `when` accepts. */
async function cancelImport(bytes: Buffer, fileName: string, when: (stage: string, fraction: number) => boolean) {
  const stages: string[] = [];
  let cancelledAt = 0;
  const run = runWorker<unknown, ImportWorkerResult>('import-worker', { bytes, fileName, limits: {}, engine }, ({ stage, fraction }) => {
    stages.push(stage);
    if (cancelledAt === 0 && when(stage, fraction)) { cancelledAt = Date.now(); run.cancel(); }
  }, { cancelGraceMs: GRACE_MS });
  const error = await run.result.then(() => null, (e: unknown) => e);
  return { error, stages, msAfterCancel: Date.now() - cancelledAt };
}

describe('cancelling an import', () => {
  it('stops a large document while it is being extracted', async () => {
    const { error, stages, msAfterCancel } = await cancelImport(bigHtml(), '大文件.html', (stage) => stage === 'extracting');
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(stages).toEqual(['extracting']);
    expect(msAfterCancel).toBeLessThan(QUICK_MS);
  }, 60_000);

  it('stops a large document while it is being scanned', async () => {
    const { error, stages, msAfterCancel } = await cancelImport(bigText(), '大文件.txt', (stage, fraction) => stage === 'scanning' && fraction > 0.6);
    expect(error).toMatchObject({ code: 'cancelled' });
    expect(stages).not.toContain('saving');
    expect(msAfterCancel).toBeLessThan(QUICK_MS);
  }, 60_000);

  it('closing the queue (the desk shutting down) stops a running import, failed with code cancelled, and nothing is recorded', async () => {
    const dataDir = tempDir();
    const db = openDatabase(dataDir);
    const before = dbFingerprint(dataDir);
    const queue = new ImportQueue({ db, now: () => new Date(), engineSpecFor: () => engine, limits: {}, cancelGraceMs: GRACE_MS });
    const user = { id: 1, username: 'liaison', displayName: '联络员', roles: [], departmentId: 1, departmentName: '办公室' };
    const { jobId } = queue.start({ user, draftId: null, title: '大文件', departmentId: 1, fileName: '大文件.html', bytes: bigHtml(), sha256: 'x' });
    while (queue.status(jobId, user.id).state !== 'extracting') await new Promise((r) => setTimeout(r, 10));
    const closedAt = Date.now();
    queue.close();
    await queue.idle();
    expect(Date.now() - closedAt).toBeLessThan(QUICK_MS);
    expect(queue.status(jobId, user.id)).toMatchObject({ state: 'failed', error: { code: 'cancelled' } });
    db.close();
    expect(dbFingerprint(dataDir)).toBe(before);
  }, 60_000);
});
