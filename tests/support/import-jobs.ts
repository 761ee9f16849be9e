// Waiting on a desk import in integration tests, by polling imports.status as a window
// does. One home for which states end a job and for the two ways of waiting on one.
import { expect } from 'vitest';
import type { ImportState, ImportStatus } from '../../api/contract';
import type { TestDesk } from './desk';

/** The states an import job ends in; it changes no more after one of them. */
const ENDED: readonly ImportState[] = ['done', 'failed', 'cancelled'];

/** Polls every 20 ms until the job has ended, and returns its last status. */
export async function importEnded(t: TestDesk, job: ImportStatus, win = 'liaison-win'): Promise<ImportStatus> {
  let s = job;
  while (!ENDED.includes(s.state)) {
    await new Promise((r) => setTimeout(r, 20));
    s = await t.call(win, 'imports.status', { jobId: job.jobId });
  }
  return s;
}

/**
 * Polls on every turn of the event loop (a state is seen as soon as the desk sets it) until
 * the job is in `state`, and fails the test if it ended, or moved past, first.
 */
export async function importReached(t: TestDesk, job: ImportStatus, state: ImportState, win = 'liaison-win'): Promise<ImportStatus> {
  let s = job;
  for (let i = 0; i < 200_000 && s.state !== state && !ENDED.includes(s.state); i++) {
    await new Promise((r) => setImmediate(r));
    s = await t.call(win, 'imports.status', { jobId: job.jobId });
  }
  expect(s.state).toBe(state);
  return s;
}
