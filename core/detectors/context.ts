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
  let lowerBefore: string | undefined;
  let lowerAfter: string | undefined;
  for (const w of words) {
    if (before.includes(w) || after.includes(w)) return true;
    if (hasLatin(w)) {
      // Latin words (Tel, IP, GPS) match in any case; fold the window once, only if needed.
      lowerBefore ??= before.toLowerCase();
      lowerAfter ??= after.toLowerCase();
      const lw = w.toLowerCase();
      if (lowerBefore.includes(lw) || lowerAfter.includes(lw)) return true;
    }
  }
  return false;
}

function hasLatin(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i) | 0x20;
    if (c >= 97 && c <= 122) return true;
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
