// A typed revision is scanned as it is saved, in the same transaction, so every
// revision a reviewer opens has its findings and the lexicon version they came from.
import { runDetectors } from '../core/detectors';
import { scanTextWith } from '../core/scan/compose';
import type { Db } from '../db/connection';
import { insertScan } from '../db/revisions-repo';
import { engineFor } from './scan-engine';

export function scanTypedRevision(db: Db, r: { revisionId: number; body: string; departmentId: number; now: Date }): number {
  const engine = engineFor(db, r.departmentId, r.now);
  const findings = scanTextWith(r.body, 'body', engine, runDetectors);
  insertScan(db, {
    revisionId: r.revisionId, lexiconVersion: engine.libraryVersion, detectorConfig: engine.detectorConfig,
    at: r.now.toISOString(), findings,
  });
  return findings.length;
}
