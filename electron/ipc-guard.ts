// Checks an IPC call before it reaches the desk. The desk itself validates params with
// the method's schema and checks the session and role; this layer only makes sure the
// call comes from our page and has the shape of a call. Refusals are envelopes, like
// every other answer, so nothing thrown ever crosses into the renderer.

import type { Envelope } from '../api/desk-types';
import { validateIpcSender } from './security';

/** Method names read `domain.verb`; anything longer than this is not one of ours. */
const MAX_METHOD_LENGTH = 128;

export function refusal(code: string, message: string, messageEn: string): Envelope {
  return { ok: false, error: { code, message, messageEn } };
}

/** null when the call may go to the desk, otherwise the envelope to answer with. */
export function checkIpcCall(frameUrl: unknown, isMainFrame: boolean, method: unknown): Envelope | null {
  if (!validateIpcSender(frameUrl, isMainFrame)) {
    return refusal('ipc.sender-rejected', '调用来源不可信，已拒绝。', 'The call did not come from the desk page and was refused.');
  }
  if (typeof method !== 'string' || method.length === 0 || method.length > MAX_METHOD_LENGTH) {
    return refusal('ipc.bad-method', '调用的方法名无效。', 'The method name of the call is not valid.');
  }
  return null;
}

export function internalError(): Envelope {
  return refusal('internal', '内部错误，请联系管理员并查看日志。', 'Internal error; see the log and contact the administrator.');
}
