import type { ErrorInfo } from '../core/errors';
import type { ExtractionLimits } from '../core/documents/types';
import type { EngineSpec } from '../core/scan';

/** What every transport returns for one call: a value or a coded error, never a raw exception. */
export type Envelope<T = unknown> = { ok: true; value: T } | { ok: false; error: ErrorInfo };

/**
 * A running desk: the database, the handlers and the signed-in sessions.
 * `client` identifies the window making the call (Electron: the webContents id;
 * loopback host: the browser's HttpOnly cookie). Sessions are bound to the client,
 * so no session token is ever visible to renderer JavaScript.
 */
export interface Desk {
  invoke(client: string, method: string, params: unknown): Promise<Envelope>;
  /** A window closed: forget its session. */
  forgetClient(client: string): void;
  /** Resolves when no import is running or waiting (tests, orderly shutdown). */
  importsIdle(): Promise<void>;
  /** Resolves when no rescan is running or waiting. */
  scansIdle(): Promise<void>;
  close(): void;
  readonly dataDir: string;
}

export interface DeskOptions {
  /** Folder holding clearance.sqlite and its companions. */
  dataDir: string;
  /** Overrides for tests and policy (lockout, session idle timeout, clock). */
  settings?: Partial<DeskSettings>;
  now?: () => Date;
  /** Limits for imported files (tests use small ones). */
  extractionLimits?: Partial<ExtractionLimits>;
  /** Term library and detector settings for a department's scans. */
  engineSpecFor?: (departmentId: number) => EngineSpec;
  /** UTF-16 units a rescan scans between progress reports and cancellation checks (tests use small ones). */
  scanChunkSize?: number;
}

export interface DeskSettings {
  maxFailedSignIns: number;
  lockoutMinutes: number;
  sessionIdleMinutes: number;
  minPasswordLength: number;
}

export const DEFAULT_DESK_SETTINGS: DeskSettings = {
  maxFailedSignIns: 5,
  lockoutMinutes: 15,
  sessionIdleMinutes: 30,
  minPasswordLength: 10,
};
