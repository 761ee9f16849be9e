// Opens a desk: the database, the handlers and the sessions behind one `invoke`.
import { openDatabase } from '../db/connection';
import { DEFAULT_DESK_SETTINGS, type Desk, type DeskOptions } from './desk-types';
import { dispatch } from './dispatch';
import { handlers } from './handlers';
import { SessionStore } from './sessions';
import { ImportQueue } from './imports/import-queue';
import { RescanQueue } from './scans/rescan-queue';
import { engineSpecFor } from './scan-engine';

export function openDesk(options: DeskOptions): Desk {
  const db = openDatabase(options.dataDir);
  const settings = { ...DEFAULT_DESK_SETTINGS, ...options.settings };
  const sessions = new SessionStore(() => settings.sessionIdleMinutes * 60_000);
  const now = options.now ?? (() => new Date());
  const specFor = options.engineSpecFor ?? ((departmentId: number) => engineSpecFor(db, departmentId, now()));
  const imports = new ImportQueue({ db, now, limits: options.extractionLimits ?? {}, engineSpecFor: specFor });
  const scans = new RescanQueue({ db, now, engineSpecFor: specFor, chunkSize: options.scanChunkSize });
  const deps = { db, handlers, sessions, imports, scans, settings, now };
  return {
    dataDir: options.dataDir,
    invoke: async (client, method, params) => dispatch(deps, client, method, params),
    forgetClient: (client) => sessions.forget(client),
    importsIdle: () => imports.idle(),
    scansIdle: () => scans.idle(),
    close: () => { imports.close(); scans.close(); db.close(); },
  };
}
