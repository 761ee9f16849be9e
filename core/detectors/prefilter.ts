// The prefilter: one pass over the text that finds the only places where the
// number-shaped detectors (ID, credit code, card, mobile, landline, plate, IPv4, coordinates,
// document number) can match, so their regexes run over a few short windows instead of
// making a dozen native passes over the whole text.
//
// Why a window is enough: every character those patterns can consume is an ASCII letter or
// digit (a "token") or one of the JOIN characters below (separators, 转/分机, °′″, brackets,
// 第/号, plate suffixes…), and every pattern needs at least one token. So every match lies
// inside one maximal run of token and JOIN characters that contains a token — a window. The
// character after a window is neither, so the patterns' trailing lookaheads ((?![0-9]),
// (?![0-9A-Za-z]), (?!\.\d)) and optional tails behave at the window's end exactly as they do
// in the whole text; checks of what PRECEDES a match are done by hand on the whole text.
// A global regex run window by window therefore finds the same matches as over the whole text.
//
// The same pass notices characters the normalised view would rewrite (full-width forms,
// zero-width characters): then the caller builds the view and runs the pass again over it.
// It also notes the rare characters the other detectors start from (密, 令, @, :) and the
// places of the seeds of internal-use markers (marker-starts.ts), so those detectors skip their
// own indexOf passes over texts that cannot hold what they look for.
//
// How the pass reads the text: from a scratch copy of its UTF-16 units (one memcpy, see
// unit-copy.ts), skipping four units per step with two 32-bit loads and a table lookup per
// unit; JavaScript does real work only at the few candidates (tokens, characters to fold, rare
// seeds). On the bench text this costs about half of what the same table pass over charCodeAt
// did. Details and the variants measured and dropped are at `nextCandidate` below.
//
// The tables and the loops that read them stay in this one module: the loops read them as
// this module's own constants, not through imports.

const TOKEN = 1;
const FOLD = 2;
const JOIN = 4;
const RARE = 8;
/** What the pass stops at outside windows. */
const CANDIDATE = TOKEN | FOLD | RARE;

/** Window flags: which rarer characters a window holds (detectors skip windows without theirs). */
export const HAS_DOT = 1;
export const HAS_DEGREE = 2;
export const HAS_BRACKET = 4;
export const HAS_UPPER = 8;
/** Text-wide flags (`Windows.seen`): the text holds 密, 令, @ or an ASCII colon. */
export const SEEN_MI = 16;
export const SEEN_LING = 32;
export const SEEN_AT = 64;
export const SEEN_COLON = 128;

const CLASS = new Uint8Array(65536);
const FLAG = new Uint8Array(65536);
for (let c = 48; c <= 57; c++) CLASS[c] = TOKEN;
for (let c = 65; c <= 90; c++) {
  CLASS[c] = TOKEN;
  FLAG[c] = HAS_UPPER;
}
for (let c = 97; c <= 122; c++) CLASS[c] = TOKEN;
// Exactly what normalized-view.ts rewrites or drops (its CHANGED class).
const foldRanges: [number, number][] = [
  [0xff0a, 0xff0b], [0xff0d, 0xff19], [0xff20, 0xff3a], [0xff41, 0xff5a],
  [0x200b, 0x2013], [0x2060, 0x2060], [0xfeff, 0xfeff], [0x00ad, 0x00ad],
];
for (const [lo, hi] of foldRanges) for (let c = lo; c <= hi; c++) CLASS[c] = FOLD;
// Every non-token character any windowed pattern can consume (see each detector's regex).
const JOINERS = ' \u3000\u00A0\t-.:/()（）〔〕[]［］【】·•・°度′\'分″"秒转机挂学警港澳领第号號';
for (const ch of JOINERS) CLASS[ch.charCodeAt(0)] |= JOIN;
FLAG[46] = HAS_DOT;
FLAG['°'.charCodeAt(0)] = HAS_DEGREE;
FLAG['度'.charCodeAt(0)] = HAS_DEGREE;
for (const ch of '〔[［(（【') FLAG[ch.charCodeAt(0)] = HAS_BRACKET;
// ':' is a joiner too (IPv4 ports): a window notes it in its flags, the main loop otherwise.
// 部, 注 and 得 are the seeds of internal-use markers (marker-starts.ts): no flag, a place.
const RARES: [string, number][] = [['密', SEEN_MI], ['令', SEEN_LING], ['@', SEEN_AT], [':', SEEN_COLON], ['部', 0], ['注', 0], ['得', 0]];
for (const [ch, flag] of RARES) {
  CLASS[ch.charCodeAt(0)] |= RARE;
  FLAG[ch.charCodeAt(0)] = flag;
}

// Measured on the bench text, CPU time, best of 7, interleaved in one process (skip loop
// alone, no candidates): charCodeAt + table 16–18 ms, Uint16Array + table 8 ms, Uint32Array
// pairs 4–5 ms, two Uint32 per test (below) 3.3 ms. Dropped: a native regex to find the next
// candidate (/[0-9A-Za-z@:密令部注得…]/g with lastIndex + test, or a sticky negated class),
// 50 ms — irregexp tests a class of scattered ranges unit by unit; a 64 K-bit table instead of
// the byte table (L1-resident, but more work per unit), 5.4 ms; the marker seeds 部/注/得 left
// to indexOf in internal-marker.ts, 3.6 ms for their three passes against 1.2 ms for stopping
// at them here; noting those seeds inside nextCandidate instead of returning to scanRange
// (the skip loop ran 1–2 ms slower inside the extra loop).

/**
 * The first position from `i` below `to` holding a token, a character to fold or a rare seed;
 * `i` itself when `i >= to`, else `to`. Kept apart from the window building so V8 compiles
 * this loop tight: most characters are ideographs of class 0, skipped four at a time with two
 * 32-bit loads and four table lookups. It may look at unit `to` (≤ the text's length, then
 * the 0 after it) but never returns a position past `to`.
 */
function nextCandidate(u: Uint16Array, w: Uint32Array, i: number, to: number): number {
  // Unit by unit up to a multiple of 4, so the word pairs below are aligned.
  for (; i < to && (i & 3) !== 0; i++) if ((CLASS[u[i]] & CANDIDATE) !== 0) return i;
  let k = i >> 1;
  for (const end = (to + 1) >> 1; k + 1 < end; k += 2) {
    const a = w[k];
    const b = w[k + 1];
    if (((CLASS[a & 0xffff] | CLASS[a >>> 16] | CLASS[b & 0xffff] | CLASS[b >>> 16]) & CANDIDATE) !== 0) break;
  }
  // The candidate among the four units, or the last few units before `to`.
  for (i = Math.max(i, 2 * k); i < to; i++) if ((CLASS[u[i]] & CANDIDATE) !== 0) return i;
  return i;
}

/** What the pass has found so far: windows as flat quadruples (see `Windows` in windows.ts). */
export class PassState {
  data = new Int32Array(256);
  count = 0;
  seen = 0;
  /** Positions of the rare characters met outside windows, ascending. */
  rares: number[] = [];
  foldAt = -1;
}

/** Doubles the window buffer (out of scanRange: a rarely taken branch, see markerStarts). */
function grow(s: PassState): void {
  const grown = new Int32Array(s.data.length * 2);
  grown.set(s.data);
  s.data = grown;
}

/**
 * The pass over candidates starting in [i, to): windows may run past `to`. Returns where the
 * pass goes on (≥ to), or -1 with `s.foldAt` set at a character to fold.
 */
export function scanRange(t: string, u: Uint16Array, w: Uint32Array, i: number, to: number, s: PassState): number {
  const n = t.length;
  for (i = nextCandidate(u, w, i, to); i < to; i = nextCandidate(u, w, i + 1, to)) {
    const c = u[i];
    const cls = CLASS[c];
    if (cls === FOLD) {
      s.foldAt = i;
      return -1;
    }
    if ((cls & TOKEN) === 0) {
      // A rare character outside any window: its SEEN flag, and its place for markerStarts.
      s.seen |= FLAG[c];
      s.rares.push(i);
      continue;
    }
    let start = i;
    let flags = 0;
    while (start > 0 && (CLASS[u[start - 1]] & JOIN) !== 0) {
      start--;
      flags |= FLAG[u[start]];
    }
    let tokens = 0;
    let end = i;
    for (; end < n; end++) {
      const e = u[end];
      const k = CLASS[e];
      if ((k & (TOKEN | JOIN)) === 0) {
        if (k === FOLD) {
          s.foldAt = end;
          return -1;
        }
        break;
      }
      if (k & TOKEN) tokens++;
      flags |= FLAG[e];
    }
    const o = s.count * 4;
    if (o + 4 > s.data.length) grow(s);
    s.data[o] = start;
    s.data[o + 1] = end;
    s.data[o + 2] = tokens;
    s.data[o + 3] = flags;
    s.count++;
    s.seen |= flags;
    // t[end] is neither token nor joiner but may be a rare character: the loop looks at it next.
    i = end - 1;
  }
  return i;
}
