import { z } from 'zod';
import { method, roles } from './method';
import { empty } from './fields';
import type { AuditExport, AuditRecord, AuditVerdict } from './types';

const AUDITORS = roles('archivist', 'admin');
const isoDate = z.string().max(40).refine((s) => !Number.isNaN(Date.parse(s)), 'ISO date');

export const auditContract = {
  'audit.list': method<{ total: number; entries: AuditRecord[] }>()({
    params: z.object({
      actor: z.string().max(64).optional(),
      action: z.string().max(64).optional(),
      subject: z.string().max(200).optional(),
      from: isoDate.optional(),
      to: isoDate.optional(),
      limit: z.number().int().min(1).max(500).default(50),
      offset: z.number().int().min(0).default(0),
    }).strict(),
    access: AUDITORS, mutates: false,
  }),
  'audit.verify': method<AuditVerdict>()({ params: empty, access: AUDITORS, mutates: false }),
  /** The whole chain as JSON Lines; the export itself is recorded. */
  'audit.export': method<AuditExport>()({ params: empty, access: AUDITORS, mutates: true }),
};
