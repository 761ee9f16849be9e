// What a revision carries beyond its body: the original bytes (content-addressed),
// the extracted layers, the document's metadata, and the scans with their findings.
import { LAYERS, type Finding, type LayerName } from '../core/model';
import type { Db } from './connection';

export function storeBlob(db: Db, sha256: string, bytes: Uint8Array, at: string): void {
  db.prepare('INSERT OR IGNORE INTO blobs (sha256, size, bytes, created_at) VALUES (?, ?, ?, ?)')
    .run(sha256, bytes.byteLength, Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), at);
}

export function readBlob(db: Db, sha256: string): Buffer | undefined {
  return (db.prepare('SELECT bytes FROM blobs WHERE sha256 = ?').get(sha256) as { bytes: Buffer } | undefined)?.bytes;
}

export interface ImportedRevisionRow { draft_id: number; title: string; number: number }

/** Revisions (of any draft) made from exactly these bytes. */
export function revisionsWithFile(db: Db, sha256: string): ImportedRevisionRow[] {
  return db.prepare(`SELECT r.draft_id, d.title, r.number FROM draft_revisions r JOIN drafts d ON d.id = r.draft_id
    WHERE r.file_sha256 = ? ORDER BY r.draft_id, r.number`).all(sha256) as ImportedRevisionRow[];
}

export function insertLayers(db: Db, revisionId: number, layers: { layer: LayerName; text: string }[]): void {
  const add = db.prepare('INSERT INTO revision_layers (revision_id, layer, text) VALUES (?, ?, ?)');
  for (const l of layers) add.run(revisionId, l.layer, l.text);
}

export function insertDocumentInfo(db: Db, revisionId: number, info: { metadata: unknown; images: unknown; warnings: unknown }): void {
  db.prepare('INSERT INTO revision_documents (revision_id, metadata, images, warnings) VALUES (?, ?, ?, ?)')
    .run(revisionId, JSON.stringify(info.metadata), JSON.stringify(info.images), JSON.stringify(info.warnings));
}

export function insertScan(db: Db, s: { revisionId: number; lexiconVersion: string; detectorConfig: unknown; at: string; findings: Finding[] }): number {
  const scanId = Number(db.prepare('INSERT INTO scans (revision_id, lexicon_version, detector_config, created_at) VALUES (?, ?, ?, ?)')
    .run(s.revisionId, s.lexiconVersion, JSON.stringify(s.detectorConfig), s.at).lastInsertRowid);
  const add = db.prepare(`INSERT INTO findings (scan_id, layer, start, end, text, category, severity, rule, confidence, rationale)
    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)`);
  for (const f of s.findings) add.run(scanId, f.layer, f.start, f.end, f.text, f.category, f.severity, f.rule, f.confidence ?? null, f.rationale ?? null);
  return scanId;
}

/** A revision's stored layers, in the desk's layer order (LAYERS). */
export function revisionLayers(db: Db, revisionId: number): { layer: LayerName; text: string }[] {
  const rows = db.prepare('SELECT layer, text FROM revision_layers WHERE revision_id = ?').all(revisionId) as { layer: LayerName; text: string }[];
  return rows.sort((a, b) => LAYERS.indexOf(a.layer) - LAYERS.indexOf(b.layer));
}

export function revisionDocumentInfo(db: Db, revisionId: number): { metadata: string; images: string; warnings: string } | undefined {
  return db.prepare('SELECT metadata, images, warnings FROM revision_documents WHERE revision_id = ?').get(revisionId) as
    { metadata: string; images: string; warnings: string } | undefined;
}

export interface ScanRow { id: number; lexicon_version: string; created_at: string }

export function latestScan(db: Db, revisionId: number): ScanRow | undefined {
  return db.prepare('SELECT id, lexicon_version, created_at FROM scans WHERE revision_id = ? ORDER BY id DESC LIMIT 1').get(revisionId) as ScanRow | undefined;
}

export function scanFindings(db: Db, scanId: number): Finding[] {
  const rows = db.prepare(`SELECT layer, start, end, text, category, severity, rule, confidence, rationale FROM findings
    WHERE scan_id = ? ORDER BY layer, start, end`).all(scanId) as (Finding & { confidence: number | null; rationale: string | null })[];
  return rows.map(({ confidence, rationale, ...f }) => ({ ...f, ...(confidence === null ? {} : { confidence }), ...(rationale === null ? {} : { rationale }) }));
}

export function countScanFindings(db: Db, scanId: number): number {
  return (db.prepare('SELECT count(*) AS n FROM findings WHERE scan_id = ?').get(scanId) as { n: number }).n;
}
