// Peak memory of building the 45,000-term matcher, in a process of its own (bench/run.ts
// starts it): the growth of the resident set's high-water mark across the build. The
// main benchmark's process holds 20 MB of text and the peers, whose footprint would hide
// the build's. Prints one JSON line.

import { compileTerms } from '../core/terms/matcher';
import { DEFAULT_MATCHER_OPTIONS } from '../core/scan/engine';
import { generate } from './generate';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
// The lexicon is generated before the text, so a tiny text gives the same 45,000 terms.
const terms = generate({ utf8Bytes: 1024 }).terms.map((text, id) => ({ id, text }));
compileTerms([{ id: 0, text: '预热' }]); // the fold table, built once per process, is not the build's
gc();
gc();
const before = process.resourceUsage().maxRSS;
const matcher = compileTerms(terms, DEFAULT_MATCHER_OPTIONS);
const peakKb = process.resourceUsage().maxRSS - before;
console.log(JSON.stringify({ terms: matcher.termCount, peakMb: peakKb / 1024 }));
