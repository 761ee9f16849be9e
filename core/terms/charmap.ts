// The character-folding table: one entry per UTF-16 code unit, so the matcher can
// fold a character with a single array load inside its scan loop.
//
// fold[u] is the code unit that `u` is matched as, or DROP when `u` is invisible
// and must not break a term (zero-width characters, soft hyphen, BOM). The table
// composes, in this order:
//   1. NFKC on the single character, kept only when it yields one code unit
//      (full-width ＡＢＣ１２３ → ABC123, U+3000 → space, CJK compatibility ideographs
//      → unified ones). Expansions such as ㈱ → (株) cannot be expressed per unit
//      and are left alone.
//   2. Traditional/variant → simplified Chinese, from opencc-js's character
//      dictionaries (Taiwan and Hong Kong variants first, then TSCharacters;
//      the first candidate wins). Only BMP → BMP pairs fit the table; the few
//      hundred astral rare characters in OpenCC's list are matched as written.
//   3. Lower-casing, kept only when it yields one code unit (İ stays İ).
// It is applied until it reaches a fixed point, so fold[fold[u]] === fold[u]:
// a term and a text folded with it agree no matter which form either started in.
//
// Surrogate code units map to themselves, so a pair is matched unit by unit and a
// well-formed term can only match at code-point boundaries.

import { from as openccFrom, to as openccTo } from 'opencc-js/preset';
import type { DictLike } from 'opencc-js/core';

/** fold[u] === DROP: the unit is skipped, as if it were not in the text. */
export const DROP = -1;

/** Zero-width and invisible formatting characters people use to split a term. */
const INVISIBLE = [0x00ad, 0x180e, 0x200b, 0x200c, 0x200d, 0x200e, 0x200f, 0x2060, 0x2061, 0x2062, 0x2063, 0x2064, 0xfeff];

let table: Int32Array | undefined;

/** The fold table, built once on first use (a few tens of milliseconds). */
export function foldTable(): Int32Array {
  if (!table) table = buildTable();
  return table;
}

/** The folded code unit of `u`, or DROP. */
export function foldUnit(u: number): number {
  return foldTable()[u];
}

function eachPair(dict: DictLike, visit: (from: string, to: string) => void): void {
  if (typeof dict === 'string') {
    for (const entry of dict.split('|')) {
      const space = entry.indexOf(' ');
      if (space <= 0) continue;
      const target = entry.slice(space + 1).split(' ')[0];
      visit(entry.slice(0, space), target);
    }
  } else {
    for (const [a, b] of dict) visit(a, b.split(' ')[0]);
  }
}

/** Character-level (not phrase-level) dictionaries of the given conversion chains. */
function characterMap(groupsList: readonly (readonly (readonly DictLike[])[])[]): Map<number, number> {
  const map = new Map<number, number>();
  for (const groups of groupsList) {
    for (const group of groups) {
      for (const dict of group) {
        eachPair(dict, (a, b) => {
          if (a.length === 1 && b.length === 1 && !map.has(a.charCodeAt(0))) map.set(a.charCodeAt(0), b.charCodeAt(0));
        });
      }
    }
  }
  return map;
}

function buildTable(): Int32Array {
  const t = new Int32Array(0x10000);
  for (let u = 0; u < 0x10000; u++) t[u] = u;

  const variants = characterMap([openccFrom.tw ?? [], openccFrom.hk ?? []]);
  const toSimplified = characterMap([openccTo.cn ?? []]);

  for (let u = 0; u < 0x10000; u++) {
    if (u >= 0xd800 && u <= 0xdfff) continue; // surrogates: matched as written
    let c = u;
    const nfkc = String.fromCharCode(c).normalize('NFKC');
    if (nfkc.length === 1) c = nfkc.charCodeAt(0);
    c = variants.get(c) ?? c;
    c = toSimplified.get(c) ?? c;
    const lower = String.fromCharCode(c).toLowerCase();
    if (lower.length === 1) c = lower.charCodeAt(0);
    t[u] = c;
  }
  // Fixed point: e.g. a compatibility ideograph whose NFKC form is itself traditional.
  for (let pass = 0; pass < 4; pass++) {
    let changed = false;
    for (let u = 0; u < 0x10000; u++) {
      const v = t[t[u]];
      if (v !== t[u]) { t[u] = v; changed = true; }
    }
    if (!changed) break;
  }
  for (const u of INVISIBLE) t[u] = DROP;
  return t;
}

/**
 * Separators that may be inserted inside a term to defeat a naive search (机 密, 机·密,
 * a PDF line break in 机\n密). Sentence punctuation (，。、；：？！) is deliberately not
 * here: it separates real words, and skipping it would join the end of one clause to
 * the start of the next.
 */
export function isSeparator(u: number): boolean {
  if (u <= 0x20) return true; // ASCII whitespace and controls
  switch (u) {
    case 0x7f: case 0xa0: case 0x3000: case 0x2028: case 0x2029: case 0x202f: case 0x205f: case 0x1680:
    case 0x2d: case 0x5f: case 0x2e: case 0x2a: case 0x7e: case 0x2f: case 0x5c: case 0x7c: // - _ . * ~ / \ |
    case 0x27: case 0x22: case 0x60: case 0x5e: case 0x2b: case 0x3d: case 0x23: // ' " ` ^ + = #
    case 0xb7: case 0x30fb: case 0x2022: case 0x2027: case 0x2219: case 0x22c5: // middle dots and bullets
    case 0x2010: case 0x2011: case 0x2012: case 0x2013: case 0x2014: case 0x2015: case 0x2026: // dashes, ellipsis
    case 0xff0a: case 0xff0d: case 0xff0e: case 0xff3f: case 0xff5e: case 0x2606: case 0x2605: // full-width forms, stars
      return true;
  }
  return u >= 0x2000 && u <= 0x200a; // typographic spaces
}
