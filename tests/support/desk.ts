// Drives a real desk (real SQLite file in a temp folder) through `invoke`, as a transport would.
import { openDesk } from '../../api/desk';
import type { Desk, DeskOptions, DeskSettings } from '../../api/desk-types';
import type { MethodName, Params, Result } from '../../api/contract';
import type { ErrorInfo } from '../../core/errors';
import { afterEach } from 'vitest';
import { tempDir } from './temp';

export const ADMIN = { username: 'admin', displayName: '系统管理员', password: 'admin-password-1' };

export interface TestDesk {
  desk: Desk;
  dataDir: string;
  clock: { now: Date; advanceMinutes(m: number): void };
  /** Calls as window `client`; returns the value or throws the error info. */
  call<K extends MethodName>(client: string, method: K, params: Params<K>): Promise<Result<K>>;
  /** Calls and returns the error info; fails if the call succeeded. */
  refuse(client: string, method: string, params: unknown): Promise<ErrorInfo>;
}

/** `options`: other desk options (e.g. a small rescan chunk size). */
export type ExtraDeskOptions = Omit<DeskOptions, 'dataDir' | 'settings' | 'now'>;

export function makeDesk(settings: Partial<DeskSettings> = {}, dataDir = tempDir(), options: ExtraDeskOptions = {}): TestDesk {
  const clock = { now: new Date('2026-03-01T09:00:00Z'), advanceMinutes(m: number) { this.now = new Date(this.now.getTime() + m * 60_000); } };
  const desk = openDesk({ ...options, dataDir, settings, now: () => clock.now });
  afterEach(() => desk.close());
  return {
    desk, dataDir, clock,
    async call(client, method, params) {
      const r = await desk.invoke(client, method, params);
      if (!r.ok) throw Object.assign(new Error(`${method}: ${r.error.code} ${r.error.messageEn}`), { info: r.error });
      return r.value as never;
    },
    async refuse(client, method, params) {
      const r = await desk.invoke(client, method, params);
      if (r.ok) throw new Error(`${method} was expected to be refused but succeeded`);
      return r.error;
    },
  };
}

/** A desk with an admin (window 'admin-win'), a department and a liaison (window 'liaison-win'). */
export async function deskWithLiaison(settings: Partial<DeskSettings> = {}, options: ExtraDeskOptions = {}) {
  const t = makeDesk(settings, undefined, options);
  await t.call('admin-win', 'setup.createAdmin', ADMIN);
  const dept = await t.call('admin-win', 'departments.create', { name: '办公室' });
  const liaison = await t.call('admin-win', 'users.create', {
    username: 'liwei', displayName: '李伟', password: 'liaison-password-1', roles: ['liaison'], departmentId: dept.id,
  });
  await t.call('liaison-win', 'auth.signIn', { username: 'liwei', password: 'liaison-password-1' });
  return { ...t, dept, liaison };
}
