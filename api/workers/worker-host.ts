// Runs one job in a worker thread: the desk's main thread (and the window that waits
// on it) stays free while a large or hostile file is read and scanned. Memory is
// capped per worker; cancelling terminates it.
import { Worker } from 'node:worker_threads';
import { ClearanceError, type ErrorInfo } from '../../core/errors';

export type WorkerMessage<O> =
  | { type: 'progress'; stage: string; fraction: number }
  | { type: 'done'; result: O }
  | { type: 'error'; error: ErrorInfo };

/** What a worker module reads: the input given to `runWorker`. */
export interface WorkerEnvelope<I> { entry: string; input: I }

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
export function startWorker<I>(name: string, input: I, opts: { maxMemoryMb?: number; transfer?: ArrayBuffer[] } = {}): Worker {
  const base = BUNDLED_WORKERS_URL ?? import.meta.url;
  const entry = new URL(`./${name}.${BUNDLED_WORKERS_URL ? 'mjs' : 'ts'}`, base).href;
  return new Worker(new URL('./bootstrap.mjs', base), {
    workerData: { entry, input } satisfies WorkerEnvelope<I>,
    transferList: opts.transfer,
    resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb ?? 1536 },
  });
}

export function runWorker<I, O>(
  name: string,
  input: I,
  onProgress: (stage: string, fraction: number) => void,
  opts: { maxMemoryMb?: number; transfer?: ArrayBuffer[] } = {},
): WorkerRun<O> {
  const worker = startWorker(name, input, opts);
  let settled = false;
  let cancelled = false;
  const result = new Promise<O>((resolve, reject) => {
    worker.on('message', (m: WorkerMessage<O>) => {
      if (m.type === 'progress') onProgress(m.stage, m.fraction);
      else if (m.type === 'done') { settled = true; resolve(m.result); void worker.terminate(); }
      else { settled = true; reject(new ClearanceError(m.error.code, m.error.message, m.error.messageEn)); void worker.terminate(); }
    });
    worker.on('error', (e: Error & { code?: string }) => {
      settled = true;
      reject(e.code === 'ERR_WORKER_OUT_OF_MEMORY'
        ? new ClearanceError('out-of-memory', '文件处理所需内存超出限制，已停止。', 'Processing the file needed more memory than allowed; stopped.')
        : new ClearanceError('worker-failed', `处理文件时出错：${e.message}`, `Processing the file failed: ${e.message}`));
    });
    worker.on('exit', () => {
      if (settled) return;
      reject(cancelled
        ? new ClearanceError('cancelled', '已取消。', 'Cancelled.')
        : new ClearanceError('worker-failed', '处理文件的进程意外退出。', 'The worker processing the file exited unexpectedly.'));
    });
  });
  return { result, cancel: () => { cancelled = true; void worker.terminate(); } };
}
