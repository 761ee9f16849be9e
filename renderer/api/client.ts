// The only code in the UI that knows how calls travel. In the Electron desk the preload
// exposes `window.clearance.invoke`; in a browser (`clearance serve`) calls go to the
// loopback host, which identifies the window by its HttpOnly cookie. Either way the
// answer is an envelope; errors become ApiError so screens can show them.
import type { Envelope, ErrorInfo, MethodName, Params, Result } from '../../api/contract';

interface Bridge {
  invoke(method: string, params: unknown): Promise<Envelope<unknown>>;
}

declare global {
  interface Window {
    clearance?: Bridge;
  }
}

export class ApiError extends Error implements ErrorInfo {
  readonly code: string;
  readonly messageEn: string;

  constructor(info: ErrorInfo) {
    super(info.message);
    this.name = 'ApiError';
    this.code = info.code;
    this.messageEn = info.messageEn;
  }
}

/** What a screen shows for any failure: the desk's own error, or a failure in the window itself. */
export function errorInfoOf(e: unknown): ErrorInfo {
  if (e instanceof ApiError) return { code: e.code, message: e.message, messageEn: e.messageEn };
  const text = e instanceof Error ? e.message : String(e);
  return { code: 'client', message: text, messageEn: text };
}

/** The page was not opened through the address `clearance serve` printed (no session cookie). */
export const NO_SESSION_COOKIE = 'transport-no-session';
/** Calls that mean "sign in again". */
export const SIGN_IN_AGAIN = new Set(['session-expired', 'unauthenticated']);

type Listener = (error: ApiError) => void;
const listeners = new Set<Listener>();

/** Lets the app react to session loss and a missing cookie wherever the call was made. */
export function onApiError(listener: Listener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

async function overHttp(method: string, params: unknown): Promise<Envelope<unknown>> {
  let response: Response;
  try {
    response = await fetch('/api/invoke', {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'X-Clearance': '1' },
      body: JSON.stringify({ method, params }),
    });
  } catch {
    return failure('transport-unreachable', '无法连接审查台服务，请确认 clearance serve 仍在运行。',
      'Cannot reach the desk. Check that `clearance serve` is still running.');
  }
  if (response.status === 401 || response.status === 403) {
    return failure(NO_SESSION_COOKIE, '此页面必须通过 clearance serve 打印的地址打开。',
      'This page must be opened from the address printed by `clearance serve`.');
  }
  try {
    return (await response.json()) as Envelope<unknown>;
  } catch {
    return failure('transport-bad-response', `审查台返回了无法识别的响应（HTTP ${response.status}）。`,
      `The desk sent an unreadable response (HTTP ${response.status}).`);
  }
}

function failure(code: string, message: string, messageEn: string): Envelope<unknown> {
  return { ok: false, error: { code, message, messageEn } };
}

export async function invoke<K extends MethodName>(method: K, params: Params<K>): Promise<Result<K>> {
  const bridge = window.clearance;
  const envelope = bridge?.invoke ? await bridge.invoke(method, params) : await overHttp(method, params);
  if (envelope.ok) return envelope.value as Result<K>;
  const error = new ApiError(envelope.error);
  for (const listener of listeners) listener(error);
  throw error;
}
