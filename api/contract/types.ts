// Values the methods return. Plain JSON: they cross IPC and HTTP unchanged.
import type { Role } from '../../core/model';
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
