// The loopback host as a browser (and a hostile page in that browser) sees it.
import { request } from 'node:http';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';
import { openDesk } from '../../api/desk';
import { startHttpHost, type RunningHost } from '../../api/transport/http-host';
import { tempDir } from '../support/temp';

interface Reply { status: number; headers: Record<string, string | string[] | undefined>; body: string }

function http(port: number, path: string, opts: { method?: string; headers?: Record<string, string>; body?: string } = {}): Promise<Reply> {
  return new Promise((resolve, reject) => {
    const req = request({ host: '127.0.0.1', port, path, method: opts.method ?? 'GET', headers: { Host: `127.0.0.1:${port}`, ...opts.headers } }, (res) => {
      let body = '';
      res.setEncoding('utf8');
      res.on('data', (c: string) => { body += c; });
      res.on('end', () => resolve({ status: res.statusCode ?? 0, headers: res.headers, body }));
    });
    req.on('error', reject);
    req.end(opts.body);
  });
}

let host: RunningHost | undefined;
afterEach(async () => { await host?.close(); host = undefined; });

async function start() {
  const ui = tempDir();
  mkdirSync(join(ui, 'assets'));
  writeFileSync(join(ui, 'index.html'), '<!doctype html><title>保密审查台</title>');
  writeFileSync(join(ui, 'assets', 'app.js'), 'console.log(1)');
  const desk = openDesk({ dataDir: tempDir() });
  afterEach(() => desk.close());
  host = await startHttpHost({ desk, rendererDir: ui, port: 0 });
  const port = host.port;
  const first = await http(port, new URL(host.url).pathname + new URL(host.url).search);
  const cookie = String(first.headers['set-cookie']).split(';')[0];
  return { port, first, cookie, url: host.url };
}

function invoke(port: number, cookie: string, body: unknown, headers: Record<string, string> = {}) {
  return http(port, '/api/invoke', {
    method: 'POST', body: typeof body === 'string' ? body : JSON.stringify(body),
    headers: { Cookie: cookie, 'Content-Type': 'application/json', 'X-Clearance': '1', ...headers },
  });
}

describe('loopback host', () => {
  it('listens on 127.0.0.1 only and prints a tokenised URL', async () => {
    const { url } = await start();
    expect((host!.server.address() as AddressInfo).address).toBe('127.0.0.1');
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]{20,}$/);
  });

  it('turns the one-time token into an HttpOnly, SameSite=Strict cookie, once', async () => {
    const { port, first, url } = await start();
    expect(first.status).toBe(302);
    expect(String(first.headers['set-cookie'])).toMatch(/HttpOnly/);
    expect(String(first.headers['set-cookie'])).toMatch(/SameSite=Strict/);
    const again = await http(port, new URL(url).pathname + new URL(url).search);
    expect(again.status).toBe(403);
    expect(again.headers['set-cookie']).toBeUndefined();
  });

  it('serves the UI with the desktop CSP widened only to itself', async () => {
    const { port, cookie } = await start();
    const page = await http(port, '/', { headers: { Cookie: cookie } });
    expect(page.status).toBe(200);
    expect(page.body).toContain('保密审查台');
    const csp = String(page.headers['content-security-policy']);
    expect(csp).toContain("connect-src 'self'");
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).not.toMatch(/unsafe-eval/);
  });

  it('refuses everything without the cookie', async () => {
    const { port } = await start();
    expect((await http(port, '/')).status).toBe(401);
    expect((await invoke(port, 'clearance_client=forged', { method: 'setup.status', params: {} })).status).toBe(401);
  });

  it('refuses a foreign Host (DNS rebinding) and a foreign Origin', async () => {
    const { port, cookie } = await start();
    expect((await http(port, '/', { headers: { Cookie: cookie, Host: `evil.example:${port}` } })).status).toBe(403);
    expect((await invoke(port, cookie, { method: 'setup.status', params: {} }, { Origin: 'http://evil.example' })).status).toBe(403);
  });

  it('answers calls with envelopes and refuses requests a page could forge', async () => {
    const { port, cookie } = await start();
    const ok = await invoke(port, cookie, { method: 'setup.status', params: {} }, { Origin: `http://127.0.0.1:${port}` });
    expect(JSON.parse(ok.body)).toEqual({ ok: true, value: { needsSetup: true } });
    expect((await invoke(port, cookie, { method: 'setup.status', params: {} }, { 'X-Clearance': '' })).status).toBe(400);
    expect((await invoke(port, cookie, { method: 'setup.status' }, { 'Content-Type': 'text/plain' })).status).toBe(400);
    const bad = await invoke(port, cookie, '{not json');
    expect(bad.status).toBe(400);
    expect(JSON.parse(bad.body).error.code).toBe('invalid-params');
    const refused = JSON.parse((await invoke(port, cookie, { method: 'users.list', params: {} })).body);
    expect(refused).toMatchObject({ ok: false, error: { code: 'unauthenticated' } });
  });

  it('binds a sign-in to the browser that made it', async () => {
    const { port, cookie } = await start();
    await invoke(port, cookie, { method: 'setup.createAdmin', params: { username: 'admin', displayName: '管理员', password: 'admin-password-1' } });
    const me = JSON.parse((await invoke(port, cookie, { method: 'auth.me', params: {} })).body);
    expect(me.value).toMatchObject({ username: 'admin' });
  });
});
