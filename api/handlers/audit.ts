// The archivist's view of the chain: list, verify, export.
import { exportAuditJsonl, listAudit, verifyAudit, chainHead } from '../../db/audit-repo';
import { listUsers } from '../../db/users-repo';
import type { AuditVerdict } from '../contract';
import type { HandlerMap } from '../handler-types';

export const auditHandlers: Pick<HandlerMap, 'audit.list' | 'audit.verify' | 'audit.export'> = {
  'audit.list': (p, { db }) => {
    const names = new Map(listUsers(db).map((u) => [u.username.toLowerCase(), u.display_name]));
    const { total, entries } = listAudit(db, p);
    return { total, entries: entries.map((e) => ({ ...e, actorName: names.get(e.actor.toLowerCase()) ?? null })) };
  },

  'audit.verify': (_p, { db }): AuditVerdict => {
    const v = verifyAudit(db);
    return v.intact
      ? { intact: true, entries: v.entries, headSeq: v.head.seq, headHash: v.head.hash }
      : { intact: false, entries: v.entries, brokenAt: v.brokenAt, reason: v.reason };
  },

  'audit.export': (_p, ctx) => {
    // The export records itself first, so the file it hands out ends with its own entry.
    ctx.audit('audit.export', 'audit:chain');
    const content = [...exportAuditJsonl(ctx.db)].join('');
    const head = chainHead(ctx.db)!;
    return {
      fileName: `clearance-audit-${ctx.now.toISOString().slice(0, 10)}-seq${head.seq}.jsonl`,
      content, entries: head.seq, headHash: head.hash,
    };
  },
};
