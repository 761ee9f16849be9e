// Every security decision of the Electron shell, as pure functions (no `electron`
// import) so they can be tested in Node against hostile input. main.ts and
// protocol.ts only wire these to Electron events.
//
// URLs are parsed with `URL` and compared field by field: protocol, host, port,
// credentials. Never `includes`/`startsWith` on the raw string — `app://desk.evil`,
// `app://desk@evil` and `app://evil/desk` all contain "app://desk".

import path from 'node:path';

export const APP_SCHEME = 'app';
export const APP_HOST = 'desk';
export const APP_ORIGIN = `${APP_SCHEME}://${APP_HOST}`;
/** The one URL the window ever loads. */
export const APP_ENTRY_URL = `${APP_ORIGIN}/index.html`;

const WINDOWS_DEVICE = /^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³]|conin\$|conout\$)(\..*)?$/i;

/** Longest request path the protocol handler will look at; built asset paths are short. */
const MAX_PATH_LENGTH = 1024;

function parse(url: unknown): URL | null {
  if (typeof url !== 'string' || url.length === 0 || url.length > 8192) return null;
  // The URL parser silently strips surrounding spaces and inner tabs/newlines. URLs that
  // Chromium hands us are canonical and never contain them; one that does was crafted.
  if (/^[\u0000-\u0020]|[\u0000-\u0020]$|[\t\n\r]/.test(url)) return null;
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

/**
 * True only for `app://desk/...` with no port and no credentials.
 * `URL` lower-cases the scheme; for a non-special scheme Node keeps the host's case
 * while Chromium (where `app` is registered as standard) lower-cases it, so the host
 * is compared case-insensitively — but exactly, never as a prefix or substring.
 */
export function isAppUrl(url: unknown): boolean {
  const u = parse(url);
  if (!u) return false;
  return (
    u.protocol === `${APP_SCHEME}:` &&
    u.host.toLowerCase() === APP_HOST &&
    u.hostname.toLowerCase() === APP_HOST &&
    u.port === '' &&
    u.username === '' &&
    u.password === ''
  );
}

/** The entry document: `/` or `/index.html` on the app origin. */
function isEntryUrl(url: string): boolean {
  if (!isAppUrl(url)) return false;
  const { pathname } = new URL(url);
  return pathname === '/' || pathname === '' || pathname === '/index.html';
}

/**
 * Navigation policy. The UI is a single page with client-side routing (which does not
 * navigate), so the only navigation ever needed is the main process loading the entry
 * document once. Anything the renderer starts — links, `location =`, form posts,
 * redirects, drag-and-drop of files — is denied, including app:// itself: a page that
 * can re-navigate the window can also load a crafted app:// URL.
 */
export function shouldAllowNavigation(url: unknown, phase: 'initial' | 'later' = 'later'): boolean {
  if (phase !== 'initial') return false;
  return typeof url === 'string' && isEntryUrl(url);
}

/** Chromium resource types as `webRequest` reports them. */
export type ResourceType =
  | 'mainFrame'
  | 'subFrame'
  | 'stylesheet'
  | 'script'
  | 'image'
  | 'font'
  | 'object'
  | 'xhr'
  | 'ping'
  | 'cspReport'
  | 'media'
  | 'webSocket'
  | 'other'
  | string;

/**
 * Request policy for `webRequest.onBeforeRequest`: the desk is offline and talks to
 * the main process over IPC only, so every request that is not for the bundled UI is
 * cancelled — http(s), ws, file:, ftp:, chrome:, devtools: (DevTools are disabled; the
 * same UI can be debugged in a normal browser via `npm run serve`).
 */
export function shouldAllowRequest(url: unknown, resourceType: ResourceType = 'other'): boolean {
  if (isAppUrl(url)) return true;
  const u = parse(url);
  if (!u) return false;
  if (u.protocol === 'data:') {
    // Ant Design and the bundled CSS inline small icons and fonts as data: URLs (the
    // CSP allows them for img-src and font-src only). A data: document, script or
    // frame is a classic way to run code outside the app origin, so nothing else.
    return resourceType === 'image' || resourceType === 'font';
  }
  if (u.protocol === 'blob:') {
    // A blob: URL carries only bytes our own page already holds (image previews,
    // export files the user saves). Accept it only when it was minted by app://desk.
    return isAppUrl(u.pathname);
  }
  return false;
}

/** Downloads: only files the UI itself built (blob: from app://desk), e.g. an audit export. */
export function shouldAllowDownload(url: unknown): boolean {
  const u = parse(url);
  return !!u && u.protocol === 'blob:' && isAppUrl(u.pathname);
}

export interface PermissionDecision {
  allow: boolean;
  reason: string;
}

/**
 * Every permission Chromium can ask for, with why the desk denies it. Anything not in
 * the table (a permission added by a future Electron) is denied too. Nothing here is
 * allowed: the desk is a forms-and-documents tool on an air-gapped PC holding material
 * under secrecy review, and every capability below is either unused or a channel out.
 */
const PERMISSIONS: Record<string, PermissionDecision> = {
  // Ctrl+C/Ctrl+V, the context menu and execCommand('copy') in a click handler work
  // without these. The async Clipboard API would let script read what the user copied
  // elsewhere, or write review material to the clipboard without a visible action.
  'clipboard-read': { allow: false, reason: 'async clipboard read lets script read other apps\' data' },
  'clipboard-sanitized-write': { allow: false, reason: 'copying works without it; script-driven writes move reviewed text out silently' },
  'deprecated-sync-clipboard-read': { allow: false, reason: 'same as clipboard-read' },
  media: { allow: false, reason: 'no camera or microphone use; recording a secrecy desk is a leak' },
  'display-capture': { allow: false, reason: 'screen capture of review material is a leak' },
  'speaker-selection': { allow: false, reason: 'no audio output choice needed' },
  mediaKeySystem: { allow: false, reason: 'no DRM content' },
  geolocation: { allow: false, reason: 'location is not needed and is personal data' },
  notifications: { allow: false, reason: 'notification text would show review content outside the window' },
  midi: { allow: false, reason: 'no MIDI devices' },
  midiSysex: { allow: false, reason: 'no MIDI devices' },
  hid: { allow: false, reason: 'no device access; USB/HID is the path on and off an air-gapped PC' },
  serial: { allow: false, reason: 'no device access' },
  usb: { allow: false, reason: 'no device access' },
  fileSystem: { allow: false, reason: 'files are read and written by the main process after a native dialog' },
  openExternal: { allow: false, reason: 'the desk never opens other applications or URLs' },
  pointerLock: { allow: false, reason: 'not used; lets a page capture the mouse' },
  keyboardLock: { allow: false, reason: 'not used; lets a page capture system shortcuts' },
  fullscreen: { allow: false, reason: 'HTML fullscreen can hide the window frame and spoof other UI; the window maximises natively' },
  'idle-detection': { allow: false, reason: 'session idle timeout is enforced by the main process' },
  'storage-access': { allow: false, reason: 'no third-party content' },
  'top-level-storage-access': { allow: false, reason: 'no third-party content' },
  'window-management': { allow: false, reason: 'one window; no placement across screens' },
  unknown: { allow: false, reason: 'unidentified request' },
};

export function permissionDecision(permission: unknown): PermissionDecision {
  if (typeof permission === 'string' && Object.hasOwn(PERMISSIONS, permission)) {
    return PERMISSIONS[permission];
  }
  return { allow: false, reason: 'not in the permission table' };
}

/** The permissions the table names (for tests and documentation). */
export function knownPermissions(): string[] {
  return Object.keys(PERMISSIONS);
}

/**
 * An IPC call is served only when it comes from the main frame of a page on the app
 * origin. A subframe (there should be none; frame-src is 'none') or a frame that has
 * navigated elsewhere gets nothing, even if it shares the renderer process.
 */
export function validateIpcSender(frameUrl: unknown, isMainFrame: boolean): boolean {
  return isMainFrame === true && isAppUrl(frameUrl);
}

/** The subset of `node:path` that resolveAppPath uses; tests pass `path.win32`. */
export type PathApi = Pick<typeof path, 'resolve' | 'relative' | 'isAbsolute' | 'extname' | 'join' | 'sep'>;

/**
 * Maps the pathname of an app:// request to a file under `root`, or null.
 *
 * The pathname arrives percent-encoded. It is decoded exactly once and then every
 * segment is checked: `.`/`..`, hidden files, backslashes, NUL and other control
 * characters, `:` (drive letters, Windows stream names), and a remaining `%` (double
 * encoding) are refused rather than "cleaned", because a path that needs cleaning
 * is not one the built UI ever asks for. After that the result must still resolve
 * inside `root`.
 *
 * Client-side routes (no extension) get index.html; a missing asset stays a miss.
 */
export function resolveAppPath(root: string, urlPath: unknown, p: PathApi = path): string | null {
  if (typeof urlPath !== 'string' || urlPath.length === 0 || urlPath.length > MAX_PATH_LENGTH) return null;
  if (!urlPath.startsWith('/')) return null;
  let decoded: string;
  try {
    decoded = decodeURIComponent(urlPath);
  } catch {
    return null; // malformed escapes such as `%E0%A4%A`
  }
  if (/[\\\u0000-\u001f\u007f%:]/.test(decoded)) return null;
  if (decoded.startsWith('//')) return null;

  const segments = decoded.slice(1).split('/');
  const last = segments[segments.length - 1];
  if (last === '') segments.pop(); // trailing slash: `/` or a route like `/drafts/`
  for (const s of segments) {
    if (s === '' || s.startsWith('.')) return null; // `.`, `..`, `...`, hidden files
    // Windows drops trailing dots and spaces and maps device names (CON, NUL, COM1…)
    // to devices whatever the extension; no built asset looks like either.
    if (/[. ]$/.test(s) || WINDOWS_DEVICE.test(s)) return null;
  }

  const isRoute = segments.length === 0 || p.extname(segments[segments.length - 1]) === '';
  const rel = isRoute ? ['index.html'] : segments;
  const rootAbs = p.resolve(root);
  const full = p.resolve(rootAbs, ...rel);
  const inside = p.relative(rootAbs, full);
  if (inside === '' || inside.startsWith('..') || p.isAbsolute(inside)) return null;
  return full;
}

const MIME: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.mjs': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json; charset=utf-8',
  '.map': 'application/json; charset=utf-8',
  '.txt': 'text/plain; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.jpg': 'image/jpeg',
  '.jpeg': 'image/jpeg',
  '.gif': 'image/gif',
  '.webp': 'image/webp',
  '.ico': 'image/x-icon',
  '.woff': 'font/woff',
  '.woff2': 'font/woff2',
  '.ttf': 'font/ttf',
  '.otf': 'font/otf',
  '.wasm': 'application/wasm',
};

/**
 * Content type by extension. Responses carry `X-Content-Type-Options: nosniff`, so a
 * wrong type breaks loading instead of being guessed; unknown types are served as
 * opaque bytes, which Chromium will not execute as script or style.
 */
export function mimeType(filePath: string): string {
  const dot = filePath.lastIndexOf('.');
  const slash = Math.max(filePath.lastIndexOf('/'), filePath.lastIndexOf('\\'));
  if (dot <= slash + 1) return 'application/octet-stream';
  const ext = filePath.slice(dot).toLowerCase();
  return Object.hasOwn(MIME, ext) ? MIME[ext] : 'application/octet-stream';
}
