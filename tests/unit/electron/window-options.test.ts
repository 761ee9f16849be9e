import { describe, expect, it } from 'vitest';
import { windowOptions } from '../../../electron/window-options';

describe('windowOptions', () => {
  const opts = windowOptions('/app/dist/electron/preload.cjs');
  const web = opts.webPreferences ?? {};

  it('pins every security-relevant webPreference', () => {
    expect(web).toMatchObject({
      preload: '/app/dist/electron/preload.cjs',
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      spellcheck: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      devTools: false,
      safeDialogs: true,
      enableWebSQL: false,
    });
  });

  it('enables no Blink features and sets no extra partition', () => {
    expect(web.enableBlinkFeatures).toBeUndefined();
    expect(web.partition).toBeUndefined();
    expect(web.additionalArguments).toBeUndefined();
  });

  it('starts hidden until the first paint', () => {
    expect(opts.show).toBe(false);
  });
});
