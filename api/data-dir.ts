// Where the desk keeps its database when no --data folder is given: the same
// per-user folder Electron's app.getPath('userData') uses for the product name.
import { homedir } from 'node:os';
import { join } from 'node:path';

export const PRODUCT_DIR_NAME = 'Clearance';

export function defaultDataDir(env: NodeJS.ProcessEnv = process.env, platform = process.platform): string {
  if (platform === 'win32') return join(env.APPDATA ?? join(homedir(), 'AppData', 'Roaming'), PRODUCT_DIR_NAME);
  if (platform === 'darwin') return join(homedir(), 'Library', 'Application Support', PRODUCT_DIR_NAME);
  return join(env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), PRODUCT_DIR_NAME);
}
