// main.ts against a stand-in Electron: checks that the wiring applies the policies —
// the sandbox, the session handlers, the per-contents guards and the IPC sender check.
import { EventEmitter } from 'node:events';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const h = await vi.hoisted(async () => {
  const { EventEmitter: EE } = await import('node:events');
  const app = Object.assign(new EE(), {
    sandboxed: false,
    paths: {} as Record<string, string>,
    ready: null as null | (() => void),
    enableSandbox() {
      this.sandboxed = true;
    },
    setPath(k: string, v: string) {
      this.paths[k] = v;
    },
    getAppPath: () => '/app',
    requestSingleInstanceLock: () => true,
    quit: () => undefined,
    exit: () => undefined,
    whenReady() {
      return new Promise<void>((resolve) => (this.ready = resolve));
    },
  });
  const ses = Object.assign(new EE(), {
    permissionRequest: null as null | ((wc: unknown, p: string, cb: (ok: boolean) => void) => void),
    permissionCheck: null as null | ((wc: unknown, p: string) => boolean),
    beforeRequest: null as null | ((d: { url: string; resourceType: string }, cb: (r: { cancel: boolean }) => void) => void),
    spellcheck: true,
    setPermissionRequestHandler(f: never) {
      this.permissionRequest = f;
    },
    setPermissionCheckHandler(f: never) {
      this.permissionCheck = f;
    },
    setDevicePermissionHandler: () => undefined,
    setDisplayMediaRequestHandler: () => undefined,
    setSpellCheckerEnabled(v: boolean) {
      this.spellcheck = v;
    },
    webRequest: {
      onBeforeRequest: (f: never) => {
        ses.beforeRequest = f;
      },
    },
  });
  const state = {
    app,
    ses,
    ipc: new Map<string, (...a: unknown[]) => unknown>(),
    windows: [] as { opts: unknown; url?: string }[],
    menu: 'default' as unknown,
    invoked: [] as unknown[][],
    forgotten: [] as string[],
  };
  return state;
});

vi.mock('electron', () => ({
  app: h.app,
  session: { defaultSession: h.ses },
  ipcMain: { handle: (ch: string, f: (...a: unknown[]) => unknown) => h.ipc.set(ch, f) },
  Menu: { setApplicationMenu: (m: unknown) => (h.menu = m) },
  dialog: { showErrorBox: () => undefined },
  protocol: { registerSchemesAsPrivileged: () => undefined, handle: () => undefined },
  BrowserWindow: class {
    entry: { opts: unknown; url?: string };
    constructor(opts: unknown) {
      this.entry = { opts };
      h.windows.push(this.entry);
    }
    once() {}
    on() {}
    loadURL(url: string) {
      this.entry.url = url;
      return Promise.resolve();
    }
  },
}));

vi.mock('../../../api/desk', () => ({
  openDesk: ({ dataDir }: { dataDir: string }) => ({
    dataDir,
    invoke: async (...a: unknown[]) => {
      h.invoked.push(a);
      return { ok: true, value: 'done' };
    },
    forgetClient: (c: string) => h.forgotten.push(c),
    close: () => undefined,
  }),
}));

class FakeContents extends EventEmitter {
  id = 7;
  openHandler: null | (() => { action: string }) = null;
  mainFrame = { processId: 1, routingId: 1, parent: null, url: 'app://desk/index.html' };
  setWindowOpenHandler(f: () => { action: string }) {
    this.openHandler = f;
  }
}

function navEvent(url?: string) {
  return { url, prevented: false, preventDefault() { this.prevented = true; } };
}

beforeAll(async () => {
  process.argv.push('--data', '/tmp/clearance-wiring');
  await import('../../../electron/main');
  h.app.ready?.();
  await new Promise((r) => setTimeout(r, 10));
});

afterAll(() => {
  process.argv.splice(process.argv.indexOf('--data'), 2);
});

describe('main wiring', () => {
  it('enables the sandbox, removes the menu and keeps the profile in the data folder', () => {
    expect(h.app.sandboxed).toBe(true);
    expect(h.menu).toBeNull();
    expect(h.app.paths.userData).toBe('/tmp/clearance-wiring/electron-profile');
  });

  it('loads only the entry URL in a window built from windowOptions', () => {
    expect(h.windows).toHaveLength(1);
    expect(h.windows[0].url).toBe('app://desk/index.html');
    expect(h.windows[0].opts).toMatchObject({ webPreferences: { sandbox: true, contextIsolation: true, preload: '/app/dist/electron/preload.cjs' } });
  });

  it('denies permissions, turns spellcheck off and blocks foreign requests', () => {
    let granted: boolean | undefined;
    h.ses.permissionRequest!({}, 'media', (ok) => (granted = ok));
    expect(granted).toBe(false);
    expect(h.ses.permissionCheck!({}, 'clipboard-read')).toBe(false);
    expect(h.ses.spellcheck).toBe(false);
    const cancel = (url: string, resourceType = 'script') => {
      let res: { cancel: boolean } | undefined;
      h.ses.beforeRequest!({ url, resourceType }, (r) => (res = r));
      return res?.cancel;
    };
    expect(cancel('https://example.com/x.js')).toBe(true);
    expect(cancel('app://desk/assets/a.js')).toBe(false);
  });

  it('guards every web contents: navigation, redirects, webviews, new windows', () => {
    const wc = new FakeContents();
    h.app.emit('web-contents-created', {}, wc);
    for (const ev of ['will-navigate', 'will-redirect']) {
      const e = navEvent();
      wc.emit(ev, e, 'app://desk/index.html');
      expect(e.prevented).toBe(true);
    }
    const frameNav = navEvent('https://evil.com/');
    wc.emit('will-frame-navigate', frameNav);
    expect(frameNav.prevented).toBe(true);
    const webview = navEvent();
    wc.emit('will-attach-webview', webview);
    expect(webview.prevented).toBe(true);
    expect(wc.openHandler!()).toEqual({ action: 'deny' });
    wc.emit('destroyed');
    expect(h.forgotten).toEqual(['7']);
  });

  it('serves IPC only to the app main frame, as the calling window', async () => {
    const handler = h.ipc.get('clearance:invoke')!;
    const sender = new FakeContents();
    const ok = await handler({ sender, senderFrame: sender.mainFrame }, 'drafts.list', { page: 1 });
    expect(ok).toEqual({ ok: true, value: 'done' });
    expect(h.invoked).toEqual([['7', 'drafts.list', { page: 1 }]]);

    const sub = { processId: 1, routingId: 2, parent: sender.mainFrame, url: 'app://desk/index.html' };
    expect(await handler({ sender, senderFrame: sub }, 'drafts.list', {})).toMatchObject({ ok: false, error: { code: 'ipc.sender-rejected' } });
    const foreign = { ...sender.mainFrame, url: 'https://evil.com/' };
    expect(await handler({ sender, senderFrame: foreign }, 'drafts.list', {})).toMatchObject({ ok: false });
    expect(await handler({ sender, senderFrame: null }, 'drafts.list', {})).toMatchObject({ ok: false });
    expect(await handler({ sender, senderFrame: sender.mainFrame }, 42, {})).toMatchObject({ ok: false, error: { code: 'ipc.bad-method' } });
    expect(h.invoked).toHaveLength(1);
  });
});
