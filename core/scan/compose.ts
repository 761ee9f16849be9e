// Composition of one layer's findings: library terms, detectors, the allow list.
// The detectors and document-level findings are passed in, so this file (and its
// tests) depend only on the shapes in core/model and core/detectors/types.

import type { DetectorConfig, DetectorFinding } from '../detectors/types';
import type { Finding, LayerName } from '../model';
import type { Hits } from '../terms/hits';
import type { ScanEngine } from './engine';

export type Detect = (text: string, config: DetectorConfig) => DetectorFinding[];

/** Library-term findings for the hits of one layer. Objects are built here, once per hit. */
export function termFindings(text: string, layer: LayerName, hits: Hits, engine: ScanEngine): Finding[] {
  const out: Finding[] = [];
  for (let i = 0; i < hits.count; i++) {
    const term = engine.terms.get(hits.termId(i));
    if (!term) continue;
    const start = hits.start(i);
    const end = hits.end(i);
    out.push({
      layer, start, end, text: text.slice(start, end),
      category: term.category, severity: term.severity, rule: `term:${term.id}`, rationale: term.rationale,
    });
  }
  return out;
}

/** Findings in reading order: by start, longer first, then by rule. */
export function sortFindings(findings: Finding[]): Finding[] {
  return findings.sort((a, b) => a.start - b.start || b.end - a.end || (a.rule < b.rule ? -1 : a.rule > b.rule ? 1 : 0));
}

/** Combine term hits (already scanned) with the detectors, then apply the allow list. */
export function composeLayer(text: string, layer: LayerName, hits: Hits, engine: ScanEngine, detect: Detect): Finding[] {
  const findings = termFindings(text, layer, hits, engine);
  for (const d of detect(text, engine.detectorConfig)) findings.push({ ...d, layer });
  return sortFindings(engine.allow.filter(text, findings));
}

export function scanTextWith(text: string, layer: LayerName, engine: ScanEngine, detect: Detect): Finding[] {
  return composeLayer(text, layer, engine.matcher.scan(text), engine, detect);
}
