// The scan engine of a department, built from the database: the enabled desk-wide
// terms and that department's own (a department entry with the same folded text
// shadows the desk-wide one, so a department can re-grade or switch off a term),
// the allow list, and the detector settings (defaults ← desk-wide ← department).
//
// Compiling the matcher is the expensive part, so it is cached per database, per
// department and per lexicon version and content hash (see lexiconStamp); every lexicon
// write opens a new version, so a stale entry is never served. Detector settings are a handful of rows and are read
// on every call, which makes a settings change take effect at once.
import { termKey } from '../core/lexicon/rows';
import type { Category } from '../core/model';
import { createEngine, type EngineSpec, type ScanEngine } from '../core/scan/engine';
import { STARTER_ALLOW, STARTER_TERMS } from '../core/terms/starter-library';
import type { AllowEntry, LibraryTerm } from '../core/terms/library';
import { appendAudit } from '../db/audit-repo';
import type { Db } from '../db/connection';
import {
  allowForScan, changeLexicon, currentVersion, insertAllow, insertTerm, lexiconStamp, termsForScan, type AllowRow, type TermRow,
} from '../db/lexicon-repo';
import { detectorConfigFor } from './handlers/detector-settings';

type Compiled = Omit<ScanEngine, 'detectorConfig'>;
const cache = new WeakMap<Db, Map<string, Compiled>>();
const CACHE_ENTRIES = 16;

/** The starter entries' human grouping, taken from the rationale's heading (国家秘密范围——国防… → 国防…). */
function starterCategory(rationale: string): string {
  return rationale.split('：')[0].replace(/^国家秘密范围——/, '').slice(0, 50);
}

function allowScope(a: AllowEntry): { scopeKind: 'any' | 'category' | 'rule'; scope: string } {
  if (a.rule) return { scopeKind: 'rule', scope: a.rule };
  if (a.category) return { scopeKind: 'category', scope: a.category };
  return { scopeKind: 'any', scope: '' };
}

/**
 * Writes the starter library and allow list as version 1 when the desk has no lexicon
 * yet; returns whether it did. The starter ids are kept, because the starter allow
 * list names its terms by id (`term:19`).
 */
export function seedStarterLexicon(db: Db, now: Date, audit: (action: string, subject: string, details?: Record<string, unknown>) => void, actor = 'system'): boolean {
  if (currentVersion(db) > 0) return false;
  const at = now.toISOString();
  const { version, snapshotSha256 } = changeLexicon(db, { at, actor, summary: '初始词库 / starter library' }, (v) => {
    for (const t of STARTER_TERMS) {
      insertTerm(db, { term: t.text, category: starterCategory(t.rationale), severity: t.severity, rationale: t.rationale, enabled: t.enabled !== false, departmentId: null }, at, v, t.id);
    }
    for (const a of STARTER_ALLOW) insertAllow(db, { phrase: a.phrase, ...allowScope(a), note: a.note ?? '', enabled: true, departmentId: null }, at, v);
  });
  audit('lexicon.seed', `lexicon:${version}`, { version, terms: STARTER_TERMS.length, allow: STARTER_ALLOW.length, snapshotSha256 });
  return true;
}

/** Seeds outside a handler (a desk created before the lexicon existed), with its own audit entry. */
export function ensureStarterLexicon(db: Db, now: Date): number {
  if (currentVersion(db) === 0) {
    db.transaction(() => seedStarterLexicon(db, now, (action, subject, details) => appendAudit(db, { actor: 'system', action, subject, details, at: now })))();
  }
  return currentVersion(db);
}

function toLibraryTerm(t: TermRow): LibraryTerm {
  // The finding category of a library hit is always `term`; the row's own category is a grouping for people.
  return { id: t.id, text: t.term, category: 'term', severity: t.severity, rationale: t.rationale, enabled: t.enabled === 1 };
}

function toAllowEntry(a: AllowRow): AllowEntry {
  const entry: AllowEntry = { phrase: a.phrase };
  if (a.note) entry.note = a.note;
  if (a.scope_kind === 'rule') entry.rule = a.scope;
  if (a.scope_kind === 'category') entry.category = a.scope as Category;
  return entry;
}

/** The terms a department's scan uses: its own entries win over desk-wide ones that fold alike. */
export function effectiveTerms(rows: readonly TermRow[], departmentId: number | null): TermRow[] {
  const own = new Set(rows.filter((t) => departmentId !== null && t.department_id === departmentId).map((t) => termKey(t.term)));
  return rows.filter((t) => t.enabled === 1 && (t.department_id !== null || !own.has(termKey(t.term))));
}

function librarySpec(db: Db, departmentId: number | null, version: number): EngineSpec['library'] {
  return {
    version: String(version),
    terms: effectiveTerms(termsForScan(db, departmentId), departmentId).map(toLibraryTerm),
    allow: allowForScan(db, departmentId).map(toAllowEntry),
  };
}

function compile(db: Db, departmentId: number | null, version: number): Compiled {
  const stamp = lexiconStamp(db);
  const key = `${departmentId ?? 'desk'}@${stamp}`;
  let perDb = cache.get(db);
  if (!perDb) cache.set(db, (perDb = new Map()));
  const hit = stamp === null ? undefined : perDb.get(key);
  if (hit) return hit;
  const { detectorConfig: _unused, ...compiled } = createEngine({ library: librarySpec(db, departmentId, version) });
  if (stamp === null) return compiled; // content not named by a hash: never cached
  if (perDb.size >= CACHE_ENTRIES) perDb.clear();
  perDb.set(key, compiled);
  return compiled;
}

/**
 * The same engine as plain data, for a worker thread to compile on its own (a compiled
 * matcher is typed arrays and closures; the spec is what crosses the thread boundary).
 */
export function engineSpecFor(db: Db, departmentId: number | null, now: Date = new Date()): EngineSpec {
  const version = ensureStarterLexicon(db, now);
  return { library: librarySpec(db, departmentId, version), detectorConfig: detectorConfigFor(db, departmentId) };
}

/**
 * The engine for scanning a department's text (null: the desk-wide library only).
 * `engine.libraryVersion` is the lexicon version as a decimal string.
 */
export function engineFor(db: Db, departmentId: number | null, now: Date = new Date()): ScanEngine {
  const version = ensureStarterLexicon(db, now);
  return { ...compile(db, departmentId, version), detectorConfig: detectorConfigFor(db, departmentId) };
}
