// Worker: reads one file (every layer) and scans it. Posts progress, then the
// extracted document and its findings, or a coded error. Nothing here touches the database.
import { parentPort, workerData } from 'node:worker_threads';
import { isClearanceError } from '../../core/errors';
import { extractDocument } from '../../core/documents';
import type { ExtractionLimits } from '../../core/documents/types';
import { createEngine, type EngineSpec } from '../../core/scan';
import { scanDocument } from '../../core/scan';
import type { ImportWorkerResult } from '../imports/import-types';
import type { WorkerEnvelope } from './worker-host';

interface Input { bytes: Uint8Array; fileName: string; limits: Partial<ExtractionLimits>; engine: EngineSpec }

async function run(input: Input): Promise<ImportWorkerResult> {
  const progress = (stage: string, fraction: number) => parentPort!.postMessage({ type: 'progress', stage, fraction });
  progress('extracting', 0.05);
  const doc = await extractDocument(input.bytes, input.fileName, input.limits);
  progress('scanning', 0.6);
  const engine = createEngine(input.engine);
  const findings = scanDocument(doc, engine);
  progress('saving', 0.9);
  return { doc, findings, libraryVersion: engine.libraryVersion };
}

run((workerData as WorkerEnvelope<Input>).input).then(
  (result) => parentPort!.postMessage({ type: 'done', result }),
  (e: unknown) => parentPort!.postMessage({
    type: 'error',
    error: isClearanceError(e) ? e.toInfo()
      : { code: 'corrupt-file', message: `文件无法读取：${(e as Error)?.message ?? e}`, messageEn: `The file cannot be read: ${(e as Error)?.message ?? e}` },
  }),
);
