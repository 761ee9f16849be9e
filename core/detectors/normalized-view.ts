// A normalised copy of a text for the detectors, with a map back to the original offsets.
//
// Only what the detectors' number patterns care about is normalised: full-width digits,
// letters and the few ASCII symbols used inside numbers (． － ＋ ＠ ＊), zero-width characters
// (dropped) and hyphen variants. Chinese punctuation such as ，（）： is NOT rewritten: it is in
// almost every sentence, and rewriting it would force a full copy of every text; the patterns
// accept both forms instead. Traditional characters are likewise matched by the few patterns
// that contain Chinese (机/機, 内/內, 东经/東經 …): a class of scattered CJK characters in the
// "does this text need a copy" test made V8's regex scan several times slower than a bare
// loop. The term matcher in core/terms has its own, fuller normaliser.
//
// Layout of the map: every kept character maps 1:1 to one original UTF-16 unit, so offsets
// only shift where characters were dropped. We record those shifts sparsely (normalised
// position → number of original units dropped before it), which costs nothing for texts
// without zero-width characters and stays small for the rest.

// Everything the view rewrites or drops (zero-width and direction marks 200B–200F, word
// joiner, BOM, soft hyphen are dropped).
const CHANGED = /[\uFF0A\uFF0B\uFF0D-\uFF19\uFF20-\uFF3A\uFF41-\uFF5A\u200B-\u2013\u2060\uFEFF\u00AD]/g;

export interface NormalizedView {
  readonly original: string;
  /** The normalised text the detectors' patterns run over. */
  readonly text: string;
  /** Normalised positions where a shift starts (ascending); empty when nothing was dropped. */
  readonly shiftAt: Int32Array;
  /** Units dropped before `shiftAt[i]` (cumulative). */
  readonly shiftBy: Int32Array;
}

const EMPTY = new Int32Array(0);

function replacement(ch: string): string {
  const c = ch.charCodeAt(0);
  if (c >= 0xff01 && c <= 0xff5e) return String.fromCharCode(c - 0xfee0);
  if (c >= 0x2010 && c <= 0x2013) return '-';
  // Everything else CHANGED matches is invisible: zero-width, direction mark, BOM, soft hyphen.
  return '';
}

/**
 * Builds the view in one native regex pass; most texts need no copy at all. `cleanBefore`: the
 * caller knows no character before it needs folding (runDetectors' prefilter stopped there).
 */
export function normalizedView(original: string, cleanBefore = 0): NormalizedView {
  // This search is the view's whole cost for most texts (one native pass, about a bare
  // charCodeAt loop). Splitting the class or using indexOf for the rare members measured no
  // faster. The copy then starts from the first match, not from the text's start again.
  CHANGED.lastIndex = Math.max(0, cleanBefore);
  const first = CHANGED.exec(original);
  if (first === null) return { original, text: original, shiftAt: EMPTY, shiftBy: EMPTY };

  const parts: string[] = [];
  const at: number[] = [];
  const by: number[] = [];
  let last = 0;
  let outLen = 0;
  let dropped = 0;
  for (let m: RegExpExecArray | null = first; m !== null; m = CHANGED.exec(original)) {
    const i = m.index;
    if (i > last) {
      parts.push(original.slice(last, i));
      outLen += i - last;
    }
    const r = replacement(m[0]);
    if (r === '') {
      dropped += 1;
      // Consecutive drops share one entry: the next kept character is what shifts.
      if (at.length > 0 && at[at.length - 1] === outLen) by[by.length - 1] = dropped;
      else {
        at.push(outLen);
        by.push(dropped);
      }
    } else {
      parts.push(r);
      outLen += 1;
    }
    last = i + 1;
  }
  parts.push(original.slice(last));
  return { original, text: parts.join(''), shiftAt: Int32Array.from(at), shiftBy: Int32Array.from(by) };
}

/** Original offset of the normalised character at `pos`. */
export function originalOffset(view: NormalizedView, pos: number): number {
  const at = view.shiftAt;
  if (at.length === 0 || pos < at[0]) return pos;
  let lo = 0;
  let hi = at.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (at[mid] <= pos) lo = mid;
    else hi = mid - 1;
  }
  return pos + view.shiftBy[lo];
}

/**
 * Original [start, end) of the normalised span [start, end). Dropped characters inside the
 * span are included (the reviewer sees and redacts them); those just outside are not.
 */
export function originalSpan(view: NormalizedView, start: number, end: number): [number, number] {
  if (end <= start) {
    const o = originalOffset(view, start);
    return [o, o];
  }
  return [originalOffset(view, start), originalOffset(view, end - 1) + 1];
}
