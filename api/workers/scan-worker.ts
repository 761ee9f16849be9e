// Runs one scan job off the main thread: compiles the engine, scans every layer
// in chunks (posting progress after each), and stops between chunks when the
// shared cancel flag is raised. Messages: see ScanWorkerMessage in ../scan-runner.

import { parentPort, threadId, workerData } from 'node:worker_threads';
import { runDetectors } from '../../core/detectors/index';
import { composeLayer } from '../../core/scan/compose';
import { createEngine } from '../../core/scan/engine';
import { HitBuffer } from '../../core/terms/matcher';
import type { Finding } from '../../core/model';
import type { ScanJob, ScanWorkerMessage } from '../scan-runner';
import type { WorkerEnvelope } from './worker-host';

const data = (workerData as WorkerEnvelope<{ job: ScanJob; cancel: Int32Array; chunkSize: number }>).input;
const post = (m: ScanWorkerMessage) => parentPort!.postMessage(m);

function run(): void {
  const { job, cancel, chunkSize } = data;
  const engine = createEngine({ library: job.library, detectorConfig: job.detectorConfig, matcherOptions: job.matcherOptions });
  const total = job.layers.reduce((n, l) => n + l.text.length, 0);
  let done = 0;
  const findings: Finding[] = [];
  for (const { layer, text } of job.layers) {
    const hits = new HitBuffer();
    const cursor = engine.matcher.cursor();
    for (let from = 0; from < text.length; from += chunkSize) {
      if (Atomics.load(cancel, 0) !== 0) { post({ type: 'cancelled' }); return; }
      const to = Math.min(text.length, from + chunkSize);
      engine.matcher.scanRange(text, from, to, cursor, hits);
      done += to - from;
      post({ type: 'progress', done, total, layer });
    }
    if (Atomics.load(cancel, 0) !== 0) { post({ type: 'cancelled' }); return; }
    for (const f of composeLayer(text, layer, hits.toHits(), engine, runDetectors)) findings.push(f);
  }
  post({ type: 'done', findings, libraryVersion: engine.libraryVersion, threadId });
}

try {
  run();
} catch (e) {
  post({ type: 'error', message: e instanceof Error ? e.message : String(e) });
}
