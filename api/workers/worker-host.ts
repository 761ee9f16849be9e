// Runs one job in a worker thread: the desk's main thread (and the window that waits
// on it) stays free while a large or hostile file is read and scanned. Memory is
// capped per worker; cancelling terminates it, and so does running past `timeoutMs`:
// a parser stuck in a synchronous loop cannot check a deadline itself. A worker that can
// stop cleanly between steps is asked first instead (`cancelGraceMs`).
import { Worker } from 'node:worker_threads';
import { cancelledError, ClearanceError, type ErrorInfo } from '../../core/errors';
import { newCancelFlag, raiseCancelFlag } from './cancel-flag';

/** An import's progress: the stage it is in and how far along the whole job is (0..1). */
export interface StageProgress { stage: string; fraction: number }

export type WorkerMessage<O, P = StageProgress> =
  | { type: 'progress'; progress: P }
  | { type: 'done'; result: O }
  /** The worker saw its cancel flag raised and stopped (see `cancelGraceMs`). */
  | { type: 'cancelled' }
  | { type: 'error'; error: ErrorInfo };

/** What a worker module reads: the input given to `runWorker`. */
export interface WorkerEnvelope<I> {
  entry: string;
  input: I;
  /** Given when the host cancels cooperatively: element 0 turns non-zero when the worker should stop. */
  cancelFlag?: Int32Array;
}

export interface WorkerOptions {
  maxMemoryMb?: number;
  transfer?: ArrayBuffer[];
  /** Terminate the worker and fail with `onTimeout()` when it runs longer than this. */
  timeoutMs?: number;
  onTimeout?: () => ClearanceError;
  /**
   * Cancel cooperatively: `cancel()` raises the envelope's `cancelFlag`, and the worker is
   * terminated only if it has not settled within this many ms. For a worker that can stop
   * cleanly between steps of a long synchronous loop (it cannot read messages meanwhile).
   */
  cancelGraceMs?: number;
  /** How a crash (an uncaught error, the memory cap) is reported; by default as a failure to process a file. */
  onCrash?: (e: Error & { code?: string }) => ClearanceError;
  /** How an exit before the worker settled is reported, unless it was cancelled. */
  onExit?: (exitCode: number) => ClearanceError;
  /** How a cancellation is reported (by default `cancelled`). */
  onCancel?: () => ClearanceError;
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
function startWorker<I>(name: string | URL, input: I, opts: WorkerOptions = {}, cancelFlag?: Int32Array): Worker {
  const base = BUNDLED_WORKERS_URL ?? import.meta.url;
  // A URL names a worker module directly (tests use their own).
  const entry = name instanceof URL ? name.href : new URL(`./${name}.${BUNDLED_WORKERS_URL ? 'mjs' : 'ts'}`, base).href;
  return new Worker(new URL('./bootstrap.mjs', base), {
    workerData: { entry, input, cancelFlag } satisfies WorkerEnvelope<I>,
    transferList: opts.transfer,
    resourceLimits: { maxOldGenerationSizeMb: opts.maxMemoryMb ?? 1536 },
  });
}


const crashError = (e: Error & { code?: string }) => e.code === 'ERR_WORKER_OUT_OF_MEMORY'
  ? new ClearanceError('out-of-memory', '文件处理所需内存超出限制，已停止。', 'Processing the file needed more memory than allowed; stopped.')
  : new ClearanceError('worker-failed', `处理文件时出错：${e.message}`, `Processing the file failed: ${e.message}`);

const exitError = () => new ClearanceError('worker-failed', '处理文件的进程意外退出。', 'The worker processing the file exited unexpectedly.');

export function runWorker<I, O, P = StageProgress>(
  name: string | URL,
  input: I,
  onProgress: (p: P) => void,
  opts: WorkerOptions = {},
): WorkerRun<O> {
  const cancelFlag = opts.cancelGraceMs === undefined ? undefined : newCancelFlag();
  const worker = startWorker(name, input, opts, cancelFlag);
  let settled = false;
  let cancelled = false;
  let timer: ReturnType<typeof setTimeout> | undefined;
  let graceTimer: ReturnType<typeof setTimeout> | undefined;
  const result = new Promise<O>((resolve, reject) => {
    const settle = (fn: () => void) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      clearTimeout(graceTimer);
      void worker.terminate();
      fn();
    };
    if (opts.timeoutMs !== undefined) {
      const onTimeout = opts.onTimeout ?? (() => new ClearanceError('timeout', '处理超时，已停止。', 'Processing took too long and was stopped.'));
      timer = setTimeout(() => settle(() => reject(onTimeout())), opts.timeoutMs);
    }
    worker.on('message', (m: WorkerMessage<O, P>) => {
      if (m.type === 'progress') onProgress(m.progress);
      else if (m.type === 'done') settle(() => resolve(m.result));
      else if (m.type === 'cancelled') settle(() => reject((opts.onCancel ?? cancelledError)()));
      else settle(() => reject(new ClearanceError(m.error.code, m.error.message, m.error.messageEn)));
    });
    worker.on('error', (e: Error & { code?: string }) => settle(() => reject((opts.onCrash ?? crashError)(e))));
    // A terminated worker exits too: after cancel() (at once, or when the grace ran out) that is the cancellation.
    worker.on('exit', (code) => settle(() => reject(cancelled ? (opts.onCancel ?? cancelledError)() : (opts.onExit ?? exitError)(code))));
  });
  const cancel = () => {
    if (cancelled) return;
    cancelled = true;
    if (!cancelFlag || settled) { void worker.terminate(); return; }
    raiseCancelFlag(cancelFlag);
    graceTimer = setTimeout(() => void worker.terminate(), opts.cancelGraceMs);
  };
  return { result, cancel };
}
