// Shapes of a term list as offices keep it in Excel, before it meets the database.
import type { Severity } from '../model';

export interface Message {
  zh: string;
  en: string;
}

/** One entry of a term list, as imported or exported. */
export interface LexiconRow {
  term: string;
  /** A grouping for people (e.g. 密级标志, 军事); the finding category is always `term`. */
  category: string;
  severity: Severity;
  rationale: string;
  enabled: boolean;
}

export interface InvalidRow {
  row: number;
  term: string;
  reason: Message;
}

/** The same term (after folding) on several rows of one file. */
export interface FileDuplicate {
  term: string;
  rows: number[];
}

export type TableFormat = 'csv' | 'xlsx';

export type AllowScopeKind = 'any' | 'category' | 'rule';

/** One allowed phrase, as imported or exported. */
export interface AllowListRow {
  phrase: string;
  /** 'any': every finding inside the phrase; 'category' and 'rule' narrow it to `scope`. */
  scopeKind: AllowScopeKind;
  scope: string;
  note: string;
  enabled: boolean;
}

/** A term's fields as a person edits them, with its owner (null: the whole desk). */
export interface TermFields {
  term: string;
  category: string;
  severity: Severity;
  rationale: string;
  enabled: boolean;
  departmentId: number | null;
}

/** An allowed phrase's fields, with its owner (null: the whole desk). */
export interface AllowFields extends AllowListRow {
  departmentId: number | null;
}
