// Context words, Presidio-style: a word near a hit raises (or lowers) the confidence that the
// hit is what its pattern says. The window is counted in characters either side of the hit.

export interface ContextRule {
  words: readonly string[];
  /** Confidence when one of `words` is in the window. */
  confidence: number;
}

/** True when one of `words` occurs within `window` characters before `start` or after `end`. */
export function hasContextWord(
  text: string,
  start: number,
  end: number,
  window: number,
  words: readonly string[],
): boolean {
  if (window <= 0 || words.length === 0) return false;
  // Slice once: `indexOf` from `lo` alone could run to the end of a 20 MB text on a miss.
  const before = text.slice(Math.max(0, start - window), start);
  const after = text.slice(end, Math.min(text.length, end + window));
  const lower = /[A-Za-z]/;
  for (const w of words) {
    if (lower.test(w)) {
      const lw = w.toLowerCase();
      if (before.toLowerCase().includes(lw) || after.toLowerCase().includes(lw)) return true;
    } else if (before.includes(w) || after.includes(w)) return true;
  }
  return false;
}

/**
 * `base` unless a rule's words are in the window; the first matching rule wins, so list
 * lowering rules (e.g. "version") before raising ones when both may apply.
 */
export function contextConfidence(
  text: string,
  start: number,
  end: number,
  window: number,
  base: number,
  rules: readonly ContextRule[],
): number {
  for (const r of rules) {
    if (hasContextWord(text, start, end, window, r.words)) return r.confidence;
  }
  return base;
}
