// The detector registry and the one entry point the scanner calls.
//
// `runDetectors` finds the windows worth looking at (windows.ts), builds the normalised view
// only when the text needs one, runs every enabled detector, and resolves conflicts where two
// detectors claim overlapping characters: the more specific reading wins (an ID number over the mobile-looking run inside it; a checksum-valid ID over a
// Luhn-valid card unless the card is the more confident reading).

import { bankCardDetector } from './bank-card';
import { classificationMarkDetector } from './classification-mark';
import { coordinatesDetector } from './coordinates';
import { creditCodeDetector } from './credit-code';
import { docNumberDetector } from './doc-number';
import { emailDetector } from './email';
import { internalMarkerDetector } from './internal-marker';
import { ipAddressDetector } from './ip-address';
import { landlineDetector } from './landline';
import { mobileDetector } from './mobile';
import { normalizedView, type NormalizedView } from './normalized-view';
import { plateDetector } from './plate';
import { residentIdDetector } from './resident-id';
import type { Detector, DetectorConfig, DetectorFinding, DetectorId, DetectorSettings } from './types';
import { findWindows } from './windows';

const EMPTY = new Int32Array(0);

export type { Detector, DetectorConfig, DetectorFinding, DetectorId, DetectorSettings } from './types';

export const DETECTORS: readonly Detector[] = [
  classificationMarkDetector,
  internalMarkerDetector,
  residentIdDetector,
  creditCodeDetector,
  bankCardDetector,
  mobileDetector,
  landlineDetector,
  plateDetector,
  ipAddressDetector,
  emailDetector,
  coordinatesDetector,
  docNumberDetector,
];

export function detectorById(id: DetectorId): Detector | undefined {
  return DETECTORS.find((d) => d.id === id);
}

function defaultsOf(d: Detector): DetectorSettings {
  return {
    enabled: true,
    severity: d.defaultSeverity,
    contextWindow: d.defaultContextWindow,
    options: { ...(d.defaultOptions ?? {}) },
  };
}

export function defaultDetectorSettings(): Record<DetectorId, DetectorSettings> {
  const out = {} as Record<DetectorId, DetectorSettings>;
  for (const d of DETECTORS) out[d.id] = defaultsOf(d);
  return out;
}

/** Defaults overlaid with a department's partial settings (options merged key by key). */
export function resolveSettings(d: Detector, partial?: Partial<DetectorSettings>): DetectorSettings {
  const base = defaultsOf(d);
  if (partial === undefined) return base;
  return {
    enabled: partial.enabled ?? base.enabled,
    severity: partial.severity ?? base.severity,
    contextWindow: partial.contextWindow ?? base.contextWindow,
    options: { ...base.options, ...(partial.options ?? {}) },
  };
}

// Higher wins an overlap: marks are words no number can be part of; among numbers the one
// with the strictest structure (check digit + date + region, then checksum, …) is the reading.
const PRIORITY: Record<DetectorId, number> = {
  'classification-mark': 100,
  'internal-marker': 90,
  'resident-id': 80,
  'credit-code': 75,
  'bank-card': 70,
  email: 65,
  'ip-address': 60,
  coordinates: 55,
  'doc-number': 50,
  landline: 45,
  mobile: 40,
  plate: 30,
};

/** True when `a` should be kept over the overlapping `b`. */
function beats(a: DetectorFinding, b: DetectorFinding): boolean {
  const ca = a.category as DetectorId;
  const cb = b.category as DetectorId;
  if (ca === cb) return a.end - a.start > b.end - b.start;
  const pair = new Set([ca, cb]);
  // An ID and a card on the same digits: both checksums passed, so let context decide.
  if (pair.has('resident-id') && pair.has('bank-card') && (a.confidence ?? 0) !== (b.confidence ?? 0)) {
    return (a.confidence ?? 0) > (b.confidence ?? 0);
  }
  return PRIORITY[ca] > PRIORITY[cb];
}

/** Drops the losers of every overlap; `findings` must be sorted by start. */
export function resolveOverlaps(findings: DetectorFinding[]): DetectorFinding[] {
  const kept: DetectorFinding[] = [];
  for (const f of findings) {
    // Findings are short (tens of characters), so only the last few kept ones can overlap.
    const lo = Math.max(0, kept.length - 8);
    let loses = false;
    for (let j = lo; j < kept.length && !loses; j++) {
      if (kept[j].end > f.start && !beats(f, kept[j])) loses = true;
    }
    if (loses) continue;
    for (let j = kept.length - 1; j >= lo; j--) if (kept[j].end > f.start) kept.splice(j, 1);
    kept.push(f);
  }
  return kept;
}

/**
 * Every enabled detector over `text`, sorted, overlaps resolved. One prefilter pass (see
 * windows.ts) finds the few windows where number-shaped patterns can match; those detectors
 * run their regexes there only, the others jump between rare characters with indexOf. The
 * normalised copy is made only when the pass meets a character that needs folding.
 */
export function runDetectors(text: string, config: DetectorConfig = {}): DetectorFinding[] {
  let view: NormalizedView = { original: text, text, shiftAt: EMPTY, shiftBy: EMPTY };
  let windows = findWindows(text);
  if (windows.needsView) {
    // The text is unchanged up to the first character to fold: neither the view nor the
    // pass looks at that part again.
    view = normalizedView(text, windows.foldAt);
    windows = findWindows(view.text, windows);
  }
  return collect(config, (d, settings) => (d.scan !== undefined ? d.scan(view, settings, windows) : d.detect(text, settings, view)));
}

/**
 * The straightforward path: every detector's `detect` over the whole normalised text. It gives
 * the same findings as `runDetectors` (checked by a property test) and is kept as its reference.
 */
export function runDetectorsReference(text: string, config: DetectorConfig = {}): DetectorFinding[] {
  const view = normalizedView(text);
  return collect(config, (d, settings) => d.detect(text, settings, view));
}

function collect(config: DetectorConfig, run: (d: Detector, s: DetectorSettings) => DetectorFinding[]): DetectorFinding[] {
  const all: DetectorFinding[] = [];
  for (const d of DETECTORS) {
    const settings = resolveSettings(d, config[d.id]);
    if (!settings.enabled) continue;
    for (const f of run(d, settings)) all.push(f);
  }
  all.sort((a, b) => a.start - b.start || b.end - a.end);
  return resolveOverlaps(all);
}
