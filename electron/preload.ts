// Runs sandboxed in the isolated world of the desk page. Exposes exactly one function;
// the channel name is fixed here so the page cannot reach any other IPC channel.
// Bundled to CJS with only `electron` left as a require (sandboxed preloads cannot
// load other files).

import { contextBridge, ipcRenderer } from 'electron';
import { BRIDGE_GLOBAL, INVOKE_CHANNEL, type ClearanceBridge } from './bridge-types';

const bridge = {
  invoke: (method: string, params: unknown) => ipcRenderer.invoke(INVOKE_CHANNEL, method, params),
} satisfies ClearanceBridge;

contextBridge.exposeInMainWorld(BRIDGE_GLOBAL, bridge);
