// Records a finished import: one transaction holding the original bytes, the new
// revision, its layers, its scan and findings, and the audit entry. Everything is
// re-checked here, because the draft may have changed while the worker ran.
import { ClearanceError } from '../../core/errors';
import { sha256Hex } from '../../core/hash';
import { appendAudit } from '../../db/audit-repo';
import type { Db } from '../../db/connection';
import { findDraft, insertDraft, insertRevision, touchDraft } from '../../db/drafts-repo';
import { insertDocumentInfo, insertLayers, insertScan, revisionsWithFile, storeBlob } from '../../db/revisions-repo';
import type { SessionUser } from '../contract';
import type { ImportWorkerResult } from './import-types';
import { assertOwnDepartment, canEditDraft, draftRefusals } from '../handlers/drafts';
import { errors } from '../refusal';
import { loadSessionUser } from '../session-user';

export interface ImportRequest {
  user: SessionUser;
  /** null: the import creates a new draft with `title` in `departmentId`. */
  draftId: number | null;
  title: string;
  departmentId: number;
  fileName: string;
  bytes: Uint8Array;
  sha256: string;
}

export const duplicateImport = (title: string, number: number) => new ClearanceError('duplicate-import',
  `该文件与稿件“${title}”第 ${number} 版完全相同，未重复导入。`,
  `This file is identical to revision ${number} of "${title}"; it was not imported again.`);

/** Same bytes already imported into this draft: refused. */
export function assertNotDuplicate(db: Db, draftId: number | null, sha256: string): void {
  if (draftId === null) return;
  const same = revisionsWithFile(db, sha256).find((r) => r.draft_id === draftId);
  if (same) throw duplicateImport(same.title, same.number);
}

export function commitImport(db: Db, req: ImportRequest, result: ImportWorkerResult, detectorConfig: unknown, now: Date): { draftId: number; revision: number } {
  return db.transaction(() => {
    const at = now.toISOString();
    // The author as they are now, not as they were when the worker started: the
    // administrator may have taken the liaison role away, moved them to another
    // department or disabled the account meanwhile.
    const user = loadSessionUser(db, req.user.id);
    let draftId = req.draftId;
    if (draftId === null) {
      if (!user?.roles.includes('liaison')) throw errors.forbidden();
      assertOwnDepartment(user, req.departmentId);
      draftId = insertDraft(db, { title: req.title, departmentId: req.departmentId, authorId: req.user.id, at });
    } else {
      const d = findDraft(db, draftId);
      if (!d || !user || !canEditDraft(user, d)) throw draftRefusals.notEditable();
      assertNotDuplicate(db, draftId, req.sha256);
      touchDraft(db, draftId, d.title, at);
    }
    const elsewhere = revisionsWithFile(db, req.sha256).filter((r) => r.draft_id !== draftId);
    storeBlob(db, req.sha256, req.bytes, at);
    const body = result.doc.layers.find((l) => l.layer === 'body')?.text ?? '';
    const rev = insertRevision(db, {
      draftId, body, contentHash: sha256Hex(body), createdBy: req.user.id, at,
      file: { name: req.fileName, sha256: req.sha256, format: result.doc.format },
    });
    insertLayers(db, rev.id, result.doc.layers);
    insertDocumentInfo(db, rev.id, result.doc);
    insertScan(db, { revisionId: rev.id, lexiconVersion: result.libraryVersion, detectorConfig, at, findings: result.findings });
    appendAudit(db, {
      actor: req.user.username, action: 'drafts.import', subject: `draft:${draftId}`, at: now,
      details: {
        fileName: req.fileName, sha256: req.sha256, size: req.bytes.byteLength, format: result.doc.format,
        revision: rev.number, layers: result.doc.layers.map((l) => l.layer), findings: result.findings.length,
        lexiconVersion: result.libraryVersion, sameFileIn: elsewhere.map((r) => r.draft_id),
      },
    });
    return { draftId, revision: rev.number };
  }).immediate();
}

/** A refused file leaves only this trace: who tried what, and why it was refused. */
export function auditRefusedImport(db: Db, req: ImportRequest, code: string, now: Date): void {
  db.transaction(() => appendAudit(db, {
    actor: req.user.username, action: 'drafts.import-refused', subject: req.draftId === null ? 'draft:new' : `draft:${req.draftId}`,
    at: now, details: { fileName: req.fileName, sha256: req.sha256, size: req.bytes.byteLength, code },
  })).immediate();
}
