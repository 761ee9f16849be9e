import { spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');

describe('npm start without the Electron binary', () => {
  it('explains what is missing, points to npm run serve and exits non-zero', () => {
    // Point electron/index.js at an empty folder so the result does not depend on
    // whether this machine happens to have the binary.
    const empty = mkdtempSync(path.join(tmpdir(), 'clearance-no-electron-'));
    try {
      const env = { ...process.env, ELECTRON_OVERRIDE_DIST_PATH: empty };
      const r = spawnSync(process.execPath, [path.join(root, 'scripts', 'start.mjs'), '--data', empty], { cwd: root, env, encoding: 'utf8', timeout: 20_000 });
      expect(r.status).toBe(1);
      const out = `${r.stdout}${r.stderr}`;
      expect(out).toContain('npm run serve');
      expect(out).toContain('Electron binary is not installed');
      expect(out).toContain('ELECTRON_SKIP_BINARY_DOWNLOAD');
      expect(out.trim().split(/\n\s*\n/)).toHaveLength(1); // one paragraph
    } finally {
      rmSync(empty, { recursive: true, force: true });
    }
  });
});
