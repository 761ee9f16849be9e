import { parentPort, workerData } from 'node:worker_threads';

parentPort!.postMessage({ type: 'done', result: { echoed: (workerData as { input: unknown }).input } });
