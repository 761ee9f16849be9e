import { createRequire } from 'node:module';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
const require = createRequire(path.join(root, 'package.json'));
const config = require('./build/electron-builder.config.cjs');

describe('electron-builder configuration', () => {
  it('sets every fuse to its hardened value', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableCookieEncryption: true,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
      loadBrowserProcessSpecificV8Snapshot: false,
      grantFileProtocolExtraPrivileges: false,
    });
  });

  it('packs into asar, rebuilds natives for Electron, publishes nowhere', () => {
    expect(config.asar).toBe(true);
    expect(config.npmRebuild).toBe(true);
    expect(config.publish).toBeNull();
    expect(config.productName).toBe('清 Clearance 保密审查台');
  });

  it('ships the bundles, the UI and the migrations', () => {
    expect(config.files).toEqual(expect.arrayContaining(['dist/electron/**', 'dist/renderer/**', 'db/migrations/*.sql', 'package.json']));
  });

  it('targets Windows (nsis, portable) and Linux (AppImage, deb)', () => {
    const targets = (p: { target: { target: string }[] }) => p.target.map((t) => t.target);
    expect(targets(config.win)).toEqual(['nsis', 'portable']);
    expect(targets(config.linux)).toEqual(['AppImage', 'deb']);
  });

  it('matches electron-builder\'s schema', async () => {
    const { validateConfiguration } = require('app-builder-lib/out/util/config/config.js');
    const { DebugLogger } = require('builder-util');
    await expect(validateConfiguration(structuredClone(config), new DebugLogger(false))).resolves.toBeUndefined();
  });
});
