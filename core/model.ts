// The names of DESIGN.md ("Names the code and its outputs use"), in one place.
// Everything that stores, prints or shows a finding uses these literals.

export const SEVERITIES = ['block', 'escalate', 'warn'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const DISPOSITIONS = ['false-positive', 'redact', 'accept'] as const;
export type Disposition = (typeof DISPOSITIONS)[number];

export const LAYERS = [
  'body', 'header', 'footer', 'footnotes', 'endnotes', 'comments',
  'tracked-deletions', 'tracked-insertions', 'hidden-text', 'text-boxes', 'metadata',
  'pdf-invisible-text', 'pdf-annotations', 'ofd-annotations', 'attachments',
] as const;
export type LayerName = (typeof LAYERS)[number];

/** Layers a reader sees on screen or on paper; every other non-empty layer is "hidden". */
export const VISIBLE_LAYERS: readonly LayerName[] = ['body', 'header', 'footer'];

export const CATEGORIES = [
  'term', 'classification-mark', 'internal-marker', 'resident-id', 'credit-code',
  'bank-card', 'mobile', 'landline', 'plate', 'ip-address', 'email', 'coordinates',
  'doc-number', 'metadata', 'hidden-layer',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** One finding. `start`/`end` are UTF-16 offsets into the layer's extracted (original) text. */
export interface Finding {
  layer: LayerName;
  start: number;
  end: number;
  text: string;
  category: Category;
  severity: Severity;
  /** Stable id of the rule that fired: a detector id, or `term:<id>` for a library term. */
  rule: string;
  /** 0..1; detectors raise or lower it with context words. */
  confidence?: number;
  /** Shown to the reviewer beside the hit (e.g. the clause behind a term). */
  rationale?: string;
}

export const ROLES = [
  'liaison', 'section-head', 'reviewer', 'leader', 'secrecy-officer', 'archivist', 'admin',
] as const;
export type Role = (typeof ROLES)[number];
