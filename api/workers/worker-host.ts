// Runs one job in a worker thread: the desk's main thread (and the window that waits
// on it) stays free while a large or hostile file is read and scanned. Memory is
// capped per worker; cancelling terminates it, and so does running past `timeoutMs`:
// a parser stuck in a synchronous loop cannot check a deadline itself.
import { Worker } from 'node:worker_threads';
import { ClearanceError, type ErrorInfo } from '../../core/errors';

export type WorkerMessage<O> =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; result: O }
  | { type: 'error'; error: ErrorInfo };

/** What a worker module reads: the input given to `runWorker`. */
export interface WorkerEnvelope<I> { entry: string; input: I }

export interface WorkerOptions {
  maxMemoryMb?: number;
  transfer?: ArrayBuffer[];
  /** Terminate the worker and fail with `onTimeout()` when it runs longer than this. */
  timeoutMs?: number;
  onTimeout?: () => ClearanceError;
}

export interface WorkerRun<O> {
  result: Promise<O>;
  cancel(): void;
}

// The Electron build defines this as the folder of its bundles, where each worker is an .mjs
// (scripts/build-electron.mjs); from source the workers are the .ts files beside this one.
declare const __CLEARANCE_WORKERS_URL__: string | undefined;
const BUNDLED_WORKERS_URL = typeof __CLEARANCE_WORKERS_URL__ === 'string' ? __CLEARANCE_WORKERS_URL__ : null;

/**
 * Starts `<name>-worker` with `input` as its workerData.input: from source through
 * bootstrap.mjs (which registers tsx), from the Electron bundle as the bundled .mjs.
 */
export function startWorker<I>(name: string | URL, input: I, opts: WorkerOptions = {}): Worker {
  const base = BUNDLED_WORKERS_URL ?? import.meta.url;
  // A URL names a worker module directly (tests use their own).
  const entry = name instanceof URL ? name.href : new URL(`./${name}.${BUNDLED_WORKERS_URL ? 'mjs' : 'ts'}`, base).href;
  return new Worker(new URL('./bootstrap.mjs', base), {
    workerData: { entry, input } satisfies WorkerEnvelope<I>,
    transferList: opts.transfer,
    resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb ?? 1536 },
  });
}

export function runWorker<I, O>(
  name: string | URL,
  input: I,
  onProgress: (stage: string, fraction: number) => void,
  opts: WorkerOptions = {},
): WorkerRun<O> {
  const worker = startWorker(name, input, opts);
  let settled = false;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<O>((resolve, reject) => {
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      void worker.terminate();
      fn();
    };
    if (opts.timeoutMs !== undefined) {
      const onTimeout = opts.onTimeout ?? (() => new ClearanceError('timeout', '处理超时，已停止。', 'Processing took too long and was stopped.'));
      timer = setTimeout(() => settle(() => reject(onTimeout())), opts.timeoutMs);
    }
    worker.on('message', (m: WorkerMessage<O>) => {
      if (m.type === 'progress') onProgress(m.stage, m.fraction);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else settle(() => reject(new ClearanceError(m.error.code, m.error.message, m.error.messageEn)));
    });
    worker.on('error', (e: Error & { code?: string }) => settle(() => reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
      ? new ClearanceError('out-of-memory', '文件处理所需内存超出限制，已停止。', 'Processing the file needed more memory than allowed; stopped.')
      : new ClearanceError('worker-failed', `处理文件时出错：${e.message}`, `Processing the file failed: ${e.message}`))));
    worker.on('exit', () => settle(() => reject(cancelled
      ? new ClearanceError('cancelled', '已取消。', 'Cancelled.')
      : new ClearanceError('worker-failed', '处理文件的进程意外退出。', 'The worker processing the file exited unexpectedly.'))));
  });
  return { result, cancel: () => { cancelled = true; void worker.terminate(); } };
}
