// Scans large texts in a worker thread so the UI's process stays responsive,
// with progress reports and cancellation through an AbortSignal.
//
// Cancellation: the worker is busy in a synchronous loop and cannot read messages,
// so a shared Int32Array flag is raised and the worker checks it between chunks;
// if it has not stopped within a grace period it is terminated.
//
// Running from TypeScript sources (tests, `tsx`): Node 20 does not apply loader
// hooks given as `execArgv: ['--import', 'tsx']` to a worker's entry module (the
// .ts entry fails with ERR_UNKNOWN_FILE_EXTENSION), so a one-line bootstrap
// registers tsx inside the worker and then imports the entry.

import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { DetectorConfig } from '../core/detectors/types';
import { ClearanceError } from '../core/errors';
import type { Finding, LayerName } from '../core/model';
import type { TermLibrary } from '../core/terms/library';
import type { MatcherOptions } from '../core/terms/matcher';

export interface ScanJob {
  layers: { layer: LayerName; text: string }[];
  library: TermLibrary;
  detectorConfig?: DetectorConfig;
  matcherOptions?: MatcherOptions;
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

/** The ESM build of tsx's API (its CommonJS build resolves its own parts wrongly when imported). */
function tsxEsmApi(): string {
  const require = createRequire(import.meta.url);
  const pkgPath = require.resolve('tsx/package.json');
  const pkg = JSON.parse(readFileSync(pkgPath, 'utf8')) as { exports: Record<string, { import: { default: string } }> };
  return join(dirname(pkgPath), pkg.exports['./esm/api'].import.default);
}

function startWorker(workerData: unknown): Worker {
  const fromSource = import.meta.url.endsWith('.ts');
  const entry = new URL(`./workers/scan-worker.${fromSource ? 'ts' : 'js'}`, import.meta.url);
  if (!fromSource) return new Worker(entry, { workerData });
  const tsxApi = pathToFileURL(tsxEsmApi()).href;
  const boot = `import(${JSON.stringify(tsxApi)}).then((m) => { m.register(); return import(${JSON.stringify(entry.href)}); });`;
  return new Worker(boot, { eval: true, workerData });
}

export function runScanInWorker(job: ScanJob, options: RunOptions = {}): Promise<ScanOutcome> {
  const { signal, onProgress, chunkSize = 1 << 20, graceMs = 2000 } = options;
  if (signal?.aborted) return Promise.reject(cancelledError());
  const cancel = new Int32Array(new SharedArrayBuffer(4));
  const worker = startWorker({ job, cancel, chunkSize });
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
