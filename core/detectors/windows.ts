// The windows of a text: where the number-shaped detectors' regexes run, and what else the
// detectors learn from the same pass. This module runs the prefilter pass (prefilter.ts) over
// the copy of the text's units (unit-copy.ts) slice by slice, collects the starts of possible
// internal-use markers (marker-starts.ts), and selects windows for each detector.
import { markerStarts } from './marker-starts';
import { PassState, scanRange } from './prefilter';
import { load, passDone, words } from './unit-copy';

export { HAS_BRACKET, HAS_DEGREE, HAS_DOT, HAS_UPPER, SEEN_AT, SEEN_COLON, SEEN_LING, SEEN_MI } from './prefilter';

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
  const s = new PassState();
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
  passDone();
  if (i < 0) return { needsView: true, foldAt: s.foldAt, data: s.data, count: s.count, seen: s.seen, markers };
  return { needsView: false, foldAt: -1, data: s.data, count: s.count, seen: s.seen, markers };
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
