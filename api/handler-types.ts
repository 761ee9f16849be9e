// What a handler gets and gives. Handlers are synchronous: better-sqlite3 is, and a
// transaction must not span an await. Slow work (extraction, scanning) happens in
// workers before the handler that records its result.
import type { Db } from '../db/connection';
import type { MethodName, ParsedParams, Result, SessionUser } from './contract';
import type { DeskSettings } from './desk-types';
import type { SessionStore } from './sessions';
import type { ImportQueue } from './imports/import-queue';
import type { RescanQueue } from './scans/rescan-queue';

export interface HandlerContext {
  db: Db;
  now: Date;
  settings: DeskSettings;
  client: string;
  sessions: SessionStore;
  imports: ImportQueue;
  scans: RescanQueue;
  /** Set for every method whose access is `signed-in`; may be set for public ones. */
  user: SessionUser | null;
  /** Appends the audit entry of this call, inside its transaction. */
  audit(action: string, subject: string, details?: Record<string, unknown>): void;
}

export type Handler<K extends MethodName> = (params: ParsedParams<K>, ctx: HandlerContext) => Result<K>;
export type HandlerMap = { [K in MethodName]: Handler<K> };

/** The signed-in user; handlers of `signed-in` methods can rely on it. */
export function requireUser(ctx: HandlerContext): SessionUser {
  if (!ctx.user) throw new Error('handler of a signed-in method called without a user');
  return ctx.user;
}
