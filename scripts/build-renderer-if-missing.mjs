// Runs on `npm install`/`npm ci` so that `npx clearance serve` works in a fresh clone:
// the loopback host serves the built renderer, which is not committed.
import { existsSync } from 'node:fs';
import { execSync } from 'node:child_process';
if (existsSync('renderer/vite.config.ts') && !existsSync('dist/renderer/index.html')) {
  execSync('npx vite build --config renderer/vite.config.ts', { stdio: 'inherit' });
}
