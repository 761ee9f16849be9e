// Serves the built renderer (dist/renderer) on app://desk. No file:// anywhere: a
// custom standard scheme gives the UI a real origin for the CSP and keeps it away from
// the file system. Every response carries the desktop CSP (connect-src 'none').

import { protocol } from 'electron';
import { readFile } from 'node:fs/promises';
import { securityHeaders } from '../api/transport/csp';
import { APP_SCHEME, isAppUrl, mimeType, resolveAppPath } from './security';

/** Must run before `app` is ready. */
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([
    {
      scheme: APP_SCHEME,
      privileges: {
        // A proper origin (app://desk) so same-origin rules, the CSP's 'self' and
        // relative URLs work as on the web.
        standard: true,
        // Treated like https: no mixed-content downgrade, secure-context APIs work.
        secure: true,
        // ES module scripts and fetch() of bundled assets (e.g. a worker) need it.
        supportFetchAPI: true,
        // Vite emits <script type="module" crossorigin>; CORS mode needs the scheme.
        corsEnabled: true,
        codeCache: true,
        // Deliberately not set: bypassCSP (the CSP is the point), allowServiceWorkers
        // (a worker could outlive a build and serve stale UI), stream (no media).
      },
    },
  ]);
}

const headers = securityHeaders({ connectSelf: false });

function plain(status: number, text: string): Response {
  return new Response(text, { status, headers: { ...headers, 'Content-Type': 'text/plain; charset=utf-8' } });
}

/** Call after `app` is ready. `root` is the dist/renderer folder. */
export function handleAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    if (!isAppUrl(request.url)) return plain(404, 'Not found');
    if (request.method !== 'GET' && request.method !== 'HEAD') return plain(405, 'Method not allowed');
    const file = resolveAppPath(root, new URL(request.url).pathname);
    if (!file) return plain(404, 'Not found');
    try {
      const body = await readFile(file);
      return new Response(request.method === 'HEAD' ? null : body, {
        status: 200,
        headers: { ...headers, 'Content-Type': mimeType(file) },
      });
    } catch {
      return plain(404, 'Not found');
    }
  });
}
