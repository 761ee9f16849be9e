// A worker busy in a synchronous loop that honours its cancel flag, as the scan worker
// does between chunks: it reports that it is waiting, and stops cleanly once the flag is raised.
import { parentPort, workerData } from 'node:worker_threads';
import type { WorkerEnvelope } from '../../../api/workers/worker-host';

const { cancelFlag } = workerData as WorkerEnvelope<unknown>;
parentPort!.postMessage({ type: 'progress', progress: { stage: 'waiting', fraction: 0 } });
while (Atomics.load(cancelFlag!, 0) === 0) { /* busy */ }
parentPort!.postMessage({ type: 'progress', progress: { stage: 'stopping', fraction: 0 } });
parentPort!.postMessage({ type: 'cancelled' });
