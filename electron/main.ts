// The Electron entry: wiring only. Every decision it applies lives in security.ts,
// ipc-guard.ts, args.ts and window-options.ts, which are tested without Electron.

import { app, BrowserWindow, dialog, ipcMain, Menu, session, type Session, type WebContents } from 'electron';
import path from 'node:path';
import { defaultDataDir } from '../api/data-dir';
import { openDesk } from '../api/desk';
import type { Desk } from '../api/desk-types';
import { isClearanceError } from '../core/errors';
import { forbiddenSwitches, parseDataDir } from './args';
import { INVOKE_CHANNEL } from './bridge-types';
import { checkIpcCall, internalError } from './ipc-guard';
import { handleAppScheme, registerAppScheme } from './protocol';
import {
  APP_ENTRY_URL,
  permissionDecision,
  shouldAllowDownload,
  shouldAllowNavigation,
  shouldAllowRequest,
} from './security';
import { windowOptions, WINDOW_TITLE } from './window-options';

let desk: Desk | null = null;
let mainWindow: BrowserWindow | null = null;

function fatal(title: string, message: string): never {
  // showErrorBox works before `ready` on Windows/Linux; on Linux it falls back to stderr.
  dialog.showErrorBox(title, message);
  app.exit(1);
  // app.exit does not return control in practice; keep the type checker honest.
  throw new Error(message);
}

function startupChecks(): string | null {
  const bad = forbiddenSwitches(process.argv);
  if (bad.length > 0) {
    fatal(WINDOW_TITLE, `不允许使用调试参数：${bad.join(' ')}\nDebugging switches are not allowed: ${bad.join(' ')}`);
  }
  try {
    return parseDataDir(process.argv);
  } catch {
    fatal(WINDOW_TITLE, '--data 参数缺少文件夹。\n--data needs a folder.');
  }
}

const hardened = new WeakSet<Session>();

function hardenSession(ses: Session): void {
  if (hardened.has(ses)) return;
  hardened.add(ses);
  ses.setPermissionRequestHandler((_wc, permission, callback) => callback(permissionDecision(permission).allow));
  ses.setPermissionCheckHandler((_wc, permission) => permissionDecision(permission).allow);
  ses.setDevicePermissionHandler(() => false);
  ses.setDisplayMediaRequestHandler((_req, callback) => callback({}));
  ses.setSpellCheckerEnabled(false);
  ses.webRequest.onBeforeRequest((details, callback) => {
    callback({ cancel: !shouldAllowRequest(details.url, details.resourceType) });
  });
  ses.on('will-download', (event, item) => {
    if (!shouldAllowDownload(item.getURL())) event.preventDefault();
  });
}

function hardenContents(contents: WebContents): void {
  const deny = (event: { preventDefault(): void }, url: string) => {
    if (!shouldAllowNavigation(url, 'later')) event.preventDefault();
  };
  contents.on('will-navigate', (event, url) => deny(event, url));
  contents.on('will-frame-navigate', (event) => deny(event, event.url));
  contents.on('will-redirect', (event, url) => deny(event, url));
  contents.on('will-attach-webview', (event) => event.preventDefault());
  contents.setWindowOpenHandler(() => ({ action: 'deny' }));
  const client = String(contents.id);
  contents.once('destroyed', () => desk?.forgetClient(client));
}

function createWindow(): void {
  const preload = path.join(app.getAppPath(), 'dist', 'electron', 'preload.cjs');
  mainWindow = new BrowserWindow(windowOptions(preload));
  mainWindow.once('ready-to-show', () => mainWindow?.show());
  mainWindow.on('closed', () => {
    mainWindow = null;
  });
  // The only navigation the window makes; will-navigate does not fire for loadURL.
  if (!shouldAllowNavigation(APP_ENTRY_URL, 'initial')) throw new Error('entry URL rejected by policy');
  void mainWindow.loadURL(APP_ENTRY_URL);
}

function registerIpc(): void {
  ipcMain.handle(INVOKE_CHANNEL, async (event, method: unknown, params: unknown) => {
    const frame = event.senderFrame;
    const top = event.sender.mainFrame;
    const isMainFrame = !!frame && frame.parent === null && frame.processId === top.processId && frame.routingId === top.routingId;
    const refused = checkIpcCall(frame?.url, isMainFrame, method);
    if (refused) return refused;
    if (!desk) return internalError();
    try {
      return await desk.invoke(String(event.sender.id), method as string, params);
    } catch (e) {
      console.error('clearance: invoke failed', e);
      return internalError();
    }
  });
}

function main(): void {
  const dataArg = startupChecks();
  // The same default folder as the `clearance` CLI (not Electron's userData, which is
  // named after the product name and would differ between dev and packaged builds), so
  // `clearance backup` and the desk open one database. Chromium's profile goes inside it:
  // one folder holds everything the desk writes.
  const dataDir = path.resolve(dataArg ?? defaultDataDir());
  app.setPath('userData', path.join(dataDir, 'electron-profile'));

  if (!app.requestSingleInstanceLock()) {
    // Two processes on one SQLite file would race the audit chain head. The lock is
    // keyed on userData, i.e. on the data folder: separate --data folders may coexist.
    app.quit();
    return;
  }
  app.on('second-instance', () => {
    if (!mainWindow) return;
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.focus();
  });

  app.enableSandbox();
  registerAppScheme();
  app.on('session-created', hardenSession);
  app.on('web-contents-created', (_e, contents) => hardenContents(contents));
  app.on('window-all-closed', () => app.quit());
  app.on('will-quit', () => {
    desk?.close();
    desk = null;
  });

  void app.whenReady().then(() => {
    Menu.setApplicationMenu(null); // no menu, so no DevTools or reload accelerators
    hardenSession(session.defaultSession);
    try {
      desk = openDesk({ dataDir });
    } catch (e) {
      const detail = isClearanceError(e) ? `${e.messageZh}\n${e.messageEn}` : String(e);
      fatal('无法打开数据库 / Cannot open the database', `${detail}\n\n${dataDir}`);
    }
    handleAppScheme(path.join(app.getAppPath(), 'dist', 'renderer'));
    registerIpc();
    createWindow();
  });
}

main();
