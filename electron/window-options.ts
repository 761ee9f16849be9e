// The options of the desk window. Pure (type-only Electron import) so a unit test can
// pin every security-relevant webPreference.

import type { BrowserWindowConstructorOptions } from 'electron';

export const WINDOW_TITLE = '清 Clearance 保密审查台';

export function windowOptions(preloadPath: string): BrowserWindowConstructorOptions {
  return {
    title: WINDOW_TITLE,
    width: 1280,
    height: 860,
    minWidth: 960,
    minHeight: 640,
    show: false, // shown on ready-to-show, so no white flash
    backgroundColor: '#ffffff',
    autoHideMenuBar: true,
    webPreferences: {
      preload: preloadPath,
      // The page gets `window.clearance.invoke` and nothing else from the preload world.
      contextIsolation: true,
      sandbox: true,
      nodeIntegration: false,
      nodeIntegrationInWorker: false,
      nodeIntegrationInSubFrames: false,
      webSecurity: true,
      allowRunningInsecureContent: false,
      experimentalFeatures: false,
      webviewTag: false,
      navigateOnDragDrop: false,
      spellcheck: false, // spellchecking would send typed text to a dictionary service
      // DevTools read every secret on the page; debug the same UI in a browser via
      // `npm run serve` instead.
      devTools: false,
      safeDialogs: true,
      autoplayPolicy: 'document-user-activation-required',
      enableWebSQL: false,
    },
  };
}
