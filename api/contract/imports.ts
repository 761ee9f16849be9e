import { z } from 'zod';
import { method, roles } from './method';
import { id, title } from './fields';
import type { ImportStatus, RevisionDetail } from './types';

/** 100 MB of file, base64-encoded, with room for padding: the extractor enforces the real limit. */
const MAX_BASE64 = Math.ceil((100 * 1024 * 1024) / 3) * 4 + 16;
const job = z.object({ jobId: z.string().uuid() }).strict();
const READERS = roles('liaison', 'section-head', 'reviewer', 'leader', 'secrecy-officer', 'archivist');

export const importsContract = {
  /**
   * Starts reading and scanning a file in the background; into an existing draft of the
   * caller's (a new revision) or, with `draftId: null`, into a new draft. Poll `imports.status`.
   */
  'drafts.importFile': method<ImportStatus>()({
    params: z.object({
      draftId: id.nullable(),
      title: title.optional(),
      departmentId: id.optional(),
      fileName: z.string().trim().min(1).max(255),
      contentBase64: z.string().max(MAX_BASE64).regex(/^[A-Za-z0-9+/]*={0,2}$/, 'base64'),
    }).strict(),
    access: roles('liaison'), mutates: false,
  }),
  'imports.status': method<ImportStatus>()({ params: job, access: roles('liaison'), mutates: false }),
  /**
   * Stops an import of the caller's while it is queued, extracting or scanning; nothing is
   * recorded, not even an audit entry. Once it is saving, or has ended, it is returned as it is.
   */
  'imports.cancel': method<ImportStatus>()({ params: job, access: roles('liaison'), mutates: false }),
  /** Every layer of a revision with its findings (the latest revision when `number` is omitted). */
  'drafts.revision': method<RevisionDetail>()({
    params: z.object({ draftId: id, number: z.number().int().positive().optional() }).strict(), access: READERS, mutates: false,
  }),
};
