// Import jobs: each file is read and scanned in a worker, one or two at a time
// (these PCs have two cores), and recorded when it finishes. The window polls
// `imports.status` for progress and may cancel; the job belongs to the user who started
// it. A cancelled import records nothing, not even an audit entry; a refused or failed one
// only drafts.import-refused.
import { ClearanceError, isClearanceError } from '../../core/errors';
import { DEFAULT_LIMITS, type ExtractionLimits } from '../../core/documents/types';
import type { EngineSpec } from '../../core/scan';
import type { Db } from '../../db/connection';
import { JobPool, newJobId } from '../jobs/job-pool';
import { runWorker, type WorkerRun } from '../workers/worker-host';
import { auditRefusedImport, commitImport, type ImportRequest } from './commit-import';
import type { ImportState, ImportStatus } from '../contract';
import type { ImportWorkerResult } from './import-types';

export type { ImportStatus };


interface Job {
  id: string; ownerId: number; request: ImportRequest; status: ImportStatus; run?: WorkerRun<ImportWorkerResult>; finishedAt?: number;
  /** The user cancelled it: whatever the worker ends with, nothing is recorded. */
  cancelled?: boolean;
}

export interface ImportQueueDeps {
  db: Db;
  now: () => Date;
  engineSpecFor: (departmentId: number) => EngineSpec;
  limits: Partial<ExtractionLimits>;
  maxParallel?: number;
  /** How long a cancelled import's worker may take to stop by itself before it is terminated. */
  cancelGraceMs?: number;
}

/**
 * A cancelled worker stops at its next budget check or scan slice, well within this; one
 * stuck inside a single step (a parser on one huge part) is terminated when it runs out.
 */
const CANCEL_GRACE_MS = 2000;

/**
 * While the worker reads and scans. From 'saving' on, its result is on its way to the one
 * transaction that records it: a cancel is too late, and the import ends as done.
 */
const CANCELLABLE: readonly ImportState[] = ['queued', 'extracting', 'scanning'];

/** Extraction has its budget; scanning the result may take about as long again. */
const WATCHDOG_FACTOR = 2;

const importTimeout = (budgetMs: number) => new ClearanceError('extraction-timeout',
  `文件处理超过 ${Math.round((budgetMs * WATCHDOG_FACTOR) / 1000)} 秒仍未完成，已停止，未保存任何内容。`,
  `Processing the file took longer than ${Math.round((budgetMs * WATCHDOG_FACTOR) / 1000)} s; it was stopped and nothing was saved.`);

export class ImportQueue {
  private readonly pool: JobPool<Job>;

  constructor(private readonly deps: ImportQueueDeps) {
    this.pool = new JobPool<Job>((job) => this.execute(job), {
      maxParallel: deps.maxParallel,
      notFound: () => new ClearanceError('not-found', '导入任务不存在或已过期。', 'No such import job (or it has expired).'),
    });
  }

  start(request: ImportRequest): ImportStatus {
    const jobId = newJobId();
    const job: Job = {
      id: jobId, ownerId: request.user.id, request,
      status: { jobId, fileName: request.fileName, state: 'queued', progress: 0, draftId: request.draftId, revision: null, error: null },
    };
    this.pool.add(job);
    return { ...job.status };
  }

  /** Status of a job, for the user who started it only. */
  status(jobId: string, userId: number): ImportStatus {
    return { ...this.pool.owned(jobId, userId).status };
  }

  /** Stops the caller's import while it can still be stopped; otherwise it is returned unchanged. */
  cancel(jobId: string, userId: number): ImportStatus {
    const job = this.pool.owned(jobId, userId);
    if (CANCELLABLE.includes(job.status.state)) {
      if (this.pool.dequeue(job)) job.status.state = 'cancelled';
      else { job.cancelled = true; job.run?.cancel(); }
    }
    return { ...job.status };
  }

  /** Resolves when every started job has finished (tests, orderly shutdown). */
  idle(): Promise<void> {
    return this.pool.idle();
  }

  close(): void {
    this.pool.close((job) => job.run?.cancel());
  }

  private async execute(job: Job): Promise<void> {
    const { request } = job;
    try {
      // Inside the try: preparing the engine reads (and may seed) the lexicon, and a failure
      // there ends the job as failed like any other, instead of leaving it queued.
      const spec = this.deps.engineSpecFor(request.departmentId);
      const budgetMs = this.deps.limits.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs;
      job.run = runWorker<unknown, ImportWorkerResult>('import-worker',
        { bytes: request.bytes, fileName: request.fileName, limits: this.deps.limits, engine: spec },
        // Once cancelled the status stays where the cancel found it until the job ends
        // cancelled: the worker's own 'saving' would read as "too late to cancel".
        ({ stage, fraction }) => { if (!job.cancelled) { job.status.state = stage as ImportState; job.status.progress = fraction; } },
        // The extractors check their budget between steps; this catches one stuck inside a step.
        { timeoutMs: budgetMs * WATCHDOG_FACTOR, onTimeout: () => importTimeout(budgetMs), cancelGraceMs: this.deps.cancelGraceMs ?? CANCEL_GRACE_MS });
      const result = await job.run.result;
      if (this.pool.closed) return;
      // The worker finished before it heard the cancel: its result is dropped.
      if (job.cancelled) { job.status.state = 'cancelled'; return; }
      job.status.state = 'saving';
      const saved = commitImport(this.deps.db, request, result, spec.detectorConfig ?? {}, this.deps.now());
      Object.assign(job.status, { state: 'done', progress: 1, draftId: saved.draftId, revision: saved.revision });
    } catch (e) {
      // Stopped at the user's request (by itself or, after the grace, terminated): nothing to record.
      if (job.cancelled) { job.status.state = 'cancelled'; return; }
      const err = isClearanceError(e) ? e : new ClearanceError('internal', '导入失败，未保存任何内容。', 'The import failed; nothing was saved.');
      if (!isClearanceError(e)) console.error('[clearance] import failed', e);
      Object.assign(job.status, { state: 'failed', error: err.toInfo() });
      if (!this.pool.closed) {
        try { auditRefusedImport(this.deps.db, request, err.code, this.deps.now()); } catch (ae) { console.error('[clearance] could not audit a refused import', ae); }
      }
    }
  }
}
