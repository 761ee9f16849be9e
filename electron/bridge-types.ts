// The whole surface the preload exposes to the renderer as `window.clearance`.
// One method; the renderer's client (renderer/api/client.ts) types it further with the
// contract map. No `send(channel, ...)`, no event subscriptions, no Node objects.

import type { Envelope } from '../api/desk-types';

/** The one IPC channel between renderer and main. */
export const INVOKE_CHANNEL = 'clearance:invoke';

/** Name of the global the preload defines in the page (`window.clearance`). */
export const BRIDGE_GLOBAL = 'clearance';

export interface ClearanceBridge {
  invoke(method: string, params: unknown): Promise<Envelope>;
}
