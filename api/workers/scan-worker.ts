// Runs one scan job off the main thread: compiles the engine, scans every layer
// in chunks (posting progress after each), and stops between chunks when the host
// raises the envelope's cancel flag (worker-host's `cancelGraceMs`). A throw here
// reaches the host as the worker's 'error' event, which the scan runner reports as scan-failed.

import { parentPort, threadId, workerData } from 'node:worker_threads';
import { runDetectors } from '../../core/detectors/index';
import { scanLayersInChunks, withDocumentFindings } from '../../core/scan/chunked';
import { createEngine } from '../../core/scan/engine';
import type { ScanOutcome, ScanProgress, ScanWorkerInput } from '../scan-runner';
import { cancelCheck } from './cancel-flag';
import type { WorkerEnvelope, WorkerMessage } from './worker-host';

const { input: { job, chunkSize }, cancelFlag } = workerData as WorkerEnvelope<ScanWorkerInput>;
const post = (m: WorkerMessage<ScanOutcome, ScanProgress>) => parentPort!.postMessage(m);

const engine = createEngine({ library: job.library, detectorConfig: job.detectorConfig, matcherOptions: job.matcherOptions });
const found = scanLayersInChunks(job.layers, engine, runDetectors, {
  chunkSize,
  onProgress: (progress) => post({ type: 'progress', progress }),
  cancelled: cancelCheck(cancelFlag),
});
if (found === null) {
  post({ type: 'cancelled' });
} else {
  const findings = job.document ? withDocumentFindings({ ...job.document, layers: job.layers }, found) : found;
  post({ type: 'done', result: { findings, libraryVersion: engine.libraryVersion, threadId } });
}
