// Entry of every worker thread. Node does not carry tsx's loader (`--import tsx`)
// into worker threads, so when the desk runs from its TypeScript sources the worker
// registers tsx itself before importing the real worker module.
import { workerData } from 'node:worker_threads';

if (workerData.entry.endsWith('.ts')) {
  const { register } = await import('tsx/esm/api');
  register();
}
await import(workerData.entry);
