// Shared plumbing: settings lookup and turning a normalised span into a finding whose
// offsets and text come from the original string.

import type { Severity } from '../model';
import { normalizedView, originalSpan, type NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorId, DetectorSettings } from './types';

export function viewOf(text: string, view?: NormalizedView): NormalizedView {
  return view !== undefined && view.original === text ? view : normalizedView(text);
}

export function emit(
  view: NormalizedView,
  start: number,
  end: number,
  category: DetectorId,
  severity: Severity,
  rule: string,
  confidence: number,
): DetectorFinding {
  const [s, e] = originalSpan(view, start, end);
  return {
    start: s,
    end: e,
    text: view.original.slice(s, e),
    category,
    severity,
    rule,
    confidence: Math.round(confidence * 100) / 100,
  };
}

export function numberOption(settings: DetectorSettings, detector: Detector, name: string, fallback: number): number {
  const v = settings.options?.[name] ?? detector.defaultOptions?.[name];
  return typeof v === 'number' && Number.isFinite(v) ? v : fallback;
}

export function stringOption(settings: DetectorSettings, detector: Detector, name: string): string | undefined {
  const v = settings.options?.[name] ?? detector.defaultOptions?.[name];
  return typeof v === 'string' ? v : undefined;
}

const RANK: Record<Severity, number> = { warn: 0, escalate: 1, block: 2 };

/** The stricter of two severities (a department may raise a level, never silently lower another). */
export function stricter(a: Severity, b: Severity): Severity {
  return RANK[a] >= RANK[b] ? a : b;
}

/** ASCII letter or digit: the characters that would make a number part of a longer token. */
export function isAlnum(code: number): boolean {
  return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122);
}

export function isDigit(code: number): boolean {
  return code >= 48 && code <= 57;
}

/** A CJK ideograph (basic block): used to tell a standalone word from part of a longer one. */
export function isIdeograph(code: number): boolean {
  return code >= 0x4e00 && code <= 0x9fff;
}
