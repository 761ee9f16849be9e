// A scan engine: one compiled term library, its allow list and the detector
// settings, built once and reused for every layer of every revision.

import type { DetectorConfig } from '../detectors/types';
import { AllowList } from '../terms/allow-list';
import type { AllowEntry, LibraryTerm, TermLibrary } from '../terms/library';
import { compileTerms } from '../terms/matcher';
import type { Matcher, MatcherOptions } from '../terms/matcher';

export interface ScanEngine {
  /** The library version every scan made with this engine records. */
  libraryVersion: string;
  matcher: Matcher;
  /** Library terms by id, for severity, category and rationale of each hit. */
  terms: ReadonlyMap<number, LibraryTerm>;
  allow: AllowList;
  detectorConfig: DetectorConfig;
}

export interface EngineSpec {
  library: TermLibrary;
  detectorConfig?: DetectorConfig;
  /** Default: separators inside terms are ignored (机 密 is found as 机密). */
  matcherOptions?: MatcherOptions;
}

export const DEFAULT_MATCHER_OPTIONS: MatcherOptions = { ignoreSeparators: true };

export function createEngine(spec: EngineSpec): ScanEngine {
  const options = spec.matcherOptions ?? DEFAULT_MATCHER_OPTIONS;
  const enabled = spec.library.terms.filter((t) => t.enabled !== false);
  return {
    libraryVersion: spec.library.version,
    matcher: compileTerms(enabled.map((t) => ({ id: t.id, text: t.text })), options),
    terms: new Map(enabled.map((t) => [t.id, t])),
    allow: new AllowList(spec.library.allow as AllowEntry[], options),
    detectorConfig: spec.detectorConfig ?? {},
  };
}
