// The transport adapter: Electron bridge when present, otherwise the loopback host.
import { afterEach, describe, expect, test, vi } from 'vitest';
import { ApiError, NO_SESSION_COOKIE, invoke, onApiError } from '../../../renderer/api/client';

const g = globalThis as unknown as { window?: unknown; fetch: typeof fetch };
const realFetch = g.fetch;

afterEach(() => {
  delete g.window;
  g.fetch = realFetch;
});

describe('invoke', () => {
  test('uses the preload bridge when it exists and unwraps the value', async () => {
    const bridge = { invoke: vi.fn(async () => ({ ok: true, value: { needsSetup: true } })) };
    g.window = { clearance: bridge };
    await expect(invoke('setup.status', {})).resolves.toEqual({ needsSetup: true });
    expect(bridge.invoke).toHaveBeenCalledWith('setup.status', {});
  });

  test('posts to /api/invoke with the custom header and same-origin credentials', async () => {
    g.window = {};
    const fetchMock = vi.fn(async () => new Response(JSON.stringify({ ok: true, value: null }), { status: 200 }));
    g.fetch = fetchMock as unknown as typeof fetch;
    await expect(invoke('auth.me', {})).resolves.toBeNull();
    const [url, init] = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/invoke');
    expect(init.method).toBe('POST');
    expect(init.credentials).toBe('same-origin');
    expect(init.headers).toMatchObject({ 'Content-Type': 'application/json', 'X-Clearance': '1' });
    expect(JSON.parse(init.body as string)).toEqual({ method: 'auth.me', params: {} });
  });

  test('an error envelope throws ApiError with both languages and notifies listeners', async () => {
    g.window = { clearance: { invoke: async () => ({ ok: false, error: { code: 'session-expired', message: '会话已过期', messageEn: 'Session expired' } }) } };
    const seen: string[] = [];
    const off = onApiError((e) => seen.push(e.code));
    const error = await invoke('users.list', {}).catch((e: unknown) => e);
    off();
    expect(error).toBeInstanceOf(ApiError);
    expect(error).toMatchObject({ code: 'session-expired', message: '会话已过期', messageEn: 'Session expired' });
    expect(seen).toEqual(['session-expired']);
  });

  test('401/403 from the host means the page was not opened from the printed address', async () => {
    g.window = {};
    for (const status of [401, 403]) {
      g.fetch = (async () => new Response('nope', { status })) as typeof fetch;
      await expect(invoke('auth.me', {})).rejects.toMatchObject({ code: NO_SESSION_COOKIE });
    }
  });

  test('an unreachable host and a non-JSON answer are coded errors, not crashes', async () => {
    g.window = {};
    g.fetch = (async () => { throw new TypeError('Failed to fetch'); }) as typeof fetch;
    await expect(invoke('auth.me', {})).rejects.toMatchObject({ code: 'transport-unreachable' });
    g.fetch = (async () => new Response('<html>', { status: 500 })) as typeof fetch;
    await expect(invoke('auth.me', {})).rejects.toMatchObject({ code: 'transport-bad-response' });
  });
});
