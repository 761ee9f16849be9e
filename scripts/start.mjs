// `npm start`: opens the Electron desk when the Electron binary is installed, builds
// what is missing first, and passes the arguments through (`npm start -- --data DIR`).
// Where the binary was skipped (ELECTRON_SKIP_BINARY_DOWNLOAD=1) it says so and points
// to `npm run serve`, which opens the same desk in a browser.
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

/** node_modules/electron/index.js exports the binary's path, or throws when path.txt is missing. */
function electronBinary() {
  try {
    const p = createRequire(path.join(root, 'package.json'))('electron');
    return typeof p === 'string' && existsSync(p) ? p : null;
  } catch {
    return null;
  }
}

const MISSING =
  '清 Clearance: 本机未安装 Electron 程序，无法打开桌面版；请运行 `npm run serve` 在浏览器中使用同一审查台。 ' +
  'The Electron binary is not installed on this machine: the electron package was installed with ' +
  'ELECTRON_SKIP_BINARY_DOWNLOAD=1, or the download is not possible here, so node_modules/electron has no ' +
  'executable (its path.txt is missing). To get it on a desktop machine, run `npm install` (or ' +
  '`node node_modules/electron/install.js`) without ELECTRON_SKIP_BINARY_DOWNLOAD and with network access, ' +
  'or through an internal mirror set in ELECTRON_MIRROR, or unpack the matching Electron release and set ' +
  'ELECTRON_OVERRIDE_DIST_PATH to its folder; then run `npm start` again. Until then, `npm run serve` opens ' +
  'the same desk in a browser on this machine (127.0.0.1 only).';

function run(cmd, args) {
  const r = spawnSync(cmd, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' });
  if (r.status !== 0) process.exit(r.status ?? 1);
}

const electron = electronBinary();
if (!electron) {
  console.error(MISSING);
  process.exit(1);
}

if (!existsSync(path.join(root, 'dist', 'renderer', 'index.html'))) run('npm', ['run', 'build:renderer']);
run(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs')]);

// ELECTRON_RUN_AS_NODE in the environment would turn the binary into plain Node.
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(electron, [root, ...process.argv.slice(2)], { cwd: root, stdio: 'inherit', env });
child.on('exit', (code, signal) => process.exit(signal ? 1 : (code ?? 0)));
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
