// The naive reference the matcher must agree with, hit for hit: fold the text the
// documented way, look for every term at every position, map spans back.

import { isSeparator } from '../../../core/terms/charmap';
import { normalize, termUnits } from '../../../core/terms/normalize';
import type { MatcherOptions, TermInput } from '../../../core/terms/matcher';
import { isWellFormed } from '../../../core/terms/normalize';

export type Triple = [start: number, end: number, id: number];

export function referenceHits(terms: TermInput[], text: string, options: MatcherOptions = {}): Triple[] {
  const accepted = terms
    .filter((t) => isWellFormed(t.text))
    .map((t) => ({ id: t.id, units: termUnits(t.text, options) }))
    .filter((t) => t.units.length > 0);
  const alphabet = new Set(accepted.flatMap((t) => t.units));
  // Separators that occur in some term are significant and never skipped.
  const n = normalize(text, options, (u) => isSeparator(u) && alphabet.has(u));
  const out: Triple[] = [];
  for (const t of accepted) {
    const needle = String.fromCharCode(...t.units);
    for (let k = n.text.indexOf(needle); k >= 0; k = n.text.indexOf(needle, k + 1)) {
      out.push([n.offsets[k], n.offsets[k + needle.length - 1] + 1, t.id]);
    }
  }
  return sortTriples(out);
}

export function sortTriples(t: Triple[]): Triple[] {
  return t.sort((a, b) => a[0] - b[0] || a[1] - b[1] || a[2] - b[2]);
}

export function triples(hits: { count: number; start(i: number): number; end(i: number): number; termId(i: number): number }): Triple[] {
  const out: Triple[] = [];
  for (let i = 0; i < hits.count; i++) out.push([hits.start(i), hits.end(i), hits.termId(i)]);
  return sortTriples(out);
}
