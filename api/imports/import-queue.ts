// Import jobs: each file is read and scanned in a worker, one or two at a time
// (these PCs have two cores), and recorded when it finishes. The window polls
// `imports.status` for progress; the job belongs to the user who started it.
import { randomUUID } from 'node:crypto';
import { ClearanceError, isClearanceError } from '../../core/errors';
import { DEFAULT_LIMITS, type ExtractionLimits } from '../../core/documents/types';
import type { EngineSpec } from '../../core/scan';
import type { Db } from '../../db/connection';
import { runWorker, type WorkerRun } from '../workers/worker-host';
import { auditRefusedImport, commitImport, type ImportRequest } from './commit-import';
import type { ImportState, ImportStatus } from '../contract';
import type { ImportWorkerResult } from './import-types';

export type { ImportStatus };


interface Job { request: ImportRequest; status: ImportStatus; run?: WorkerRun<ImportWorkerResult>; finishedAt?: number }

export interface ImportQueueDeps {
  db: Db;
  now: () => Date;
  engineSpecFor: (departmentId: number) => EngineSpec;
  limits: Partial<ExtractionLimits>;
  maxParallel?: number;
}

const KEEP_FINISHED_MS = 30 * 60_000;
/** Extraction has its budget; scanning the result may take about as long again. */
const WATCHDOG_FACTOR = 2;

const importTimeout = (budgetMs: number) => new ClearanceError('extraction-timeout',
  `文件处理超过 ${Math.round((budgetMs * WATCHDOG_FACTOR) / 1000)} 秒仍未完成，已停止，未保存任何内容。`,
  `Processing the file took longer than ${Math.round((budgetMs * WATCHDOG_FACTOR) / 1000)} s; it was stopped and nothing was saved.`);

export class ImportQueue {
  private readonly jobs = new Map<string, Job>();
  private readonly waiting: Job[] = [];
  private running = 0;
  private closed = false;

  constructor(private readonly deps: ImportQueueDeps) {}

  start(request: ImportRequest): ImportStatus {
    this.prune();
    const job: Job = {
      request,
      status: { jobId: randomUUID(), fileName: request.fileName, state: 'queued', progress: 0, draftId: request.draftId, revision: null, error: null },
    };
    this.jobs.set(job.status.jobId, job);
    this.waiting.push(job);
    setImmediate(() => this.pump());
    return { ...job.status };
  }

  /** Status of a job, for the user who started it only. */
  status(jobId: string, userId: number): ImportStatus {
    const job = this.jobs.get(jobId);
    if (!job || job.request.user.id !== userId) {
      throw new ClearanceError('not-found', '导入任务不存在或已过期。', 'No such import job (or it has expired).');
    }
    return { ...job.status };
  }

  /** Resolves when every started job has finished (tests, orderly shutdown). */
  async idle(): Promise<void> {
    while (this.running > 0 || this.waiting.length > 0) await new Promise((r) => setTimeout(r, 20));
  }

  close(): void {
    this.closed = true;
    this.waiting.length = 0;
    for (const job of this.jobs.values()) job.run?.cancel();
  }

  private pump(): void {
    while (!this.closed && this.running < (this.deps.maxParallel ?? 1) && this.waiting.length > 0) {
      const job = this.waiting.shift()!;
      this.running++;
      void this.execute(job).finally(() => { this.running--; job.finishedAt = Date.now(); this.pump(); });
    }
  }

  private async execute(job: Job): Promise<void> {
    const { request } = job;
    const spec = this.deps.engineSpecFor(request.departmentId);
    try {
      const budgetMs = this.deps.limits.timeBudgetMs ?? DEFAULT_LIMITS.timeBudgetMs;
      job.run = runWorker<unknown, ImportWorkerResult>('import-worker',
        { bytes: request.bytes, fileName: request.fileName, limits: this.deps.limits, engine: spec },
        (stage, fraction) => { job.status.state = stage as ImportState; job.status.progress = fraction; },
        // The extractors check their budget between steps; this catches one stuck inside a step.
        { timeoutMs: budgetMs * WATCHDOG_FACTOR, onTimeout: () => importTimeout(budgetMs) });
      const result = await job.run.result;
      if (this.closed) return;
      job.status.state = 'saving';
      const saved = commitImport(this.deps.db, request, result, spec.detectorConfig ?? {}, this.deps.now());
      Object.assign(job.status, { state: 'done', progress: 1, draftId: saved.draftId, revision: saved.revision });
    } catch (e) {
      const err = isClearanceError(e) ? e : new ClearanceError('internal', '导入失败，未保存任何内容。', 'The import failed; nothing was saved.');
      if (!isClearanceError(e)) console.error('[clearance] import failed', e);
      Object.assign(job.status, { state: 'failed', error: err.toInfo() });
      if (!this.closed) {
        try { auditRefusedImport(this.deps.db, request, err.code, this.deps.now()); } catch (ae) { console.error('[clearance] could not audit a refused import', ae); }
      }
    }
  }

  private prune(): void {
    const cutoff = Date.now() - KEEP_FINISHED_MS;
    for (const [id, job] of this.jobs) if (job.finishedAt !== undefined && job.finishedAt < cutoff) this.jobs.delete(id);
  }
}
