// Rescans: every stored layer of a revision scanned again, in the scan worker, with its
// department's current library and detector settings; the window polls `scans.status`
// and may cancel. The worker runs outside any transaction; the result is recorded by
// commitRescan in a transaction of its own. A cancelled rescan records nothing; a failed
// one (or one refused when recording) only its audit entry, revision.rescan-failed.
import { ClearanceError, isClearanceError } from '../../core/errors';
import type { ExtractedDocument } from '../../core/documents/types';
import type { LayerName } from '../../core/model';
import type { EngineSpec } from '../../core/scan';
import type { Db } from '../../db/connection';
import { findRevision } from '../../db/drafts-repo';
import { revisionDocumentInfo, revisionLayers } from '../../db/revisions-repo';
import type { RescanStatus } from '../contract';
import { JobPool, newJobId } from '../jobs/job-pool';
import { runScanInWorker, type ScanJob } from '../scan-runner';
import { auditFailedRescan, commitRescan, rescanRefusals, type RescanRequest } from './commit-rescan';

interface Job { id: string; ownerId: number; request: RescanRequest; status: RescanStatus; abort: AbortController; finishedAt?: number }

export interface RescanQueueDeps {
  db: Db;
  now: () => Date;
  engineSpecFor: (departmentId: number) => EngineSpec;
  /** UTF-16 units scanned between progress reports and cancellation checks. */
  chunkSize?: number;
  maxParallel?: number;
}

const DEFAULT_CHUNK = 256 * 1024;
const TERMINAL: readonly RescanStatus['state'][] = ['done', 'failed', 'cancelled'];

export class RescanQueue {
  private readonly pool: JobPool<Job>;

  constructor(private readonly deps: RescanQueueDeps) {
    this.pool = new JobPool<Job>((job) => this.execute(job), {
      maxParallel: deps.maxParallel,
      notFound: () => new ClearanceError('not-found', '扫描任务不存在或已过期。', 'No such scan job (or it has expired).'),
    });
  }

  /** Queues a rescan; one at a time per revision. */
  start(request: RescanRequest): RescanStatus {
    if (this.pool.unfinished().some((j) => j.request.revisionId === request.revisionId)) throw rescanRefusals.running(request.number);
    const jobId = newJobId();
    const job: Job = {
      id: jobId, ownerId: request.user.id, request, abort: new AbortController(),
      status: {
        jobId, draftId: request.draftId, revisionId: request.revisionId, revision: request.number, state: 'queued', progress: 0,
        layer: null, done: 0, total: 0, lexiconVersion: null, findings: null, error: null,
      },
    };
    this.pool.add(job);
    return { ...job.status };
  }

  status(jobId: string, userId: number): RescanStatus {
    return { ...this.pool.owned(jobId, userId).status };
  }

  /** The user's rescan of a revision that has not ended, if any. */
  unfinishedFor(revisionId: number, userId: number): RescanStatus | null {
    const job = this.pool.unfinished().find((j) => j.request.revisionId === revisionId && j.ownerId === userId);
    return job ? { ...job.status } : null;
  }

  /** Stops the caller's rescan; a finished one is returned unchanged. */
  cancel(jobId: string, userId: number): RescanStatus {
    const job = this.pool.owned(jobId, userId);
    if (!TERMINAL.includes(job.status.state)) {
      if (this.pool.dequeue(job)) job.status.state = 'cancelled';
      else job.abort.abort();
    }
    return { ...job.status };
  }

  idle(): Promise<void> {
    return this.pool.idle();
  }

  close(): void {
    this.pool.close((job) => job.abort.abort());
  }

  private async execute(job: Job): Promise<void> {
    const { request, status } = job;
    try {
      const spec = this.deps.engineSpecFor(request.departmentId);
      const input = this.layersOf(request);
      status.state = 'scanning';
      status.total = input.layers.reduce((n, l) => n + l.text.length, 0);
      const outcome = await runScanInWorker(
        { ...input, library: spec.library, detectorConfig: spec.detectorConfig, matcherOptions: spec.matcherOptions },
        {
          signal: job.abort.signal,
          chunkSize: this.deps.chunkSize ?? DEFAULT_CHUNK,
          onProgress: (p) => Object.assign(status, { layer: p.layer, done: p.done, total: p.total, progress: p.total === 0 ? 1 : p.done / p.total }),
        },
      );
      if (this.pool.closed || job.abort.signal.aborted) { status.state = 'cancelled'; return; }
      status.state = 'saving';
      commitRescan(this.deps.db, request, outcome, { layers: input.layers.map((l) => l.layer), chars: status.total },
        spec.detectorConfig ?? {}, this.deps.now());
      Object.assign(status, { state: 'done', progress: 1, lexiconVersion: outcome.libraryVersion, findings: outcome.findings.length });
    } catch (e) {
      if (isClearanceError(e) && e.code === 'scan-cancelled') { status.state = 'cancelled'; return; }
      if (!isClearanceError(e)) console.error('[clearance] rescan failed', e);
      const err = isClearanceError(e) ? e : new ClearanceError('internal', '重新扫描失败，未保存任何内容。', 'The rescan failed; nothing was saved.');
      Object.assign(status, { state: 'failed', error: err.toInfo() });
      if (!this.pool.closed) {
        try { auditFailedRescan(this.deps.db, request, err.code, this.deps.now()); } catch (ae) { console.error('[clearance] could not audit a failed rescan', ae); }
      }
    }
  }

  /**
   * What the revision holds, as the import scanned it: every stored layer in the desk's
   * layer order with its images and page warnings (an imported document's structural
   * findings come back too); a typed revision is its body alone, scanned as typing scans it.
   */
  private layersOf(r: RescanRequest): Pick<ScanJob, 'layers' | 'document'> {
    const stored = revisionLayers(this.deps.db, r.revisionId);
    if (stored.length === 0) {
      const rev = findRevision(this.deps.db, r.draftId, r.number);
      if (!rev) throw rescanRefusals.notFound();
      return { layers: [{ layer: 'body' as LayerName, text: rev.body_text }] };
    }
    const info = revisionDocumentInfo(this.deps.db, r.revisionId);
    const document: Pick<ExtractedDocument, 'images' | 'warnings'> = info
      ? { images: JSON.parse(info.images), warnings: JSON.parse(info.warnings) } : { images: [], warnings: [] };
    return { layers: stored, document };
  }
}
