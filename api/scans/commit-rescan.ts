// Records a finished rescan: one transaction holding the new scan, its findings and
// the audit entry. The revision itself is never touched (it is immutable); the newest
// scan of a revision is the one its layers are shown with (latestScan). The caller is
// re-checked here, because roles or the account may have changed while the worker ran.
import { ClearanceError } from '../../core/errors';
import type { Finding, Severity } from '../../core/model';
import { appendAudit } from '../../db/audit-repo';
import type { Db } from '../../db/connection';
import { findDraft, findRevisionById } from '../../db/drafts-repo';
import { countScanFindings, insertScan, latestScan } from '../../db/revisions-repo';
import type { SessionUser } from '../contract';
import { mayRescan } from '../contract/scans';
import { sees } from '../handlers/drafts';
import { errors } from '../refusal';
import type { ScanOutcome } from '../scan-runner';
import { loadSessionUser } from '../session-user';

export interface RescanRequest {
  user: SessionUser;
  revisionId: number;
  draftId: number;
  number: number;
  departmentId: number;
}

export const rescanRefusals = {
  running: (number: number) => new ClearanceError('scan-running',
    `第 ${number} 版正在重新扫描，请等待完成或取消后再试。`,
    `Revision ${number} is already being rescanned; wait for it to finish or cancel it first.`),
  notFound: () => errors.notFound('版本', 'Revision'),
};

/** The revision and its draft, if `user` may rescan it; otherwise the refusal. */
export function rescanTarget(db: Db, user: SessionUser, revisionId: number): RescanRequest {
  const rev = findRevisionById(db, revisionId);
  const draft = rev ? findDraft(db, rev.draft_id) : undefined;
  if (!rev || !draft || !sees(user, draft)) throw rescanRefusals.notFound();
  return { user, revisionId: rev.id, draftId: draft.id, number: rev.number, departmentId: draft.department_id };
}

/** A rescan that failed or was refused when recording leaves only this trace (a cancelled one leaves none). */
export function auditFailedRescan(db: Db, req: RescanRequest, code: string, now: Date): void {
  db.transaction(() => appendAudit(db, {
    actor: req.user.username, action: 'revision.rescan-failed', subject: `draft:${req.draftId}`, at: now,
    details: { revision: req.number, code },
  })).immediate();
}

function countBySeverity(findings: readonly Finding[]): Record<Severity, number> {
  const n: Record<Severity, number> = { block: 0, escalate: 0, warn: 0 };
  for (const f of findings) n[f.severity]++;
  return n;
}

export function commitRescan(
  db: Db, req: RescanRequest, outcome: ScanOutcome, scanned: { layers: string[]; chars: number }, detectorConfig: unknown, now: Date,
): { scanId: number } {
  return db.transaction(() => {
    const user = loadSessionUser(db, req.user.id);
    if (!user || !mayRescan(user.roles)) throw errors.forbidden();
    rescanTarget(db, user, req.revisionId);
    const previous = latestScan(db, req.revisionId);
    const scanId = insertScan(db, {
      revisionId: req.revisionId, lexiconVersion: outcome.libraryVersion, detectorConfig, at: now.toISOString(), findings: outcome.findings,
    });
    appendAudit(db, {
      actor: user.username, action: 'revision.rescanned', subject: `draft:${req.draftId}`, at: now,
      details: {
        revision: req.number, lexiconVersion: outcome.libraryVersion,
        previousLexiconVersion: previous ? String(previous.lexicon_version) : null,
        findings: outcome.findings.length, bySeverity: countBySeverity(outcome.findings),
        previousFindings: previous ? countScanFindings(db, previous.id) : null,
        layers: scanned.layers, chars: scanned.chars,
      },
    });
    return { scanId };
  }).immediate();
}
