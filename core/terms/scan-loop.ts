// The scan loops of the matcher (layout: see matcher.ts). Plain functions of
// typed arrays, so the optimiser sees only locals.
//
// The loops only mark where output happens: (unit, slot, last skipped unit)
// at each state with a term. expandMarks turns the marks into hits afterwards,
// in a tight loop of its own: kept out of the automaton's loop, the hit code
// neither takes registers from it nor mispredicts inside it (measured: the loop
// with inline hits 1.2× slower than marking plus expanding).

import type { HitBuffer, ScanCursor } from './hits';

/** cls value of a unit that is skipped (dropped or an ignorable separator). */
export const SKIP = 1;
/** Flags in the top bits of base[s] (wide layout); bases themselves stay below 2^29. */
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
  /** Packed layout: word[t] = base | flags << baseBits | check << (32 − codeBits); empty in the wide layout. */
  word: Int32Array;
  baseBits: number;
  codeBits: number;
  /** Packed layout: the root's child on code c (0: none) and its word. */
  rootNext: Int32Array;
  rootWord: Int32Array;
  /** Wide layout (empty in the packed one). */
  base: Int32Array;
  check: Uint16Array;
  fail: Int32Array;
  term: Int32Array;
  dict: Int32Array;
}

/** Output marks of a scan call: (unit, slot, last skipped unit) triples. */
export interface Marks {
  data: Int32Array;
  length: number;
}

/**
 * Packed layout: one load per unit gives the probed slot's code (is it a child?)
 * and, when it is, the child's base and flags. A miss from a state whose failure
 * link is the root (most of them) goes to the root's child through rootNext and
 * rootWord without touching the state; only states flagged FAIL_DEEP walk their
 * failure chain.
 */
export function scanPacked(text: string, from: number, to: number, cls: Uint16Array, word: Int32Array, baseBits: number,
  codeBits: number, rootNext: Int32Array, rootWord: Int32Array, fail: Int32Array, cursor: ScanCursor, marks: Marks): void {
  const baseMask = (1 << baseBits) - 1;
  const failDeep = 1 << baseBits;
  const termHere = 2 << baseBits;
  const dictBelow = 4 << baseBits;
  const anyOutput = termHere | dictBelow;
  const codeShift = 32 - codeBits;
  const root = word[0];
  let s = cursor.state;
  let b = word[s];
  let mk = marks.data;
  let m = 0;
  let lastSkip = from - 1; // unknown before `from`: hits reaching back there walk
  for (let i = from; i < to; i++) {
    const c = cls[text.charCodeAt(i)];
    if (c <= SKIP) {
      if (c === 0) { s = 0; b = root; } else lastSkip = i;
      continue;
    }
    const t = (b & baseMask) + c;
    const w = word[t];
    if (w >>> codeShift === c) {
      s = t;
      b = w;
    } else if ((b & failDeep) === 0) {
      s = rootNext[c];
      b = rootWord[c];
    } else {
      let f = fail[s];
      for (;;) {
        const bf = word[f];
        const t2 = (bf & baseMask) + c;
        if (word[t2] >>> codeShift === c) { s = t2; break; }
        if ((bf & failDeep) === 0) { s = rootNext[c]; break; }
        f = fail[f];
      }
      b = word[s];
    }
    if ((b & anyOutput) !== 0) {
      if (m + 3 > mk.length) mk = grow(mk);
      mk[m] = i;
      mk[m + 1] = s;
      mk[m + 2] = lastSkip;
      m += 3;
    }
  }
  cursor.state = s;
  marks.data = mk;
  marks.length = m;
}

/** Wide layout, for lexicons whose codes and slots do not fit one 32-bit word. */
export function scanWide(text: string, from: number, to: number, cls: Uint16Array, base: Int32Array, check: Uint16Array,
  fail: Int32Array, cursor: ScanCursor, marks: Marks): void {
  const rootBase = base[0] & BASE;
  let s = cursor.state;
  let b = base[s];
  let mk = marks.data;
  let m = 0;
  let lastSkip = from - 1; // unknown before `from`: hits reaching back there walk
  for (let i = from; i < to; i++) {
    const c = cls[text.charCodeAt(i)];
    if (c <= SKIP) {
      if (c === 0) { s = 0; b = base[0]; } else lastSkip = i;
      continue;
    }
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
      if (m + 3 > mk.length) mk = grow(mk);
      mk[m] = i;
      mk[m + 1] = s;
      mk[m + 2] = lastSkip;
      m += 3;
    }
  }
  cursor.state = s;
  marks.data = mk;
  marks.length = m;
}

/** The caller's id of each internal term index, and further ids folding to the same text. */
export interface TermIds {
  ids: Int32Array;
  /** Further ids of term k: dupIds[dupFirst[k]], then along dupNext (-1 ends). */
  dupFirst: Int32Array;
  dupNext: Int32Array;
  dupIds: Int32Array;
}

/**
 * Hits from marks: at each mark, the term ending at the slot (term[s] is 0 where
 * none does), then those down its dictionary chain, each followed by the ids of
 * terms folding to the same text. Hits stay ordered by end offset.
 */
export function expandMarks(text: string, cls: Uint16Array, term: Int32Array, dict: Int32Array, ids: TermIds,
  marks: Marks, hits: HitBuffer): void {
  const { ids: termIds, dupFirst, dupNext, dupIds } = ids;
  const mk = marks.data;
  // A mark is at least one hit (three ints, like the mark): room for those and a
  // quarter more (terms ending inside others, duplicates) before any growing.
  hits.reserve(marks.length + (marks.length >> 2));
  let buf = hits.data;
  let n = hits.length;
  for (let j = 0; j < marks.length; j += 3) {
    const i = mk[j];
    const s = mk[j + 1];
    const lastSkip = mk[j + 2];
    for (let o = term[s] !== 0 ? s : dict[s]; o !== 0; o = dict[o]) {
      const tk = term[o];
      const len = tk >>> TERM_SHIFT;
      const k = tk & TERM_INDEX;
      const start = lastSkip <= i - len ? i + 1 - len : startOf(text, cls, i, len);
      let id = termIds[k];
      for (let x = dupFirst[k]; ; x = dupNext[x]) {
        if (n + 3 > buf.length) buf = grow(buf);
        buf[n] = start;
        buf[n + 1] = i + 1;
        buf[n + 2] = id;
        n += 3;
        if (x < 0) break;
        id = dupIds[x];
      }
    }
  }
  hits.data = buf;
  hits.length = n;
}

/**
 * Original offset of the first unit of a hit of folded length `len` ending at
 * unit i: the len-th consumed unit (not skipped, not class 0) counting back.
 * Only hits with a skipped unit since their first possible start get here.
 */
function startOf(text: string, cls: Uint16Array, i: number, len: number): number {
  for (;;) {
    if (cls[text.charCodeAt(i)] > SKIP && --len === 0) return i;
    i--;
  }
}

// What was measured and kept or dropped, and what bounds this loop: docs/matcher.md.
