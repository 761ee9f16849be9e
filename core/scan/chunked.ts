// Scanning in slices, for a worker thread that must report progress and stop when
// asked: the matcher resumes each slice from the previous one's cursor, so a term
// spanning a slice boundary is still found, and the findings equal a whole-text scan.
// Detectors and the allow list then run once per layer, as in `scanTextWith`.

// layer-findings, not documents/index: a scan worker need not load the extractors (pdf.js, zip).
import { documentFindings } from '../documents/layer-findings';
import type { ExtractedDocument } from '../documents/types';
import type { Finding, LayerName } from '../model';
import { HitBuffer } from '../terms/matcher';
import { composeLayer, sortFindings, type Detect } from './compose';
import type { ScanEngine } from './engine';

export interface ChunkProgress {
  /** UTF-16 units scanned so far, over all layers. */
  done: number;
  total: number;
  layer: LayerName;
}

export interface ChunkOptions {
  /** Units scanned between progress reports and cancellation checks. */
  chunkSize: number;
  onProgress?: (p: ChunkProgress) => void;
  /** Checked between slices; when it returns true the scan stops. */
  cancelled?: () => boolean;
}

/** Every layer's findings, in the layers' order; null when cancelled. */
export function scanLayersInChunks(
  layers: readonly { layer: LayerName; text: string }[], engine: ScanEngine, detect: Detect, opts: ChunkOptions,
): Finding[] | null {
  const chunk = Math.max(1, Math.floor(opts.chunkSize));
  const total = layers.reduce((n, l) => n + l.text.length, 0);
  const findings: Finding[] = [];
  let done = 0;
  for (const { layer, text } of layers) {
    const hits = new HitBuffer();
    const cursor = engine.matcher.cursor();
    for (let from = 0; from < text.length; from += chunk) {
      if (opts.cancelled?.()) return null;
      const to = Math.min(text.length, from + chunk);
      engine.matcher.scanRange(text, from, to, cursor, hits);
      done += to - from;
      opts.onProgress?.({ done, total, layer });
    }
    if (opts.cancelled?.()) return null;
    // push one by one: spreading a large layer's findings would overflow the stack.
    for (const f of composeLayer(text, layer, hits.toHits(), engine, detect)) findings.push(f);
  }
  return findings;
}

/**
 * A document's findings from its layers' findings: adds the structural ones (hidden
 * layers, metadata, GPS, image-only pages) and orders them by layer, then reading order.
 */
export function withDocumentFindings(doc: Pick<ExtractedDocument, 'layers' | 'images' | 'warnings'>, layerFindings: Finding[]): Finding[] {
  for (const f of documentFindings(doc)) layerFindings.push(f);
  const order = new Map(doc.layers.map((l, i) => [l.layer, i]));
  return sortFindings(layerFindings).sort((a, b) => (order.get(a.layer) ?? 99) - (order.get(b.layer) ?? 99));
}
