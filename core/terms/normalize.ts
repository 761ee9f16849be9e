// Normalisation as a string transform, with the map back to original offsets.
// The matcher does the same folding inside its scan loop (see matcher.ts); this
// module is what the rest of the desk (and the tests) use to see what the matcher
// sees, and to fold terms before they are compiled.

import { DROP, foldTable, isSeparator } from './charmap';

export interface NormalizeOptions {
  /** Skip whitespace and inserted punctuation inside terms (机 密, 机·密). */
  ignoreSeparators?: boolean;
}

export interface Normalized {
  /** The folded text. */
  text: string;
  /** offsets[k] is the index in the original text of folded unit k. */
  offsets: Int32Array;
}

/** Whitespace proper: removed from terms when separators are ignored (see termUnits). */
export function isSpace(u: number): boolean {
  return u <= 0x20 || u === 0xa0 || u === 0x3000 || u === 0x1680 || (u >= 0x2000 && u <= 0x200a)
    || u === 0x2028 || u === 0x2029 || u === 0x202f || u === 0x205f;
}

/**
 * The folded code units of a term. When separators are ignored, whitespace inside a
 * term is removed too ("top secret" matches "top  secret" and "topsecret"); other
 * punctuation in a term stays, and the matcher then stops skipping that character.
 */
export function termUnits(term: string, options: NormalizeOptions = {}): number[] {
  const fold = foldTable();
  const units: number[] = [];
  for (let i = 0; i < term.length; i++) {
    const f = fold[term.charCodeAt(i)];
    if (f === DROP) continue;
    if (options.ignoreSeparators && isSpace(f)) continue;
    units.push(f);
  }
  return units;
}

/** The folded form of a term, as the matcher stores it. */
export function normalizeTerm(term: string, options: NormalizeOptions = {}): string {
  return String.fromCharCode(...termUnits(term, options));
}

/**
 * Fold a text the way the matcher reads it. `keep` says which separators are
 * significant (they occur in some term); by default every separator is skipped
 * when `ignoreSeparators` is set.
 */
export function normalize(text: string, options: NormalizeOptions = {}, keep?: (folded: number) => boolean): Normalized {
  const fold = foldTable();
  const offsets = new Int32Array(text.length);
  const out: number[] = [];
  let k = 0;
  for (let i = 0; i < text.length; i++) {
    const f = fold[text.charCodeAt(i)];
    if (f === DROP) continue;
    if (options.ignoreSeparators && isSeparator(f) && !(keep && keep(f))) continue;
    out.push(f);
    offsets[k++] = i;
  }
  let folded = '';
  for (let i = 0; i < out.length; i += 4096) folded += String.fromCharCode(...out.slice(i, i + 4096));
  return { text: folded, offsets: offsets.slice(0, k) };
}

/** Map a span of the folded text back to the original: [start, end) in original units. */
export function toOriginalSpan(n: Normalized, start: number, end: number): [number, number] {
  return [n.offsets[start], n.offsets[end - 1] + 1];
}

/** True when every surrogate in `s` is part of a well-formed pair. */
export function isWellFormed(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    if (u >= 0xd800 && u <= 0xdbff) {
      const v = s.charCodeAt(i + 1);
      if (!(v >= 0xdc00 && v <= 0xdfff)) return false;
      i++;
    } else if (u >= 0xdc00 && u <= 0xdfff) {
      return false;
    }
  }
  return true;
}
