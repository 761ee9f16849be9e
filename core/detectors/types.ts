import type { Category, Finding, Severity } from '../model';
import type { NormalizedView } from './normalized-view';
import type { Windows } from './windows';

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

/** Labels shown beside a detector in the settings screen and the report. */
export interface DetectorLabel {
  zh: string;
  en: string;
}

/**
 * One detector: a small pure module. `detect` returns hits with offsets into the ORIGINAL
 * text; pass the shared normalised view when running several detectors over one text so it
 * is built once (see `normalized-view.ts`).
 */
export interface Detector {
  id: DetectorId;
  defaultSeverity: Severity;
  label: DetectorLabel;
  /** Characters either side searched for context words; the desk may override it. */
  defaultContextWindow: number;
  /** Detector-specific knobs and their defaults (e.g. `minDecimals` for coordinates). */
  defaultOptions?: Record<string, number | boolean | string>;
  detect(text: string, settings: DetectorSettings, view?: NormalizedView): DetectorFinding[];
  /**
   * The fast path `runDetectors` takes: exactly the findings of `detect`, but the detector's
   * whole-text regex passes run only over the prefilter's windows of `view.text` (see
   * windows.ts). Detectors without one are run with `detect`.
   */
  scan?(view: NormalizedView, settings: DetectorSettings, windows: Windows): DetectorFinding[];
}
