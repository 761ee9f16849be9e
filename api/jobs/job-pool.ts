// The desk's background jobs (imports, rescans) share this: a job runs its worker
// outside any transaction (better-sqlite3 transactions cannot span an await) and then
// records its result in one transaction of its own, with its audit entry. A job belongs
// to the user who started it; a finished one is kept for a while so the window that
// polls it can read the outcome.
import { randomUUID } from 'node:crypto';
import { ClearanceError } from '../../core/errors';

export interface PooledJob {
  readonly id: string;
  readonly ownerId: number;
  finishedAt?: number;
}

export interface JobPoolOptions {
  /** Jobs running at once (these PCs have two cores). */
  maxParallel?: number;
  keepFinishedMs?: number;
  /** The refusal for an unknown, expired or someone else's job. */
  notFound: () => ClearanceError;
}

export const newJobId = (): string => randomUUID();

export class JobPool<J extends PooledJob> {
  private readonly jobs = new Map<string, J>();
  private readonly waiting: J[] = [];
  private running = 0;
  private closedFlag = false;

  constructor(private readonly execute: (job: J) => Promise<void>, private readonly options: JobPoolOptions) {}

  get closed(): boolean { return this.closedFlag; }

  /** Queues a job; it starts on a later turn of the event loop, never inside the caller's transaction. */
  add(job: J): void {
    this.prune();
    this.jobs.set(job.id, job);
    this.waiting.push(job);
    setImmediate(() => this.pump());
  }

  /** The job, for the user who started it only. */
  owned(id: string, userId: number): J {
    const job = this.jobs.get(id);
    if (!job || job.ownerId !== userId) throw this.options.notFound();
    return job;
  }

  /** Jobs not finished yet (queued or running). */
  unfinished(): J[] {
    return [...this.jobs.values()].filter((j) => j.finishedAt === undefined);
  }

  /** Takes a job that has not started off the queue; false when it already started. */
  dequeue(job: J): boolean {
    const i = this.waiting.indexOf(job);
    if (i < 0) return false;
    this.waiting.splice(i, 1);
    job.finishedAt = Date.now();
    return true;
  }

  /** Resolves when every started job has finished (tests, orderly shutdown). */
  async idle(): Promise<void> {
    while (this.running > 0 || this.waiting.length > 0) await new Promise((r) => setTimeout(r, 20));
  }

  /** Drops the queue and hands every job to `stop` (which ends its worker); nothing is recorded afterwards. */
  close(stop: (job: J) => void): void {
    this.closedFlag = true;
    for (const job of this.waiting.splice(0)) job.finishedAt = Date.now();
    for (const job of this.jobs.values()) stop(job);
  }

  private pump(): void {
    while (!this.closedFlag && this.running < (this.options.maxParallel ?? 1) && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      void this.execute(job).finally(() => { this.running--; job.finishedAt = Date.now(); this.pump(); });
    }
  }

  private prune(): void {
    const cutoff = Date.now() - (this.options.keepFinishedMs ?? 30 * 60_000);
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && job.finishedAt < cutoff) this.jobs.delete(id);
  }
}
