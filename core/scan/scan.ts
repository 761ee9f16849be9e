// Scanning with the desk's real detectors and document findings.

import { runDetectors } from '../detectors/index';
import type { ExtractedDocument } from '../documents/types';
import type { Finding, LayerName } from '../model';
import { withDocumentFindings } from './chunked';
import { scanTextWith } from './compose';
import type { ScanEngine } from './engine';

/** Every finding in one layer's text: library terms and detectors, minus allowed phrases. */
export function scanText(text: string, layer: LayerName, engine: ScanEngine): Finding[] {
  return scanTextWith(text, layer, engine, runDetectors);
}

/** Every layer of an extracted document, plus its hidden-layer and metadata findings. */
export function scanDocument(doc: ExtractedDocument, engine: ScanEngine): Finding[] {
  const findings: Finding[] = [];
  // push one by one: spreading a large layer's findings would overflow the stack.
  for (const { layer, text } of doc.layers) for (const f of scanText(text, layer, engine)) findings.push(f);
  return withDocumentFindings(doc, findings);
}
