// Worker: reads one file (every layer) and scans it. Posts progress, then the
// extracted document and its findings, or a coded error. Nothing here touches the database.
//
// Cancelling is cooperative (worker-host's `cancelGraceMs`): the extractors hear the cancel
// flag where they check their time budget, and the scan checks it between slices. A worker
// stuck inside one step (a parser on a single huge part) is terminated once the grace is over.
import { parentPort, workerData } from 'node:worker_threads';
import { isClearanceError } from '../../core/errors';
import { extractDocument } from '../../core/documents';
import type { ExtractionLimits } from '../../core/documents/types';
import { runDetectors } from '../../core/detectors';
import { createEngine, scanLayersInChunks, withDocumentFindings, type EngineSpec } from '../../core/scan';
import type { ImportWorkerResult } from '../imports/import-types';
import { cancelCheck } from './cancel-flag';
import type { WorkerEnvelope, WorkerMessage } from './worker-host';

/** The scan stage's share of the progress bar, and the units scanned between its reports. */
const SCAN_FROM = 0.6;
const SCAN_TO = 0.9;
const SCAN_CHUNK = 256 * 1024;

interface Input { bytes: Uint8Array; fileName: string; limits: Partial<ExtractionLimits>; engine: EngineSpec }

const { input, cancelFlag } = workerData as WorkerEnvelope<Input>;
const cancelled = cancelCheck(cancelFlag);
const post = (m: WorkerMessage<ImportWorkerResult>) => parentPort!.postMessage(m);

/** The result, or null when the job was cancelled. */
async function run(): Promise<ImportWorkerResult | null> {
  const progress = (stage: string, fraction: number) => post({ type: 'progress', progress: { stage, fraction } });
  progress('extracting', 0.05);
  const doc = await extractDocument(input.bytes, input.fileName, input.limits, { cancelled });
  progress('scanning', SCAN_FROM);
  const engine = createEngine(input.engine);
  // The scan stage fills its share of the bar slice by slice, and hears a cancel before its first.
  const layerFindings = scanLayersInChunks(doc.layers, engine, runDetectors, {
    chunkSize: SCAN_CHUNK,
    onProgress: ({ done, total }) => progress('scanning', SCAN_FROM + (SCAN_TO - SCAN_FROM) * (total === 0 ? 1 : done / total)),
    cancelled,
  });
  if (layerFindings === null) return null;
  const findings = withDocumentFindings(doc, layerFindings);
  progress('saving', SCAN_TO);
  return { doc, findings, libraryVersion: engine.libraryVersion };
}

run().then(
  (result) => post(result === null ? { type: 'cancelled' } : { type: 'done', result }),
  // Whatever stopped a cancelled job (the extractors' `cancelled`, or a refusal that came first), it was cancelled.
  (e: unknown) => post(cancelled() ? { type: 'cancelled' } : {
    type: 'error',
    error: isClearanceError(e) ? e.toInfo()
      : { code: 'corrupt-file', message: `文件无法读取：${(e as Error)?.message ?? e}`, messageEn: `The file cannot be read: ${(e as Error)?.message ?? e}` },
  }),
);
