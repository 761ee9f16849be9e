import { z } from 'zod';
import { method, roles } from './method';
import { bodyText, empty, id, title } from './fields';
import type { DraftDetail, DraftSummary } from './types';

/** Everyone who works on or inspects drafts; the admin manages accounts, not content. */
const READERS = roles('liaison', 'section-head', 'reviewer', 'leader', 'secrecy-officer', 'archivist');

export const draftsContract = {
  'drafts.list': method<DraftSummary[]>()({ params: empty, access: READERS, mutates: false }),
  'drafts.open': method<DraftDetail>()({ params: z.object({ draftId: id }).strict(), access: READERS, mutates: false }),
  'drafts.create': method<DraftDetail>()({
    params: z.object({ title, departmentId: id, body: bodyText }).strict(), access: roles('liaison'), mutates: true,
  }),
  /** Saves a new immutable revision (and the title) of the caller's own draft. */
  'drafts.update': method<DraftDetail>()({
    params: z.object({ draftId: id, title, body: bodyText }).strict(), access: roles('liaison'), mutates: true,
  }),
};
