import type { Category, Finding, Severity } from '../model';

/** The categories produced by detectors (everything but library terms and document-level findings). */
export type DetectorId = Exclude<Category, 'term' | 'metadata' | 'hidden-layer'>;

/** Per-department settings of one detector (stored by the desk; defaults come from the detector). */
export interface DetectorSettings {
  enabled: boolean;
  severity: Severity;
  /** Characters either side searched for context words (Presidio-style). */
  contextWindow: number;
  /** Detector-specific knobs, e.g. `minDecimals` for coordinates. */
  options?: Record<string, number | boolean | string>;
}

export type DetectorConfig = Partial<Record<DetectorId, Partial<DetectorSettings>>>;

/** A detector hit before it is placed in a layer. Offsets index the original text. */
export type DetectorFinding = Omit<Finding, 'layer'>;
