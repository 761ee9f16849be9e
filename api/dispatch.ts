// Every call from every transport goes through here, in this order:
// resolve the window's session → validate params → authenticate → authorise →
// run the handler in one transaction together with its audit entry → envelope.
// A refusal of a signed-in user is itself audited. No raw error leaves this file.
import { z } from 'zod';
import { ClearanceError } from '../core/errors';
import type { Role } from '../core/model';
import { appendAudit } from '../db/audit-repo';
import type { Db } from '../db/connection';
import { contract, type MethodName, type SessionUser } from './contract';
import type { Envelope, DeskSettings } from './desk-types';
import type { HandlerContext, HandlerMap } from './handler-types';
import { errors, Refusal } from './refusal';
import type { SessionStore } from './sessions';
import type { ImportQueue } from './imports/import-queue';
import type { RescanQueue } from './scans/rescan-queue';
import { loadSessionUser } from './session-user';

export interface DispatchDeps {
  db: Db;
  handlers: HandlerMap;
  sessions: SessionStore;
  imports: ImportQueue;
  scans: RescanQueue;
  settings: DeskSettings;
  now: () => Date;
}

function isMethod(name: string): name is MethodName {
  return Object.prototype.hasOwnProperty.call(contract, name);
}

export function dispatch(deps: DispatchDeps, client: string, method: string, params: unknown): Envelope {
  const now = deps.now();
  let user: SessionUser | null = null;
  let sessionState: 'none' | 'expired' | 'active' = 'none';
  try {
    const lookup = deps.sessions.touch(client, now);
    sessionState = lookup.state;
    if (lookup.state === 'active') {
      user = loadSessionUser(deps.db, lookup.userId);
      if (!user) { deps.sessions.forget(client); sessionState = 'none'; }
    }
    if (!isMethod(method)) throw errors.unknownMethod(String(method).slice(0, 64));
    const spec = contract[method];
    const parsed = spec.params.safeParse(params ?? {});
    if (!parsed.success) throw errors.invalidParams(describeZodError(parsed.error));
    if (spec.access.kind === 'signed-in') {
      if (!user) throw sessionState === 'expired' ? errors.sessionExpired() : errors.unauthenticated();
      if (spec.access.roles && !spec.access.roles.some((r: Role) => user!.roles.includes(r))) throw errors.forbidden();
    }
    return { ok: true, value: runInTransaction(deps, client, method, parsed.data, user, now) };
  } catch (e) {
    const err = toClearanceError(e, method);
    if (user && !(e instanceof Refusal)) auditRefusal(deps, user, method, err, now);
    return { ok: false, error: err.toInfo() };
  }
}

function runInTransaction(deps: DispatchDeps, client: string, method: MethodName, params: unknown, user: SessionUser | null, now: Date): unknown {
  const { db } = deps;
  let audited = 0;
  const ctx: HandlerContext = {
    db, now, settings: deps.settings, client, sessions: deps.sessions, imports: deps.imports, scans: deps.scans, user,
    audit(action, subject, details) {
      audited++;
      appendAudit(db, { actor: ctx.user?.username ?? 'anonymous', action, subject, details, at: now });
    },
  };
  const handler = deps.handlers[method] as (p: unknown, c: HandlerContext) => unknown;
  const spec = contract[method];
  let refusal: Refusal | undefined;
  const run = db.transaction(() => {
    try {
      const value = handler(params, ctx);
      if (spec.mutates && audited === 0) throw new Error(`${method} changed state without an audit entry`);
      return value;
    } catch (e) {
      // A Refusal's work (its audit entry, a failed sign-in count) is kept.
      if (e instanceof Refusal) { refusal = e; return undefined; }
      throw e;
    }
  });
  const value = spec.mutates ? run.immediate() : run.deferred();
  if (refusal) throw refusal;
  return value;
}

function auditRefusal(deps: DispatchDeps, user: SessionUser, method: string, err: ClearanceError, now: Date): void {
  try {
    deps.db.transaction(() => appendAudit(deps.db, {
      actor: user.username, action: 'call.refused', subject: `method:${method.slice(0, 64)}`,
      details: { code: err.code }, at: now,
    })).immediate();
  } catch (e) {
    console.error('[clearance] could not audit a refusal', e);
  }
}

function toClearanceError(e: unknown, method: string): ClearanceError {
  if (e instanceof ClearanceError) return e;
  console.error(`[clearance] ${method} failed`, e);
  return errors.internal();
}

function describeZodError(error: z.ZodError): string {
  return error.issues.slice(0, 3).map((i) => `${i.path.join('.') || '(params)'}: ${i.message}`).join('; ');
}
