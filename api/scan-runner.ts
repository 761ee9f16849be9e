// Scans large texts in a worker thread so the UI's process stays responsive,
// with progress reports and cancellation through an AbortSignal.
//
// Cancellation is cooperative (worker-host's `cancelGraceMs`): the worker is busy in a
// synchronous loop and cannot read messages, so it checks a shared flag between chunks;
// if it has not stopped within the grace period it is terminated.

import type { DetectorConfig } from '../core/detectors/types';
import type { ExtractedDocument } from '../core/documents/types';
import { ClearanceError } from '../core/errors';
import type { Finding, LayerName } from '../core/model';
import type { TermLibrary } from '../core/terms/library';
import type { MatcherOptions } from '../core/terms/matcher';
import { runWorker } from './workers/worker-host';

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

/** What scan-worker.ts reads as its input. */
export interface ScanWorkerInput { job: ScanJob; chunkSize: number }

export interface RunOptions {
  signal?: AbortSignal;
  onProgress?: (p: ScanProgress) => void;
  /** Units scanned between progress reports and cancellation checks. */
  chunkSize?: number;
  /** How long a cancelled worker may take to stop before it is terminated. */
  graceMs?: number;
}

const cancelledError = () => new ClearanceError('scan-cancelled', '扫描已取消。', 'The scan was cancelled.');
const failedError = (detail: string) => new ClearanceError('scan-failed', `扫描失败：${detail}`, `The scan failed: ${detail}`);

export function runScanInWorker(job: ScanJob, options: RunOptions = {}): Promise<ScanOutcome> {
  const { signal, onProgress, chunkSize = 1 << 20, graceMs = 2000 } = options;
  if (signal?.aborted) return Promise.reject(cancelledError());
  const run = runWorker<ScanWorkerInput, ScanOutcome, ScanProgress>('scan-worker', { job, chunkSize }, (p) => onProgress?.(p), {
    cancelGraceMs: graceMs,
    onCancel: cancelledError,
    onCrash: (e) => failedError(e.message),
    onExit: (code) => new ClearanceError('scan-failed', `扫描进程意外退出（${code}）。`, `The scan worker exited unexpectedly (${code}).`),
  });
  const onAbort = () => run.cancel();
  signal?.addEventListener('abort', onAbort, { once: true });
  return run.result.finally(() => signal?.removeEventListener('abort', onAbort));
}
