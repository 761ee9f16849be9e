// Opens a desk: the database, the handlers and the sessions behind one `invoke`.
import { openDatabase } from '../db/connection';
import { DEFAULT_DESK_SETTINGS, type Desk, type DeskOptions } from './desk-types';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { SessionStore } from './sessions';

export function openDesk(options: DeskOptions): Desk {
  const db = openDatabase(options.dataDir);
  const settings = { ...DEFAULT_DESK_SETTINGS, ...options.settings };
  const sessions = new SessionStore(() => settings.sessionIdleMinutes * 60_000);
  const deps = { db, handlers, sessions, settings, now: options.now ?? (() => new Date()) };
  return {
    dataDir: options.dataDir,
    invoke: async (client, method, params) => dispatch(deps, client, method, params),
    forgetClient: (client) => sessions.forget(client),
    close: () => db.close(),
  };
}
