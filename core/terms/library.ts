// The shapes of a term library and an allow list as the matcher and the scan use
// them. Storage, versions and import/export live in the database layer.

import type { Category, Severity } from '../model';

export interface LibraryTerm {
  /** Stable id; a finding's rule is `term:<id>`. */
  id: number;
  text: string;
  category: Category;
  severity: Severity;
  /** Shown to the reviewer beside every hit: why this wording matters. */
  rationale: string;
  enabled?: boolean;
}

/**
 * A phrase whose occurrences must never be reported. "…" (or "...") inside the
 * phrase stands for up to ALLOW_GAP characters of anything, so 揭开…的秘密 covers
 * 揭开宇宙的秘密. Scoped to one rule (`term:12`, `classification-mark`) and/or one
 * category; with neither it applies to every finding.
 */
export interface AllowEntry {
  phrase: string;
  rule?: string;
  category?: Category;
  note?: string;
}

export interface TermLibrary {
  /** Recorded with every scan that used the library. */
  version: string;
  terms: LibraryTerm[];
  allow: AllowEntry[];
}
