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
// starts of possible internal-use markers, so those detectors skip their own indexOf passes
// over texts that cannot hold what they look for.
//
// How the pass reads the text: from a scratch copy of its UTF-16 units (one memcpy), skipping
// four units per step with two 32-bit loads and a table lookup per unit; JavaScript does real
// work only at the few candidates (tokens, characters to fold, rare seeds). On the bench text
// this costs about half of what the same table pass over charCodeAt did. Details and the
// variants measured and dropped are at `load` below.

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
const RARES: [string, number][] = [['密', SEEN_MI], ['令', SEEN_LING], ['@', SEEN_AT], [':', SEEN_COLON], ['部', 0], ['注', 0], ['得', 0]];
for (const [ch, flag] of RARES) {
  CLASS[ch.charCodeAt(0)] |= RARE;
  FLAG[ch.charCodeAt(0)] = flag;
}
const code = (ch: string): number => ch.charCodeAt(0);
const BU = code('部');
const ZHU = code('注');
const DE = code('得');
// Their neighbours in 内部/內部, 注意保 and 不得外.
const NEI = code('内');
const NEI_T = code('內');
const YI = code('意');
const BAO = code('保');
const NOT = code('不');
const WAI = code('外');

/** Windows as flat quadruples: start, end (exclusive), number of tokens, flags. */
export interface Windows {
  /**
   * True when the text holds characters the normalised view rewrites. The windows are then
   * those before `foldAt`, the first such character, and only good for resuming the pass
   * over the view (which is the same text up to there).
   */
  readonly needsView: boolean;
  readonly foldAt: number;
  readonly data: Int32Array;
  readonly count: number;
  /** SEEN_* flags of the whole text. */
  readonly seen: number;
  /** Ascending starts of 内部/內部, 注意保 and 不得外: where an internal-use marker may start. */
  readonly markers: readonly number[];
}


// The pass reads a scratch copy of the text's UTF-16 units instead of calling charCodeAt: a
// typed-array load costs about half a charCodeAt (which checks the string's representation
// every time), and a Uint32Array over the same memory tests two units per load. Copying is one
// memcpy (Buffer#write with 'utf16le'), about 1 ms for the 7 M-unit bench text. The copy is
// kept for the next call: a fresh 14 MB buffer per call cost 8 ms in page faults. So a worker
// holds twice its longest text's length in bytes, up to KEEP_UNITS; a copy of a longer text is
// let go after its pass (a document that size is rare, and its pass dwarfs the page faults).
//
// Measured on the bench text, CPU time, best of 7, interleaved in one process (skip loop
// alone, no candidates): charCodeAt + table 16–18 ms, Uint16Array + table 8 ms, Uint32Array
// pairs 4–5 ms, two Uint32 per test (below) 3.3 ms. Dropped: a native regex to find the next
// candidate (/[0-9A-Za-z@:密令部注得…]/g with lastIndex + test, or a sticky negated class),
// 50 ms — irregexp tests a class of scattered ranges unit by unit; a 64 K-bit table instead of
// the byte table (L1-resident, but more work per unit), 5.4 ms; the marker seeds 部/注/得 left
// to indexOf in internal-marker.ts, 3.6 ms for their three passes against 1.2 ms for stopping
// at them here; noting those seeds inside nextCandidate instead of returning to scanRange
// (the skip loop ran 1–2 ms slower inside the extra loop).
const KEEP_UNITS = 1 << 24; // 32 MB
let units = new Uint16Array(0);
let words = new Uint32Array(0);
let writer: Buffer | undefined;
// units[i] === t.charCodeAt(i) needs the platform's byte order to be 'utf16le''s, as on every
// target Node and Electron run on (x64, arm64); elsewhere, or without Buffer, copy by hand.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const CAN_WRITE = LITTLE_ENDIAN && typeof Buffer === 'function';

/** The text's units in `units` (and pairs of them in `words`), then a 0 after the last one. */
function load(t: string): Uint16Array {
  const n = t.length;
  if (units.length < n + 2) {
    // A whole number of 32-bit words, with room for the 0 after the text.
    const buffer = new ArrayBuffer(4 * ((n >> 1) + 2));
    units = new Uint16Array(buffer);
    words = new Uint32Array(buffer);
    writer = CAN_WRITE ? Buffer.from(buffer) : undefined;
  }
  // 'utf16le' copies the units as they are, lone surrogates included.
  if (writer === undefined || writer.write(t, 0, 2 * n, 'utf16le') !== 2 * n) {
    for (let i = 0; i < n; i++) units[i] = t.charCodeAt(i);
  }
  // Reads just past the text (the skip loop's last words, markerStarts' look-ahead) see a 0, not
  // what a longer earlier text left there.
  units[n] = 0;
  return units;
}

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

class State {
  data = new Int32Array(256);
  count = 0;
  seen = 0;
  /** Positions of the rare characters met outside windows, ascending. */
  rares: number[] = [];
  foldAt = -1;
}

/**
 * Where internal-use markers may start, from the rare characters the pass met: 部 after 内/內,
 * 注意保, 不 before 得外. Done after the pass, not in it: a branch the pass rarely takes (the
 * first 内部 of a long text) threw its optimised code away when first taken there, and the
 * recompilation was charged to that scan (30–50 ms, usually the second scan of the bench
 * text); here only this small loop is recompiled.
 */
function markerStarts(u: Uint16Array, rares: readonly number[], from: number, out: number[]): number {
  for (let k = from; k < rares.length; k++) {
    const i = rares[k];
    const c = u[i];
    if (c === BU) {
      if (i > 0 && (u[i - 1] === NEI || u[i - 1] === NEI_T)) out.push(i - 1);
    } else if (c === ZHU) {
      if (u[i + 1] === YI && u[i + 2] === BAO) out.push(i);
    } else if (c === DE) {
      if (i > 0 && u[i - 1] === NOT && u[i + 1] === WAI) out.push(i - 1);
    }
  }
  return rares.length;
}

/** Doubles the window buffer (out of scanRange for the same reason as markerStarts). */
function grow(s: State): void {
  const grown = new Int32Array(s.data.length * 2);
  grown.set(s.data);
  s.data = grown;
}

/**
 * The pass over candidates starting in [i, to): windows may run past `to`. Returns where the
 * pass goes on (≥ to), or -1 with `s.foldAt` set at a character to fold.
 */
function scanRange(t: string, u: Uint16Array, w: Uint32Array, i: number, to: number, s: State): number {
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

// The pass goes through the text in slices of this many units, one call each. A single call
// over 20 MB is optimised by on-stack replacement only, so the NEXT call compiled the whole
// function again (20–50 ms of CPU, charged to that scan); called per slice, the function is
// optimised during the first scan and every later scan runs optimised code from its start.
const SLICE = 1 << 16;

/**
 * The windows of `t`, or `needsView` as soon as a character that needs folding is seen. With
 * `partial` (that earlier answer for the original text), `t` is the view of that text and the
 * pass resumes where the two can differ instead of starting over.
 */
export function findWindows(t: string, partial?: Windows): Windows {
  const n = t.length;
  const s = new State();
  let markers: number[] = [];
  let i = 0;
  if (partial !== undefined) {
    // Windows ending before the first folded character are the same in the view; one ending
    // at it was cut short by it. Resume at the end of the last one kept: the pass finds again
    // what it had noted after that point.
    let count = 0;
    while (count < partial.count && partial.data[count * 4 + 1] < partial.foldAt) count++;
    s.data = partial.data.slice(0, Math.max(256, count * 4));
    s.count = count;
    i = count > 0 ? s.data[count * 4 - 3] : 0;
    const from = i;
    s.seen = partial.seen;
    markers = partial.markers.filter((m) => m < from);
  }
  const u = load(t);
  // Marker starts before the resume point were found in the text itself; those after it are
  // all at or past it (a window's last character is neither 内/內 nor 不).
  let tested = 0;
  while (i < n) {
    i = scanRange(t, u, words, i, Math.min(n, i + SLICE), s);
    // Slice by slice, while the rare characters' neighbours are still in the cache: tested
    // after the whole pass, the 27,000 of the bench text cost 1–2 ms more.
    tested = markerStarts(u, s.rares, tested, markers);
    if (i < 0) break;
  }
  if (units.length > KEEP_UNITS) release();
  if (i < 0) return { needsView: true, foldAt: s.foldAt, data: s.data, count: s.count, seen: s.seen, markers };
  return { needsView: false, foldAt: -1, data: s.data, count: s.count, seen: s.seen, markers };
}

/** Lets go of the copy of a very long text (out of findWindows: taken rarely, see markerStarts). */
function release(): void {
  units = new Uint16Array(0);
  words = new Uint32Array(0);
  writer = undefined;
}

/**
 * Flat [start, end, …] of the windows with at least `minTokens` tokens and, when `anyFlags`
 * is non-zero, one of those flags: the only windows where a pattern with that many tokens
 * and one of those characters can match.
 */
export function selectWindows(w: Windows, minTokens: number, anyFlags = 0): number[] {
  const out: number[] = [];
  const d = w.data;
  for (let k = 0; k < w.count; k++) {
    const o = k * 4;
    if (d[o + 2] < minTokens) continue;
    if (anyFlags !== 0 && (d[o + 3] & anyFlags) === 0) continue;
    out.push(d[o], d[o + 1]);
  }
  return out;
}

/** The whole text as one window (the reference path each detector's `detect` uses). */
export function wholeText(t: string): number[] {
  return [0, t.length];
}

/** The text of window [a, b): the text itself when the window is all of it (no copy). */
export function windowText(t: string, a: number, b: number): string {
  return a === 0 && b === t.length ? t : t.slice(a, b);
}

// Take every branch of the pass once at load, on a small text. Type feedback is gathered only
// by unoptimised code: a branch first taken after V8 optimised the pass (a buffer growth
// in a long text, say) throws the optimised code away mid-scan, and the recompilation (10–30 ms
// of CPU) is charged to that scan. Measured: the second scan of 20 MB took 2–3× the later ones.
(function warmUp(): void {
  const sample = '内部资料 注意保密 不得外传 令 密 a@b x:1 3°4′ 〔2020〕5号 京A12345学 '.repeat(20);
  findWindows(sample);
  findWindows(`${sample}１`);
  const view = `${sample}1`;
  findWindows(view, findWindows(`${sample}１`));
})();
