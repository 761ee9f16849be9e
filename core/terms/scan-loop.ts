// The scan loop of the matcher (layout: see matcher.ts). A plain function of
// typed arrays, so the optimiser sees only locals. Hits carry internal term
// indices; Matcher.toIds maps them to the caller's ids.

import type { HitBuffer, ScanCursor } from './hits';

/** cls value of a unit that is skipped (dropped or an ignorable separator). */
export const SKIP = 1;
/** Flags in the top bits of base[s]; bases themselves stay below 2^29. */
export const TERM_HERE = 1 << 30;
export const DICT_BELOW = 1 << 29;
const BASE = DICT_BELOW - 1;
const ANY_OUTPUT = DICT_BELOW; // base[s] >= this: some flag is set
/** term[s] = index | length << TERM_SHIFT: one load gives both at a hit. */
export const TERM_SHIFT = 23;
export const TERM_INDEX = (1 << TERM_SHIFT) - 1;

function grow(buf: Int32Array): Int32Array {
  const bigger = new Int32Array(buf.length * 2);
  bigger.set(buf);
  return bigger;
}

export interface Tables {
  cls: Uint16Array;
  base: Int32Array;
  check: Uint16Array;
  fail: Int32Array;
  term: Int32Array;
  dict: Int32Array;
}

export function scanLoop(text: string, from: number, to: number, cls: Uint16Array, base: Int32Array, check: Uint16Array,
  fail: Int32Array, term: Int32Array, dict: Int32Array, mask: number, cursor: ScanCursor,
  hits: HitBuffer): void {
  const ring = cursor.ring;
  const rootBase = base[0] & BASE;
  let s = cursor.state;
  let b = base[s];
  let p = cursor.consumed;
  let buf = hits.data;
  let n = hits.length;
  for (let i = from; i < to; i++) {
    const c = cls[text.charCodeAt(i)];
    if (c <= SKIP) {
      if (c === 0) { s = 0; b = base[0]; }
      continue;
    }
    ring[p & mask] = i;
    p++;
    // Probe the child; on a miss follow failure links. Most states fail straight
    // to the root, whose transition is then a single compare.
    const t = (b & BASE) + c;
    if (check[t] === c) {
      s = t;
    } else {
      let f = fail[s];
      while (f !== 0 && check[(base[f] & BASE) + c] !== c) f = fail[f];
      s = f !== 0 ? (base[f] & BASE) + c : check[rootBase + c] === c ? rootBase + c : 0;
    }
    b = base[s];
    if (b >= ANY_OUTPUT) {
      // Hits: the term ending here, then those ending down the failure chain.
      // term[] packs the folded length above the term index (see TERM_SHIFT).
      if (n + 3 > buf.length) buf = grow(buf);
      if (b & TERM_HERE) {
        const tk = term[s];
        buf[n] = ring[(p - (tk >>> TERM_SHIFT)) & mask];
        buf[n + 1] = i + 1;
        buf[n + 2] = tk & TERM_INDEX;
        n += 3;
      }
      if (b & DICT_BELOW) {
        let o = dict[s];
        do {
          if (n + 3 > buf.length) buf = grow(buf);
          const tk = term[o];
          buf[n] = ring[(p - (tk >>> TERM_SHIFT)) & mask];
          buf[n + 1] = i + 1;
          buf[n + 2] = tk & TERM_INDEX;
          n += 3;
          o = dict[o];
        } while (o !== 0);
      }
    }
  }
  cursor.state = s;
  cursor.consumed = p;
  hits.data = buf;
  hits.length = n;
}

// Measured and not kept (20 MB benchmark, these machines): one interleaved 16-byte
// record per slot (base, check, fail, output) — slower than these separate arrays,
// whose 2-byte check array stays in cache; a 32-bit child mask per state to skip
// probes (slower: one more dependent load and branch per unit); two automata
// interleaved over the two halves of the text (no gain); a branch-free transition
// with conditional moves (slower).
