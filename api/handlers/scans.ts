// Rescanning a revision with the current library: the job runs in the scan worker
// (api/scans/rescan-queue.ts); these handlers start it, report on it and cancel it.
import type { HandlerMap } from '../handler-types';
import { requireUser } from '../handler-types';
import { rescanTarget } from '../scans/commit-rescan';

export const scanHandlers: Pick<HandlerMap, 'drafts.rescan' | 'scans.status' | 'scans.forRevision' | 'scans.cancel'> = {
  'drafts.rescan': (p, ctx) => ctx.scans.start(rescanTarget(ctx.db, requireUser(ctx), p.revisionId)),
  'scans.status': (p, ctx) => ctx.scans.status(p.jobId, requireUser(ctx).id),
  'scans.forRevision': (p, ctx) => {
    const user = requireUser(ctx);
    return ctx.scans.unfinishedFor(rescanTarget(ctx.db, user, p.revisionId).revisionId, user.id);
  },
  'scans.cancel': (p, ctx) => ctx.scans.cancel(p.jobId, requireUser(ctx).id),
};
