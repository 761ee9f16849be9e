// Property tests: on random terms and texts drawn from an alphabet that exercises
// every normalisation case (traditional/simplified pairs, full-width, case,
// zero-width, separators, surrogate pairs), the matcher agrees with the naive
// reference hit for hit, and every hit maps back to original text that folds to
// the term.

import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { leftmostLongest } from '../../../core/terms/hits';
import { compileTerms } from '../../../core/terms/matcher';
import { normalize, termUnits } from '../../../core/terms/normalize';
import { isSeparator } from '../../../core/terms/charmap';
import { referenceHits, triples } from './reference';

const UNITS = ['机', '機', '密', '绝', '絕', '文', '件', 'a', 'A', 'ａ', 'Ａ', 'b', 'B', '\u200b', '\u00ad', '\ufeff', ' ', '·', '-', '。', '𠀀', '𪚥', '好', '1', '１'];
const piece = fc.constantFrom(...UNITS);
const termText = fc.array(piece, { minLength: 1, maxLength: 5 }).map((a) => a.join(''));
const textArb = fc.array(piece, { maxLength: 80 }).map((a) => a.join(''));
const termsArb = fc.uniqueArray(termText, { minLength: 1, maxLength: 12 }).map((list) => list.map((text, id) => ({ id, text })));
const optionsArb = fc.record({ ignoreSeparators: fc.boolean() });

describe('matcher properties', () => {
  it('agrees hit for hit with the naive reference', () => {
    fc.assert(
      fc.property(termsArb, textArb, optionsArb, (terms, text, options) => {
        expect(triples(compileTerms(terms, options).scan(text))).toEqual(referenceHits(terms, text, options));
      }),
      { numRuns: 600 },
    );
  });

  it('maps every hit back to original text that folds to the term, never splitting a pair', () => {
    fc.assert(
      fc.property(termsArb, textArb, optionsArb, (terms, text, options) => {
        const m = compileTerms(terms, options);
        const alphabet = new Set(terms.flatMap((t) => termUnits(t.text, options)));
        const byId = new Map(terms.map((t) => [t.id, String.fromCharCode(...termUnits(t.text, options))]));
        for (const [s, e, id] of triples(m.scan(text))) {
          const folded = normalize(text.slice(s, e), options, (u) => isSeparator(u) && alphabet.has(u)).text;
          expect(folded).toBe(byId.get(id));
          // A hit begins and ends on characters, not inside a surrogate pair or on skipped units.
          expect(text.charCodeAt(s) >= 0xdc00 && text.charCodeAt(s) <= 0xdfff).toBe(false);
          expect(text.charCodeAt(e - 1) >= 0xd800 && text.charCodeAt(e - 1) <= 0xdbff).toBe(false);
          expect(normalize(text[s], options, (u) => isSeparator(u) && alphabet.has(u)).text.length).toBeGreaterThan(0);
        }
      }),
      { numRuns: 400 },
    );
  });

  it('leftmost-longest picks non-overlapping hits exactly as a greedy pass over the reference does', () => {
    fc.assert(
      fc.property(termsArb, textArb, (terms, text) => {
        const picked = triples(leftmostLongest(compileTerms(terms).scan(text)));
        const all = referenceHits(terms, text).sort((a, b) => a[0] - b[0] || b[1] - a[1] || a[2] - b[2]);
        const expected: typeof all = [];
        let end = -1;
        for (const h of all) if (h[0] >= end) { expected.push(h); end = h[1]; }
        expect(picked).toEqual(expected);
        for (let i = 1; i < picked.length; i++) expect(picked[i][0]).toBeGreaterThanOrEqual(picked[i - 1][1]);
      }),
      { numRuns: 300 },
    );
  });
});
