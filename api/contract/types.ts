// Values the methods return. Plain JSON: they cross IPC and HTTP unchanged.
import type { Finding, LayerName, Role } from '../../core/model';
import type { ErrorInfo } from '../../core/errors';
import type { ChainBreak } from '../../core/audit/chain';

export interface SessionUser {
  id: number;
  username: string;
  displayName: string;
  roles: Role[];
  departmentId: number | null;
  departmentName: string | null;
}

export interface UserSummary extends SessionUser {
  disabled: boolean;
  lockedUntil: string | null;
  createdAt: string;
}

export interface Department { id: number; name: string; createdAt: string }

export type DraftStatus = 'draft';

export interface DraftSummary {
  id: number;
  title: string;
  departmentId: number;
  departmentName: string;
  authorId: number;
  authorName: string;
  status: DraftStatus;
  revisions: number;
  createdAt: string;
  updatedAt: string;
}

export interface RevisionSummary { id: number; number: number; contentHash: string; createdAt: string; createdBy: string }

export interface DraftDetail extends DraftSummary {
  body: string;
  currentRevision: RevisionSummary;
  history: RevisionSummary[];
  canEdit: boolean;
  /** The caller may rescan this draft's revisions (`drafts.rescan`). */
  canRescan: boolean;
}

export interface AuditRecord {
  seq: number;
  at: string;
  actor: string;
  actorName: string | null;
  action: string;
  subject: string;
  details: unknown;
  prev_hash: string;
  hash: string;
}

export type AuditVerdict =
  | { intact: true; entries: number; headSeq: number; headHash: string }
  | { intact: false; entries: number; brokenAt: number; reason: ChainBreak };

export interface AuditExport { fileName: string; content: string; entries: number; headHash: string }

export type ImportState = 'queued' | 'extracting' | 'scanning' | 'saving' | 'done' | 'failed' | 'cancelled';

export interface ImportStatus {
  jobId: string;
  fileName: string;
  state: ImportState;
  /** 0..1 */
  progress: number;
  draftId: number | null;
  revision: number | null;
  error: ErrorInfo | null;
}

export type RescanState = 'queued' | 'scanning' | 'saving' | 'done' | 'failed' | 'cancelled';

/** A rescan of one revision with the current library (`drafts.rescan`, polled with `scans.status`). */
export interface RescanStatus {
  jobId: string;
  draftId: number;
  revisionId: number;
  /** The revision's number within its draft. */
  revision: number;
  state: RescanState;
  /** 0..1 */
  progress: number;
  /** The layer being scanned, once scanning has started. */
  layer: LayerName | null;
  /** UTF-16 units scanned so far and in all, over every layer. */
  done: number;
  total: number;
  /** Set when done: the lexicon version the new scan used and how many findings it made. */
  lexiconVersion: string | null;
  findings: number | null;
  error: ErrorInfo | null;
}

export interface LayerView {
  layer: LayerName;
  text: string;
  /** Not what a reader sees on screen or paper: shown marked as hidden. */
  hidden: boolean;
  findings: Finding[];
}

export interface RevisionDetail {
  draftId: number;
  number: number;
  source: 'typed' | 'import';
  fileName: string | null;
  format: string | null;
  fileSha256: string | null;
  contentHash: string;
  createdAt: string;
  createdBy: string;
  layers: LayerView[];
  metadata: Record<string, string>;
  images: { name: string; bytes: number; gps?: { latitude: number; longitude: number } }[];
  warnings: { code: string; message: string; messageEn: string; page?: number }[];
  lexiconVersion: string | null;
  scannedAt: string | null;
}
