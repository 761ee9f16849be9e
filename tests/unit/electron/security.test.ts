import path from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  APP_ENTRY_URL,
  isAppUrl,
  knownPermissions,
  mimeType,
  permissionDecision,
  resolveAppPath,
  shouldAllowDownload,
  shouldAllowNavigation,
  shouldAllowRequest,
  validateIpcSender,
} from '../../../electron/security';

const LOOK_ALIKES = [
  'app://desk.evil.com/index.html',
  'app://desk.evil.com',
  'app://desk@evil.com/index.html',
  'app://desk:x@evil.com/',
  'app://evil/desk',
  'app://evil/app://desk/',
  'app://evildesk/',
  'app://deskx/',
  'app://desk./index.html',
  'app://desk:80/index.html',
  'app://desk:443/',
  'app://user@desk/',
  'app://user:pw@desk/',
  'app:desk/index.html',
  'app:///desk/index.html',
  'https://desk/index.html',
  'http://desk/',
  'https://app.desk/',
  'http://127.0.0.1:8080/',
  'http://localhost/',
  'ws://127.0.0.1/',
  'file:///etc/passwd',
  'file://desk/index.html',
  'javascript:alert(1)',
  'javascript://app://desk/%0aalert(1)',
  'data:text/html,<script>alert(1)</script>',
  'blob:app://desk/1234',
  'devtools://devtools/bundled/inspector.html',
  'chrome://settings',
  'about:blank',
  'view-source:app://desk/',
  'apps://desk/',
  ' app://desk/',
  'app://desk/\t',
  'app://de\nsk/',
  '',
  'not a url',
];

describe('isAppUrl', () => {
  it('accepts the app origin', () => {
    expect(isAppUrl('app://desk/index.html')).toBe(true);
    expect(isAppUrl('app://desk/')).toBe(true);
    expect(isAppUrl('app://desk/assets/index-abc.js')).toBe(true);
    expect(isAppUrl(APP_ENTRY_URL)).toBe(true);
  });

  it('treats scheme and host case as Chromium canonicalises them', () => {
    // `app` is a standard scheme in Chromium, which lower-cases scheme and host.
    expect(isAppUrl('APP://DESK/index.html')).toBe(true);
    expect(isAppUrl('App://Desk/')).toBe(true);
  });

  it.each(LOOK_ALIKES)('rejects %j', (url) => {
    expect(isAppUrl(url)).toBe(false);
  });

  it('rejects non-strings and absurdly long input', () => {
    for (const v of [undefined, null, 42, {}, ['app://desk/'], new URL('app://desk/')]) expect(isAppUrl(v)).toBe(false);
    expect(isAppUrl(`app://desk/${'a'.repeat(10_000)}`)).toBe(false);
  });
});

describe('shouldAllowNavigation', () => {
  it('allows only the initial load of the entry document', () => {
    expect(shouldAllowNavigation('app://desk/index.html', 'initial')).toBe(true);
    expect(shouldAllowNavigation('app://desk/', 'initial')).toBe(true);
  });

  it('denies every later navigation, even to the app origin', () => {
    expect(shouldAllowNavigation('app://desk/index.html', 'later')).toBe(false);
    expect(shouldAllowNavigation('app://desk/index.html')).toBe(false);
    expect(shouldAllowNavigation('app://desk/#/drafts')).toBe(false);
  });

  it('does not load other app documents first', () => {
    expect(shouldAllowNavigation('app://desk/assets/evil.html', 'initial')).toBe(false);
    expect(shouldAllowNavigation('app://desk/index.html/../x', 'initial')).toBe(false);
  });

  it.each(LOOK_ALIKES)('denies %j at any phase', (url) => {
    expect(shouldAllowNavigation(url, 'initial')).toBe(false);
    expect(shouldAllowNavigation(url, 'later')).toBe(false);
  });
});

describe('shouldAllowRequest', () => {
  it('allows the bundled UI for every resource type', () => {
    for (const t of ['mainFrame', 'script', 'stylesheet', 'image', 'font', 'xhr', 'other']) {
      expect(shouldAllowRequest('app://desk/assets/index.js', t)).toBe(true);
    }
  });

  it.each(LOOK_ALIKES.filter((u) => !u.startsWith('data:') && !u.startsWith('blob:')))('blocks %j', (url) => {
    for (const t of ['mainFrame', 'subFrame', 'script', 'xhr', 'image', 'font', 'webSocket', 'other']) {
      expect(shouldAllowRequest(url, t)).toBe(false);
    }
  });

  it('allows data: only for images and fonts', () => {
    expect(shouldAllowRequest('data:image/svg+xml;base64,PHN2Zz4=', 'image')).toBe(true);
    expect(shouldAllowRequest('data:font/woff2;base64,AAAA', 'font')).toBe(true);
    for (const t of ['mainFrame', 'subFrame', 'script', 'stylesheet', 'xhr', 'object', 'other']) {
      expect(shouldAllowRequest('data:text/html,<script>alert(1)</script>', t)).toBe(false);
    }
    expect(shouldAllowRequest('data:image/png;base64,AA')).toBe(false); // type unknown → deny
  });

  it('allows blob: only when minted by the app origin', () => {
    expect(shouldAllowRequest('blob:app://desk/6f1c0b1e-0000-4000-8000-000000000000', 'image')).toBe(true);
    expect(shouldAllowRequest('blob:https://evil.com/6f1c', 'image')).toBe(false);
    expect(shouldAllowRequest('blob:app://desk.evil/6f1c', 'image')).toBe(false);
    expect(shouldAllowRequest('blob:null/6f1c', 'image')).toBe(false);
  });

  it('blocks devtools', () => {
    expect(shouldAllowRequest('devtools://devtools/bundled/devtools_app.html', 'mainFrame')).toBe(false);
  });
});

describe('shouldAllowDownload', () => {
  it('allows only blobs of the app origin', () => {
    expect(shouldAllowDownload('blob:app://desk/1')).toBe(true);
    expect(shouldAllowDownload('https://evil.com/x.exe')).toBe(false);
    expect(shouldAllowDownload('data:application/octet-stream,xx')).toBe(false);
    expect(shouldAllowDownload('app://desk/index.html')).toBe(false);
    expect(shouldAllowDownload('blob:https://evil.com/1')).toBe(false);
  });
});

describe('permissionDecision', () => {
  const ELECTRON_PERMISSIONS = [
    'clipboard-read', 'clipboard-sanitized-write', 'deprecated-sync-clipboard-read', 'display-capture', 'fullscreen',
    'geolocation', 'hid', 'idle-detection', 'keyboardLock', 'media', 'mediaKeySystem', 'midi', 'midiSysex',
    'notifications', 'openExternal', 'pointerLock', 'serial', 'speaker-selection', 'storage-access',
    'top-level-storage-access', 'unknown', 'usb', 'window-management', 'fileSystem',
  ];

  it.each(ELECTRON_PERMISSIONS)('denies %s, with a reason', (p) => {
    const d = permissionDecision(p);
    expect(d.allow).toBe(false);
    expect(d.reason.length).toBeGreaterThan(5);
  });

  it('lists every permission Electron 38 can ask for', () => {
    expect(new Set(knownPermissions())).toEqual(new Set(ELECTRON_PERMISSIONS));
  });

  it('denies names outside the table, including prototype keys', () => {
    for (const p of ['camera', 'future-permission', '__proto__', 'constructor', 'toString', '', undefined, null, 1]) {
      expect(permissionDecision(p).allow).toBe(false);
    }
  });

  it('allows nothing at all', () => {
    expect(knownPermissions().filter((p) => permissionDecision(p).allow)).toEqual([]);
  });
});

describe('validateIpcSender', () => {
  it('accepts the main frame of the app page', () => {
    expect(validateIpcSender('app://desk/index.html', true)).toBe(true);
    expect(validateIpcSender('app://desk/index.html#/audit', true)).toBe(true);
  });

  it('rejects subframes of the app page', () => {
    expect(validateIpcSender('app://desk/index.html', false)).toBe(false);
  });

  it.each(LOOK_ALIKES)('rejects a frame at %j', (url) => {
    expect(validateIpcSender(url, true)).toBe(false);
  });

  it('rejects a missing frame', () => {
    expect(validateIpcSender(undefined, true)).toBe(false);
    expect(validateIpcSender(null, true)).toBe(false);
  });
});

describe('resolveAppPath', () => {
  const root = path.resolve('/srv/app/dist/renderer');
  const inRoot = (...p: string[]) => path.join(root, ...p);

  it('maps asset paths inside the root', () => {
    expect(resolveAppPath(root, '/index.html')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, '/assets/index-Bx1.js')).toBe(inRoot('assets', 'index-Bx1.js'));
    expect(resolveAppPath(root, '/assets/%E4%B8%AD%E6%96%87.woff2')).toBe(inRoot('assets', '中文.woff2'));
  });

  it('falls back to index.html for client routes (no extension) only', () => {
    expect(resolveAppPath(root, '/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, '/drafts')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, '/drafts/12/')).toBe(inRoot('index.html'));
    expect(resolveAppPath(root, '/assets/missing.js')).toBe(inRoot('assets', 'missing.js'));
  });

  const ATTACKS = [
    '/../../etc/passwd',
    '/..',
    '/assets/../../../etc/passwd',
    '/assets/../index.html',
    '/%2e%2e/%2e%2e/etc/passwd',
    '/%2E%2E%2Fetc%2Fpasswd',
    '/%2e%2e%2f%2e%2e%2fetc%2fpasswd.txt',
    '/..%2fetc%2fpasswd',
    '/..%5c..%5cwindows%5cwin.ini',
    '/assets\\..\\..\\secret.txt',
    '/%5c%5cserver%5cshare%5cx.js',
    '/%252e%252e/%252e%252e/etc/passwd',
    '/index.html%00.png',
    '/index.html\u0000.png',
    '/assets/a%0d%0aSet-Cookie:x.js',
    '//etc/passwd',
    '///etc/passwd',
    '/C:/Windows/win.ini',
    '/c%3a/Windows/win.ini',
    '/assets/x.js::$DATA',
    'etc/passwd',
    '',
    '/./index.html',
    '/assets//x.js',
    '/.git/config',
    '/.vite/manifest.json',
    '/assets/CON',
    '/assets/nul.js',
    '/COM1.txt',
    '/index.html.',
    '/index.html%20',
    '/%E0%A4%A',
    `/${'a/'.repeat(600)}x.js`,
    `/${'a'.repeat(5000)}.js`,
  ];

  it.each(ATTACKS)('refuses %j', (p) => {
    expect(resolveAppPath(root, p)).toBeNull();
  });

  it('refuses non-string input', () => {
    for (const v of [undefined, null, 1, {}, ['/index.html']]) expect(resolveAppPath(root, v)).toBeNull();
  });

  it('never leaves the root, whatever a URL parser did first', () => {
    for (const raw of ATTACKS.concat(['/x', '/a/b/c.js'])) {
      let pathname: string;
      try {
        pathname = new URL(`app://desk${raw.startsWith('/') ? raw : `/${raw}`}`).pathname;
      } catch {
        continue;
      }
      const r = resolveAppPath(root, pathname);
      if (r !== null) expect(path.relative(root, r).startsWith('..')).toBe(false);
    }
  });

  describe('on Windows paths', () => {
    const win = path.win32;
    const wroot = 'C:\\Program Files\\Clearance\\resources\\app.asar\\dist\\renderer';
    it('maps assets', () => {
      expect(resolveAppPath(wroot, '/assets/a.js', win)).toBe(`${wroot}\\assets\\a.js`);
    });
    it.each(['/C:/Windows/win.ini', '/..%5c..%5cx.js', '/%5c%5cevil%5cshare%5cx.js', '/D%3A%5Cx.js', '/assets/AUX.js', '/a/lpt1', '/x.js.'])(
      'refuses %j',
      (p) => {
        expect(resolveAppPath(wroot, p, win)).toBeNull();
      },
    );
  });
});

describe('mimeType', () => {
  it('knows the types the built UI uses', () => {
    expect(mimeType('/r/index.html')).toBe('text/html; charset=utf-8');
    expect(mimeType('/r/assets/index-abc.js')).toBe('text/javascript; charset=utf-8');
    expect(mimeType('/r/assets/index-abc.CSS')).toBe('text/css; charset=utf-8');
    expect(mimeType('/r/assets/logo.svg')).toBe('image/svg+xml');
    expect(mimeType('/r/assets/f.woff2')).toBe('font/woff2');
    expect(mimeType('C:\\r\\assets\\a.png')).toBe('image/png');
  });

  it('serves anything else as opaque bytes', () => {
    for (const p of ['/r/x', '/r/.js', '/r/x.exe', '/r/x.constructor', '/r/x.__proto__', '/r.d/x', 'C:\\r.js\\x']) {
      expect(mimeType(p)).toBe('application/octet-stream');
    }
  });
});
