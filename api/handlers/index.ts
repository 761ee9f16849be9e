// Joins the domains' handlers into the one map the dispatcher serves.
// The type makes a missing or misspelled method a compile error.
import type { HandlerMap } from '../handler-types';
import { authHandlers } from './auth';
import { userHandlers } from './users';
import { draftHandlers } from './drafts';
import { auditHandlers } from './audit';
import { lexiconHandlers } from './lexicon';
import { importHandlers } from './imports';
import { scanHandlers } from './scans';

export const handlers: HandlerMap = {
  ...authHandlers,
  ...userHandlers,
  ...draftHandlers,
  ...auditHandlers,
  ...lexiconHandlers,
  ...importHandlers,
  ...scanHandlers,
};
