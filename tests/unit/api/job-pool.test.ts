import { describe, expect, it } from 'vitest';
import { ClearanceError } from '../../../core/errors';
import { JobPool, newJobId, type PooledJob } from '../../../api/jobs/job-pool';

interface J extends PooledJob { log: string[]; release?: () => void }
const notFound = () => new ClearanceError('not-found', '无', 'none');

function pool(maxParallel = 1) {
  const started: string[] = [];
  const p = new JobPool<J>(async (job) => {
    started.push(job.id);
    await new Promise<void>((r) => { job.release = r; });
  }, { maxParallel, notFound });
  return { p, started };
}
const job = (ownerId = 1): J => ({ id: newJobId(), ownerId, log: [] });
const turn = () => new Promise((r) => setImmediate(r));

describe('the job pool', () => {
  it('starts jobs on a later turn, at most maxParallel at once, in order', async () => {
    const { p, started } = pool(1);
    const a = job();
    const b = job();
    p.add(a);
    p.add(b);
    expect(started).toEqual([]);
    await turn();
    expect(started).toEqual([a.id]);
    expect(p.unfinished()).toEqual([a, b]);
    a.release!();
    await turn();
    expect(started).toEqual([a.id, b.id]);
    expect(a.finishedAt).toBeTypeOf('number');
    b.release!();
    await p.idle();
    expect(p.unfinished()).toEqual([]);
  });

  it('shows a job to its owner only', () => {
    const { p } = pool();
    const a = job(7);
    p.add(a);
    expect(p.owned(a.id, 7)).toBe(a);
    expect(() => p.owned(a.id, 8)).toThrow(expect.objectContaining({ code: 'not-found' }));
    expect(() => p.owned(newJobId(), 7)).toThrow(expect.objectContaining({ code: 'not-found' }));
  });

  it('takes a waiting job off the queue, but not a running one', async () => {
    const { p, started } = pool(1);
    const a = job();
    const b = job();
    p.add(a);
    p.add(b);
    await turn();
    expect(p.dequeue(a)).toBe(false);
    expect(p.dequeue(b)).toBe(true);
    a.release!();
    await p.idle();
    expect(started).toEqual([a.id]);
  });

  it('on close starts nothing more and hands every job to stop', async () => {
    const { p, started } = pool(1);
    const a = job();
    const b = job();
    p.add(a);
    p.add(b);
    await turn();
    const stopped: string[] = [];
    p.close((j) => { stopped.push(j.id); j.release?.(); });
    expect(p.closed).toBe(true);
    expect(stopped.sort()).toEqual([a.id, b.id].sort());
    await p.idle();
    expect(started).toEqual([a.id]);
  });
});
