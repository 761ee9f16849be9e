// Composition of one layer's findings: library terms, detectors, the allow list.
// The detectors and document-level findings are passed in, so this file (and its
// tests) depend only on the shapes in core/model and core/detectors/types.

import type { DetectorConfig, DetectorFinding } from '../detectors/types';
import type { Finding, LayerName, Severity } from '../model';
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

const RANK: Record<Severity, number> = { warn: 0, escalate: 1, block: 2 };

/**
 * Library-term findings that lie inside a detector finding of at least the same
 * severity (机密 inside the mark 机密★1年, 内部资料 found by both) are dropped: the
 * detector's finding is the more specific one, and the reviewer would otherwise
 * have to dispose of the same words twice.
 */
export function dropCoveredTerms(terms: Finding[], detected: Finding[]): Finding[] {
  if (detected.length === 0) return terms;
  const byRank = [0, 1, 2].map((r) => detected.filter((d) => RANK[d.severity] >= r).sort((a, b) => a.start - b.start));
  const maxEnds = byRank.map((list) => {
    let m = -1;
    return list.map((d) => (m = Math.max(m, d.end)));
  });
  return terms.filter((t) => {
    const list = byRank[RANK[t.severity]];
    let lo = 0;
    let hi = list.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (list[mid].start <= t.start) lo = mid + 1; else hi = mid;
    }
    return !(lo > 0 && maxEnds[RANK[t.severity]][lo - 1] >= t.end);
  });
}

/** Combine term hits (already scanned) with the detectors, then apply the allow list. */
export function composeLayer(text: string, layer: LayerName, hits: Hits, engine: ScanEngine, detect: Detect): Finding[] {
  const detected: Finding[] = detect(text, engine.detectorConfig).map((d) => ({ ...d, layer }));
  const findings = dropCoveredTerms(termFindings(text, layer, hits, engine), detected);
  for (const d of detected) findings.push(d);
  return sortFindings(engine.allow.filter(text, findings));
}

export function scanTextWith(text: string, layer: LayerName, engine: ScanEngine, detect: Detect): Finding[] {
  return composeLayer(text, layer, engine.matcher.scan(text), engine, detect);
}
