// Waiting on a background job of the desk (an import, a rescan): the window asks how it
// is going every few hundred milliseconds until it ends or the window stops waiting.

/** How often a window asks the desk how a background job (an import, a rescan) is going. */
const POLL_MS = 300;

/** The states a background job ends in, imports and rescans alike; it changes no more after one. */
export const hasEnded = (state: string): boolean => state === 'done' || state === 'failed' || state === 'cancelled';

/**
 * Polls a job from its first status until it ends, showing each status on the way.
 * Returns the last status, or null when the window stopped waiting (`alive()` false).
 */
export async function pollJob<S>(first: S, poll: (s: S) => Promise<S>, ended: (s: S) => boolean,
  show: (s: S) => void, alive: () => boolean): Promise<S | null> {
  let s = first;
  while (alive() && !ended(s)) {
    show(s);
    await new Promise((r) => setTimeout(r, POLL_MS));
    s = await poll(s);
  }
  return alive() ? s : null;
}
