// Runs one scan job off the main thread: compiles the engine, scans every layer
// in chunks (posting progress after each), and stops between chunks when the
// shared cancel flag is raised. Messages: see ScanWorkerMessage in ../scan-runner.

import { parentPort, threadId, workerData } from 'node:worker_threads';
import { runDetectors } from '../../core/detectors/index';
import { scanLayersInChunks, withDocumentFindings } from '../../core/scan/chunked';
import { createEngine } from '../../core/scan/engine';
import type { ScanJob, ScanWorkerMessage } from '../scan-runner';
import type { WorkerEnvelope } from './worker-host';

const data = (workerData as WorkerEnvelope<{ job: ScanJob; cancel: Int32Array; chunkSize: number }>).input;
const post = (m: ScanWorkerMessage) => parentPort!.postMessage(m);

function run(): void {
  const { job, cancel, chunkSize } = data;
  const engine = createEngine({ library: job.library, detectorConfig: job.detectorConfig, matcherOptions: job.matcherOptions });
  const found = scanLayersInChunks(job.layers, engine, runDetectors, {
    chunkSize,
    onProgress: (p) => post({ type: 'progress', ...p }),
    cancelled: () => Atomics.load(cancel, 0) !== 0,
  });
  if (found === null) { post({ type: 'cancelled' }); return; }
  const findings = job.document ? withDocumentFindings({ ...job.document, layers: job.layers }, found) : found;
  post({ type: 'done', findings, libraryVersion: engine.libraryVersion, threadId });
}

try {
  run();
} catch (e) {
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
