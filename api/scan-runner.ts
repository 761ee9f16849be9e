// Scans large texts in a worker thread so the UI's process stays responsive,
// with progress reports and cancellation through an AbortSignal.
//
// Cancellation: the worker is busy in a synchronous loop and cannot read messages,
// so a shared Int32Array flag is raised and the worker checks it between chunks;
// if it has not stopped within a grace period it is terminated.
// The worker is started like every other (api/workers/worker-host.ts).

import type { DetectorConfig } from '../core/detectors/types';
import type { ExtractedDocument } from '../core/documents/types';
import { ClearanceError } from '../core/errors';
import type { Finding, LayerName } from '../core/model';
import type { TermLibrary } from '../core/terms/library';
import type { MatcherOptions } from '../core/terms/matcher';
import { startWorker } from './workers/worker-host';

export interface ScanJob {
  layers: { layer: LayerName; text: string }[];
  library: TermLibrary;
  detectorConfig?: DetectorConfig;
  matcherOptions?: MatcherOptions;
  /**
   * Set when the layers are a whole document's: its structural findings (hidden layers,
   * metadata, GPS of its images, image-only pages) are added and ordered as an import's scan orders them.
   */
  document?: Pick<ExtractedDocument, 'images' | 'warnings'>;
}

export interface ScanProgress {
  /** UTF-16 units scanned so far, over all layers. */
  done: number;
  total: number;
  layer: LayerName;
}

export interface ScanOutcome {
  findings: Finding[];
  libraryVersion: string;
  /** The worker's thread id (never the caller's). */
  threadId: number;
}

export type ScanWorkerMessage =
  | ({ type: 'progress' } & ScanProgress)
  | ({ type: 'done' } & ScanOutcome)
  | { type: 'cancelled' }
  | { type: 'error'; message: string };

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  /** Units scanned between progress reports and cancellation checks. */
  chunkSize?: number;
  /** How long a cancelled worker may take to stop before it is terminated. */
  graceMs?: number;
}

const cancelledError = () => new ClearanceError('scan-cancelled', '扫描已取消。', 'The scan was cancelled.');

export function runScanInWorker(job: ScanJob, options: RunOptions = {}): Promise<ScanOutcome> {
  const { signal, onProgress, chunkSize = 1 << 20, graceMs = 2000 } = options;
  if (signal?.aborted) return Promise.reject(cancelledError());
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker('scan-worker', { job, cancel, chunkSize });
  return new Promise<ScanOutcome>((resolve, reject) => {
    let settled = false;
    let timer: ReturnType<typeof setTimeout> | undefined;
    const finish = (fn: () => void) => {
      if (settled) return;
      settled = true;
      if (timer) clearTimeout(timer);
      signal?.removeEventListener('abort', onAbort);
      void worker.terminate();
      fn();
    };
    const onAbort = () => {
      Atomics.store(cancel, 0, 1);
      timer = setTimeout(() => finish(() => reject(cancelledError())), graceMs);
    };
    signal?.addEventListener('abort', onAbort, { once: true });
    worker.on('message', (m: ScanWorkerMessage) => {
      if (m.type === 'progress') onProgress?.({ done: m.done, total: m.total, layer: m.layer });
      else if (m.type === 'done') finish(() => resolve({ findings: m.findings, libraryVersion: m.libraryVersion, threadId: m.threadId }));
      else if (m.type === 'cancelled') finish(() => reject(cancelledError()));
      else finish(() => reject(new ClearanceError('scan-failed', `扫描失败：${m.message}`, `The scan failed: ${m.message}`)));
    });
    worker.on('error', (e) => finish(() => reject(new ClearanceError('scan-failed', `扫描失败：${e.message}`, `The scan failed: ${e.message}`))));
    worker.on('exit', (code) => finish(() => reject(new ClearanceError('scan-failed', `扫描进程意外退出（${code}）。`, `The scan worker exited unexpectedly (${code}).`))));
  });
}
