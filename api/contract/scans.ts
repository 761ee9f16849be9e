import { z } from 'zod';
import type { Role } from '../../core/model';
import { method, roles } from './method';
import { id } from './fields';
import type { RescanStatus } from './types';

/**
 * Who may rescan a revision with the current library: everyone on the review chain
 * (承办人初审 → 科室负责人 → 保密审核人 → 分管领导) and the secrecy officer, who keeps
 * the libraries. A rescan only adds a scan; the archivist reads and the admin keeps
 * accounts, so neither adds anything to a draft's record.
 */
export const RESCAN_ROLES: readonly Role[] = ['liaison', 'section-head', 'reviewer', 'leader', 'secrecy-officer'];
const RESCANNERS = roles(...RESCAN_ROLES);

/** Whether a user holding `userRoles` may rescan (checked again when a rescan is recorded). */
export function mayRescan(userRoles: readonly Role[]): boolean {
  return userRoles.some((r) => RESCAN_ROLES.includes(r));
}
const job = z.object({ jobId: z.string().uuid() }).strict();

export const scansContract = {
  /**
   * Starts scanning every stored layer of a revision again, in the background, with its
   * department's current library and detector settings. Poll `scans.status`; the new scan
   * is recorded (with its audit entry) when it finishes, and is the one the revision shows.
   */
  'drafts.rescan': method<RescanStatus>()({ params: z.object({ revisionId: id }).strict(), access: RESCANNERS, mutates: false }),
  'scans.status': method<RescanStatus>()({ params: job, access: RESCANNERS, mutates: false }),
  /** The caller's rescan of this revision that has not ended, if any (a window opened again picks it up). */
  'scans.forRevision': method<RescanStatus | null>()({
    params: z.object({ revisionId: id }).strict(), access: RESCANNERS, mutates: false,
  }),
  /** Stops a rescan of the caller's; nothing is recorded. Finished jobs are returned as they are. */
  'scans.cancel': method<RescanStatus>()({ params: job, access: RESCANNERS, mutates: false }),
};
