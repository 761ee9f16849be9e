// protocol.ts against a stand-in for Electron's `protocol` (the binary is not installed
// here): what the scheme is registered with and what the handler answers.
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';

const fake = vi.hoisted(() => ({
  schemes: [] as unknown[],
  handlers: new Map<string, (req: Request) => Promise<Response>>(),
}));

vi.mock('electron', () => ({
  protocol: {
    registerSchemesAsPrivileged: (s: unknown[]) => fake.schemes.push(...s),
    handle: (scheme: string, h: (req: Request) => Promise<Response>) => fake.handlers.set(scheme, h),
  },
}));

const { handleAppScheme, registerAppScheme } = await import('../../../electron/protocol');

let root: string;
let secret: string;

beforeAll(() => {
  const base = mkdtempSync(path.join(tmpdir(), 'clearance-protocol-'));
  root = path.join(base, 'renderer');
  mkdirSync(path.join(root, 'assets'), { recursive: true });
  writeFileSync(path.join(root, 'index.html'), '<!doctype html><title>desk</title>');
  writeFileSync(path.join(root, 'assets', 'app.js'), 'console.log(1)');
  secret = path.join(base, 'secret.txt');
  writeFileSync(secret, 'TOP SECRET');
  registerAppScheme();
  handleAppScheme(root);
});

afterAll(() => rmSync(path.dirname(root), { recursive: true, force: true }));

const get = (url: string, method = 'GET') => fake.handlers.get('app')!(new Request(url, { method }));

describe('app:// scheme', () => {
  it('is standard and secure, and does not bypass the CSP or allow service workers', () => {
    expect(fake.schemes).toEqual([
      expect.objectContaining({ scheme: 'app', privileges: expect.objectContaining({ standard: true, secure: true }) }),
    ]);
    const p = (fake.schemes[0] as { privileges: Record<string, boolean> }).privileges;
    expect(p.bypassCSP).toBeUndefined();
    expect(p.allowServiceWorkers).toBeUndefined();
  });

  it('serves files with the desktop CSP and exact content types', async () => {
    const r = await get('app://desk/assets/app.js');
    expect(r.status).toBe(200);
    expect(r.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(r.headers.get('content-security-policy')).toContain("connect-src 'none'");
    expect(r.headers.get('x-content-type-options')).toBe('nosniff');
    expect(await r.text()).toBe('console.log(1)');
  });

  it('serves index.html for the entry and for client routes', async () => {
    for (const u of ['app://desk/', 'app://desk/index.html', 'app://desk/drafts/3']) {
      const r = await get(u);
      expect(r.status).toBe(200);
      expect(r.headers.get('content-type')).toBe('text/html; charset=utf-8');
    }
  });

  it.each([
    'app://desk/%2e%2e/secret.txt',
    'app://desk/..%2fsecret.txt',
    'app://desk/assets/..%5c..%5csecret.txt',
    'app://desk/%252e%252e/secret.txt',
    'app://desk/assets/missing.js',
    'app://desk/index.html%00.js',
    'app://evil/index.html',
    'app://desk.evil/index.html',
  ])('answers 404 for %s without reading outside the root', async (u) => {
    const r = await get(u);
    expect(r.status).toBe(404);
    expect(await r.text()).not.toContain('TOP SECRET');
    expect(r.headers.get('content-security-policy')).toContain("default-src 'none'");
  });

  it('refuses methods other than GET and HEAD', async () => {
    expect((await get('app://desk/index.html', 'POST')).status).toBe(405);
    const head = await get('app://desk/index.html', 'HEAD');
    expect(head.status).toBe(200);
    expect(await head.text()).toBe('');
  });
});
