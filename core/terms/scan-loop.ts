// The scan loops of the matcher (layout: see matcher.ts). Plain functions of
// typed arrays, so the optimiser sees only locals. Hits carry internal term
// indices; Matcher.toIds maps them to the caller's ids.

import type { HitBuffer, ScanCursor } from './hits';

/** cls value of a unit that is skipped (dropped or an ignorable separator). */
export const SKIP = 1;

/**
 * The scan loop, a plain function of typed arrays (kept out of the class so the
 * optimiser sees only locals). Hits carry internal term indices; see toIds.
 */
export function scanLoop(text: string, from: number, to: number, cls: Int32Array, da: Int32Array, dict: Int32Array,
  termLen: Int32Array, mask: number, cursor: ScanCursor, hits: HitBuffer): void {
  const ring = cursor.ring;
  const rootBase = da[0];
  let s = cursor.state;
  let p = cursor.consumed;
  let buf = hits.data;
  let n = hits.length;
  for (let i = from; i < to; i++) {
    const c = cls[text.charCodeAt(i)];
    if (c <= SKIP) {
      if (c === 0) s = 0;
      continue;
    }
    ring[p & mask] = i;
    p++;
    // Probe the child; on a miss follow failure links. Most states fail straight
    // to the root, whose transition is then a single compare. (A per-state child
    // bitmask that avoided the probe measured slower: the extra dependent load
    // and branch cost more than the cache misses it saved.)
    if (da[da[s] + c + 1] === s) {
      s = da[s] + c;
    } else {
      let f = da[s + 2] & ~3;
      while (f !== 0) {
        if (da[da[f] + c + 1] === f) break;
        f = da[f + 2] & ~3;
      }
      s = f !== 0 ? da[f] + c : da[rootBase + c + 1] === 0 ? rootBase + c : 0;
    }
    const flags = da[s + 2] & 3;
    if (flags !== 0) {
      // Hits: the term ending here (its index is in the record just read), then
      // those ending down the failure chain.
      let o = flags & 1 ? s : dict[s >> 2];
      do {
        const k = da[o + 3];
        if (n + 3 > buf.length) {
          const bigger = new Int32Array(buf.length * 2);
          bigger.set(buf);
          buf = bigger;
        }
        buf[n] = ring[(p - termLen[k]) & mask];
        buf[n + 1] = i + 1;
        buf[n + 2] = k; // internal term index, mapped to ids by toIds
        n += 3;
        o = dict[o >> 2];
      } while (o !== 0);
    }
  }
  cursor.state = s;
  cursor.consumed = p;
  hits.data = buf;
  hits.length = n;
}


// Measured and not kept (20 MB benchmark, these machines): a 32-bit child mask per
// state to skip probes (slower: one more dependent load and branch per unit); two
// automata interleaved over the two halves of the text (no gain: the loop is
// bound by branch mispredictions, not load latency); a branch-free transition
// with conditional moves (slower).
