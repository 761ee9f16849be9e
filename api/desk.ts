// Opens a desk: the database, the handlers and the sessions behind one `invoke`.
import { openDatabase } from '../db/connection';
import { DEFAULT_DESK_SETTINGS, type Desk, type DeskOptions } from './desk-types';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { SessionStore } from './sessions';
import { ImportQueue } from './imports/import-queue';
import { engineSpecFor } from './scan-engine';

export function openDesk(options: DeskOptions): Desk {
  const db = openDatabase(options.dataDir);
  const settings = { ...DEFAULT_DESK_SETTINGS, ...options.settings };
  const sessions = new SessionStore(() => settings.sessionIdleMinutes * 60_000);
  const now = options.now ?? (() => new Date());
  const imports = new ImportQueue({
    db, now, limits: options.extractionLimits ?? {},
    engineSpecFor: options.engineSpecFor ?? ((departmentId) => engineSpecFor(db, departmentId, now())),
  });
  const deps = { db, handlers, sessions, imports, settings, now };
  return {
    dataDir: options.dataDir,
    invoke: async (client, method, params) => dispatch(deps, client, method, params),
    forgetClient: (client) => sessions.forget(client),
    importsIdle: () => imports.idle(),
    close: () => { imports.close(); db.close(); },
  };
}
