// Term libraries, the allow list, "try it", import/export, and detector settings.
// Reading is for the roles that review (the section head and reviewer need to know
// what is flagged and why); a liaison may only try a text. Writing is the secrecy
// officer's (DESIGN: the secrecy office manages term libraries), for any department.
import { z } from 'zod';
import type { DetectorId, DetectorSettings } from '../../core/detectors/types';
import type { Finding, Severity } from '../../core/model';
import type { SnapshotPhrase, SnapshotTerm } from '../../core/lexicon/snapshot';
import { method, roles } from './method';
import { id } from './fields';

const READERS = roles('reviewer', 'secrecy-officer', 'section-head', 'leader', 'archivist');
const TRY = roles('liaison', 'reviewer', 'secrecy-officer', 'section-head', 'leader', 'archivist');
const OFFICER = roles('secrecy-officer');
const VERSION_EXPORTERS = roles('secrecy-officer', 'archivist');

const severity = z.enum(['block', 'escalate', 'warn']);
/** null: the whole desk; a number: that department's own entries. */
const owner = id.nullable();

export const DETECTOR_IDS = [
  'classification-mark', 'internal-marker', 'resident-id', 'credit-code', 'bank-card', 'mobile', 'landline',
  'plate', 'ip-address', 'email', 'coordinates', 'doc-number',
] as const satisfies readonly DetectorId[];
// Fails to compile when a detector category is added to core/model and not here.
type _AllDetectors = Exclude<DetectorId, (typeof DETECTOR_IDS)[number]> extends never ? true : never;
const _allDetectors: _AllDetectors = true;
void _allDetectors;

/** A base64 upload: up to ~12 MB decoded, so a too-large file gets a clear "file too large" from the handler. */
const upload = {
  fileName: z.string().trim().min(1).max(255),
  contentBase64: z.string().max(16_000_000),
  departmentId: owner,
};

/** A term as the desk lists it: the stored entry with its owner's name and times. */
export interface TermEntry extends SnapshotTerm {
  departmentName: string | null;
  createdAt: string;
  updatedAt: string;
}

export interface AllowPhrase extends SnapshotPhrase {
  departmentName: string | null;
  createdAt: string;
}

export interface RowProblem { row: number; term: string; message: string; messageEn: string }
export interface FieldChange { field: 'category' | 'severity' | 'rationale' | 'enabled'; from: string | boolean; to: string | boolean }

export interface ImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  departmentId: number | null;
  /** Non-blank data rows in the file. */
  dataRows: number;
  validRows: number;
  /** The first valid rows, as they would be saved. */
  sample: Array<{ row: number; term: string; category: string; severity: Severity; rationale: string; enabled: boolean }>;
  newTerms: number;
  duplicatesInFile: Array<{ term: string; rows: number[] }>;
  /** Rows whose term is already in this owner's library, and what an update would change. */
  existing: Array<{ row: number; term: string; id: number; changes: FieldChange[] }>;
  existingCount: number;
  /** Of the existing rows, those an update would not change. */
  unchangedCount: number;
  invalid: RowProblem[];
  invalidCount: number;
  /** False when a commit would be refused (invalid rows or duplicates within the file). */
  canCommit: boolean;
}

export interface ImportResult { version: number; created: number; updated: number; skipped: number }

/** The allow-list counterpart of ImportPreview; a RowProblem's `term` holds the row's phrase. */
export interface AllowImportPreview {
  fileName: string;
  format: 'csv' | 'xlsx';
  departmentId: number | null;
  dataRows: number;
  validRows: number;
  sample: Array<{ row: number; phrase: string; scopeKind: AllowPhrase['scopeKind']; scope: string; note: string; enabled: boolean }>;
  newPhrases: number;
  duplicatesInFile: Array<{ phrase: string; rows: number[] }>;
  /** Rows whose phrase and scope are already in this owner's list, and what an update would change. */
  existing: Array<{ row: number; phrase: string; id: number; changes: Array<{ field: 'note' | 'enabled'; from: string | boolean; to: string | boolean }> }>;
  existingCount: number;
  unchangedCount: number;
  invalid: RowProblem[];
  invalidCount: number;
  canCommit: boolean;
}

/** One lexicon version: who opened it, why, and (from migration 0005 on) what it held. */
export interface LexiconVersionInfo {
  version: number;
  createdAt: string;
  actor: string;
  /** Null for a reader bound to one department: a summary may name another department's entry. */
  summary: string | null;
  /** SHA-256 of the version's stored content; null when the version predates kept content. */
  sha256: string | null;
  termCount: number | null;
  phraseCount: number | null;
}

export interface ExportedFile { fileName: string; contentBase64: string; rows: number }

/** A finding of the try-it box: no layer; for library terms, the entry's grouping (e.g. 密级标志). */
export type TryFinding = Omit<Finding, 'layer'> & { group?: string };

export interface DetectorSettingView {
  detector: DetectorId;
  label: { zh: string; en: string };
  defaults: DetectorSettings;
  /** Stored overrides; null: inherited. */
  deskWide: DetectorSettings | null;
  department: DetectorSettings | null;
  effective: DetectorSettings;
}

const optionValue = z.union([z.number().finite(), z.boolean(), z.string().max(100)]);

export const lexiconContract = {
  'lexicon.list': method<{ version: number; total: number; terms: TermEntry[]; categories: string[] }>()({
    params: z.object({
      query: z.string().trim().max(100).optional(),
      category: z.string().max(50).optional(),
      severity: severity.optional(),
      /** Omitted: every owner; null: desk-wide entries; a number: that department's. */
      departmentId: owner.optional(),
      includeDisabled: z.boolean().default(false),
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }).strict(),
    access: READERS, mutates: false,
  }),
  /** Creates (no id) or updates an entry; a term that folds like another of the same owner is refused. */
  'lexicon.saveTerm': method<{ version: number; term: TermEntry }>()({
    params: z.object({
      id: id.optional(),
      term: z.string().max(200),
      category: z.string().trim().max(50).default(''),
      severity,
      rationale: z.string().trim().max(2000).default(''),
      enabled: z.boolean().default(true),
      departmentId: owner,
    }).strict(),
    access: OFFICER, mutates: true,
  }),
  'lexicon.deleteTerm': method<{ version: number }>()({ params: z.object({ id }).strict(), access: OFFICER, mutates: true }),
  'lexicon.allowList': method<{ version: number; phrases: AllowPhrase[] }>()({
    params: z.object({ departmentId: owner.optional() }).strict(), access: READERS, mutates: false,
  }),
  'lexicon.saveAllow': method<{ version: number; phrase: AllowPhrase }>()({
    params: z.object({
      id: id.optional(),
      phrase: z.string().trim().min(1).max(100),
      scopeKind: z.enum(['any', 'category', 'rule']),
      scope: z.string().trim().max(64).default(''),
      note: z.string().trim().max(200).default(''),
      enabled: z.boolean().default(true),
      departmentId: owner,
    }).strict(),
    access: OFFICER, mutates: true,
  }),
  'lexicon.deleteAllow': method<{ version: number }>()({ params: z.object({ id }).strict(), access: OFFICER, mutates: true }),
  /** Reads and checks a file; saves nothing. */
  'lexicon.importPreview': method<ImportPreview>()({
    params: z.object(upload).strict(), access: OFFICER, mutates: false,
  }),
  /** Saves a whole file in one version, or nothing when any row is invalid or repeated within the file. */
  'lexicon.importCommit': method<ImportResult>()({
    params: z.object({ ...upload, onExisting: z.enum(['skip', 'update']) }).strict(), access: OFFICER, mutates: true,
  }),
  /** A copy of the list leaves the desk, so the export is recorded. */
  'lexicon.export': method<{ fileName: string; contentBase64: string; terms: number }>()({
    params: z.object({ format: z.enum(['csv', 'xlsx']), departmentId: owner.optional() }).strict(), access: OFFICER, mutates: true,
  }),
  'lexicon.allowImportPreview': method<AllowImportPreview>()({
    params: z.object(upload).strict(), access: OFFICER, mutates: false,
  }),
  /** Saves a whole allow list in one version, or nothing when any row is invalid or repeated within the file. */
  'lexicon.allowImportCommit': method<ImportResult>()({
    params: z.object({ ...upload, onExisting: z.enum(['skip', 'update']) }).strict(), access: OFFICER, mutates: true,
  }),
  'lexicon.allowExport': method<ExportedFile>()({
    params: z.object({ format: z.enum(['csv', 'xlsx']), departmentId: owner.optional() }).strict(), access: OFFICER, mutates: true,
  }),
  /** Every lexicon version, newest first. */
  'lexicon.versions': method<{ current: number; total: number; versions: LexiconVersionInfo[] }>()({
    params: z.object({
      limit: z.number().int().min(1).max(500).default(100),
      offset: z.number().int().min(0).default(0),
    }).strict(),
    access: READERS, mutates: false,
  }),
  /**
   * One owner's terms (or allowed phrases) as a past version held them, from that version's
   * stored content after checking its SHA-256. For the secrecy office and the archivist,
   * who must show which library a scan used; recorded like any export.
   */
  'lexicon.exportVersion': method<ExportedFile & { version: number; sha256: string }>()({
    params: z.object({
      version: id,
      format: z.enum(['csv', 'xlsx']),
      list: z.enum(['terms', 'allow']).default('terms'),
      departmentId: owner.optional(),
    }).strict(),
    access: VERSION_EXPORTERS, mutates: true,
  }),
  /** Findings for a pasted text, with offsets into that text. */
  'lexicon.try': method<{ version: number; findings: TryFinding[] }>()({
    params: z.object({ text: z.string().max(200_000), departmentId: owner.optional() }).strict(), access: TRY, mutates: false,
  }),
  'detectors.settings': method<{ departmentId: number | null; detectors: DetectorSettingView[] }>()({
    params: z.object({ departmentId: owner.optional() }).strict(), access: READERS, mutates: false,
  }),
  'detectors.saveSetting': method<DetectorSettingView>()({
    params: z.object({
      departmentId: owner,
      detector: z.enum(DETECTOR_IDS),
      enabled: z.boolean(),
      severity,
      contextWindow: z.number().int().min(0).max(500).nullable().optional(),
      options: z.record(z.string().max(40), optionValue).refine((o) => Object.keys(o).length <= 20, 'at most 20 options').optional(),
    }).strict(),
    access: OFFICER, mutates: true,
  }),
  /** Drops a stored override, so the detector inherits again. */
  'detectors.resetSetting': method<DetectorSettingView>()({
    params: z.object({ departmentId: owner, detector: z.enum(DETECTOR_IDS) }).strict(), access: OFFICER, mutates: true,
  }),
};
