// The loopback host behind `clearance serve`: the same desk, in a browser.
// 127.0.0.1 only; a one-time token in the printed URL becomes an HttpOnly cookie
// that identifies the browser as a client of the desk; Host and Origin are checked
// on every request; the UI gets the desktop's CSP with connect-src widened to itself.
import { randomBytes } from 'node:crypto';
import { sha256Hex } from '../../core/hash';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { readFile } from 'node:fs/promises';
import type { AddressInfo } from 'node:net';
import type { Desk } from '../desk-types';
import { securityHeaders } from './csp';
import { contentType, resolveStaticPath } from './static-files';
import { isAllowedHost, isAllowedOrigin, parseCookies } from './request-guard';

const COOKIE = 'clearance_client';
// A 100 MB file arrives base64-encoded inside the JSON of `drafts.importFile`.
const MAX_BODY = 150 * 1024 * 1024;

export interface HostOptions { desk: Desk; rendererDir: string; port?: number }
export interface RunningHost { url: string; port: number; server: Server; close(): Promise<void> }

export async function startHttpHost(opts: HostOptions): Promise<RunningHost> {
  let oneTimeToken: string | null = randomBytes(24).toString('base64url');
  const clients = new Set<string>();
  const server = createServer((req, res) => {
    handle(req, res).catch((e) => {
      console.error('[clearance serve]', e);
      if (!res.headersSent) send(res, 500, 'text/plain; charset=utf-8', '内部错误 / Internal error');
    });
  });
  const port = await new Promise<number>((resolveListen, reject) => {
    server.once('error', reject);
    server.listen(opts.port ?? 0, '127.0.0.1', () => resolveListen((server.address() as AddressInfo).port));
  });

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    if (!isAllowedHost(req.headers.host, port) || !isAllowedOrigin(req.headers.origin, req.headers.host, port)) {
      return send(res, 403, 'text/plain; charset=utf-8', '拒绝访问：请求来源不是本机的保密审查台。\nForbidden: this request does not come from the desk itself.');
    }
    const url = new URL(req.url ?? '/', `http://127.0.0.1:${port}`);
    const token = url.searchParams.get('token');
    if (token !== null) return acceptToken(token, res);
    const cookie = parseCookies(req.headers.cookie).get(COOKIE);
    const client = cookie && clients.has(cookie) ? clientId(cookie) : null;
    if (!client) {
      return send(res, 401, 'text/plain; charset=utf-8',
        '请使用 clearance serve 启动时打印的地址打开保密审查台。\nOpen the desk with the address printed by `clearance serve`.');
    }
    if (url.pathname === '/api/invoke') return invoke(req, res, client);
    if (req.method !== 'GET' && req.method !== 'HEAD') return send(res, 405, 'text/plain; charset=utf-8', 'Method not allowed');
    const file = resolveStaticPath(opts.rendererDir, url.pathname);
    if (!file) return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    try {
      return send(res, 200, contentType(file), await readFile(file));
    } catch {
      return send(res, 404, 'text/plain; charset=utf-8', 'Not found');
    }
  }

  function acceptToken(token: string, res: ServerResponse): void {
    if (oneTimeToken === null || token !== oneTimeToken) {
      return send(res, 403, 'text/plain; charset=utf-8', '该地址已使用过或无效。请重新启动 clearance serve 获取新地址。\nThis address was already used or is invalid; restart `clearance serve` for a new one.');
    }
    oneTimeToken = null;
    const secret = randomBytes(32).toString('base64url');
    clients.add(secret);
    res.writeHead(302, {
      ...securityHeaders({ connectSelf: true }),
      'Set-Cookie': `${COOKIE}=${secret}; HttpOnly; SameSite=Strict; Path=/`,
      Location: '/',
    });
    res.end();
  }

  async function invoke(req: IncomingMessage, res: ServerResponse, client: string): Promise<void> {
    // A custom header cannot be sent cross-site without a CORS preflight, which this host never grants.
    if (req.method !== 'POST' || req.headers['x-clearance'] !== '1' || !String(req.headers['content-type']).startsWith('application/json')) {
      return send(res, 400, 'text/plain; charset=utf-8', 'Bad request');
    }
    const body = await readBody(req);
    if (body === null) return sendJson(res, 413, envelopeError('request-too-large', '请求过大。', 'Request too large.'));
    let call: { method?: unknown; params?: unknown };
    try {
      call = JSON.parse(body) as typeof call;
    } catch {
      return sendJson(res, 400, envelopeError('invalid-params', '请求不是有效的 JSON。', 'The request is not valid JSON.'));
    }
    if (typeof call !== 'object' || call === null || typeof call.method !== 'string') {
      return sendJson(res, 400, envelopeError('invalid-params', '请求缺少方法名。', 'The request names no method.'));
    }
    sendJson(res, 200, await opts.desk.invoke(client, call.method, call.params));
  }

  return {
    url: `http://127.0.0.1:${port}/?token=${oneTimeToken}`,
    port,
    server,
    close: () => new Promise<void>((r) => { server.closeAllConnections(); server.close(() => r()); }),
  };
}

function clientId(secret: string): string {
  return `http:${sha256Hex(secret).slice(0, 32)}`;
}

function envelopeError(code: string, message: string, messageEn: string) {
  return { ok: false, error: { code, message, messageEn } };
}

function readBody(req: IncomingMessage): Promise<string | null> {
  return new Promise((resolveBody, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (c: Buffer) => {
      size += c.length;
      if (size > MAX_BODY) { resolveBody(null); req.destroy(); return; }
      chunks.push(c);
    });
    req.on('end', () => resolveBody(Buffer.concat(chunks).toString('utf8')));
    req.on('error', reject);
  });
}

function send(res: ServerResponse, status: number, type: string, body: string | Buffer): void {
  res.writeHead(status, { ...securityHeaders({ connectSelf: true }), 'Content-Type': type });
  res.end(body);
}

function sendJson(res: ServerResponse, status: number, value: unknown): void {
  send(res, status, 'application/json; charset=utf-8', JSON.stringify(value));
}
