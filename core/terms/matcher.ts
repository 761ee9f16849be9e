// Aho–Corasick over a double-array trie, with normalisation folded into the
// per-character step.
//
// Data layout (typed arrays built once by compileTerms; s and t are trie slots):
//
//   cls[u]    Uint16Array, one entry per UTF-16 code unit u of the *original*
//             text: the code (2..A+1, most frequent first) of the folded unit in
//             the term alphabet; 0 when the folded unit occurs in no term (the
//             automaton returns to the root); 1 (SKIP) when the unit is dropped
//             (zero-width) or is an ignorable separator. Folding, alphabet lookup
//             and skipping are one load.
//   base[s]   Int32Array: the child of s on code c lives in slot base[s]+c. Bases
//             are unique, so
//   check[t]  Uint16Array, the code by which slot t is entered, identifies the
//             parent; 0 marks a free slot. Two bytes per slot keep the array that
//             every step probes small enough to stay in cache (about 240 KB for
//             the 45,000-term benchmark lexicon). For the same reason failure
//             transitions are followed at scan time rather than precomputed into
//             a full table: a few extra probes in cache cost less than misses.
//             The top bits of base[s] say "a term ends at s" (TERM_HERE) and "a
//             term ends further down the failure chain" (DICT_BELOW), so the
//             output test reads the word the next step needs anyway.
//   fail[s]   the Aho–Corasick failure link.
//   term[s]   for a slot where a term ends, that term's internal index k, with
//             its folded length in the top bits (one load per hit).
//   dict[s]   the next slot down the failure chain where a term ends (0: none).
//   ids       the caller's id of term k, and the ids of other terms that fold to
//             the same text (dupFirst/dupNext); expandMarks writes them into hits.
//   word[t]   the packed layout used whenever it fits (codes up to A+1 in
//             codeBits, bases below 2^baseBits, codeBits + baseBits + 3 <= 32):
//             base | FAIL_DEEP, TERM_HERE, DICT_BELOW << baseBits | check << (32 −
//             codeBits). One load per unit then says whether the probed slot is
//             the child and, when it is, gives its base and flags; 4 bytes per slot
//             instead of 6. FAIL_DEEP marks a state whose failure link is not the
//             root; a miss from any other state goes to the root's child on c
//             through rootNext[c] / rootWord[c] (small, hot) without a failure
//             probe. base and check are then dropped; lexicons too large to pack
//             keep them (the wide layout, scanWide).
//   A hit of folded length L ending at unit i started at the L-th consumed unit
//             (cls >= 2) counting back from i, so dropped and skipped units never
//             shift a highlight off the original text. The walk back happens only
//             at hits, and only when a unit was skipped within the hit's reach.
//
// Hits are appended to an Int32Array as (start, end, termId) triples; nothing is
// allocated per hit.

import { foldTable, isSeparator } from './charmap';
import type { NormalizeOptions } from './normalize';
import { HitBuffer } from './hits';
import type { Hits, ScanCursor } from './hits';
export type { ScanCursor };
import { SKIP, expandMarks, scanPacked, scanWide } from './scan-loop';
import type { Marks, TermIds, Tables } from './scan-loop';
import { placeTrie } from './double-array';
import { acceptTerms, alphabetOf, buildTrie } from './trie';
import type { RejectedTerm, TermInput } from './trie';
import { buildAutomaton } from './automaton';
import { pack } from './pack';

export { HitBuffer };
export { MAX_TERM_UNITS } from './trie';
export type { RejectedTerm, TermInput } from './trie';

export type MatcherOptions = NormalizeOptions;

/** Entries (three per mark) of the marks scratch a matcher starts with: an ordinary text's scan never grows it. */
const MARKS_INITIAL = 3 * 1024;
/**
 * A scan that grew the scratch past this many entries (256 KB) gives it back afterwards, so one
 * very large text (a 50 MB import) does not pin its marks for the matcher's lifetime. A slice
 * of a chunked scan (256 K units or more) stays below it unless a mark falls every few dozen units.
 */
const MARKS_KEEP = 1 << 16;

export class Matcher {
  constructor(
    private readonly tables: Tables,
    private readonly ids: TermIds,
    /** Terms that could not be compiled, with the reason. */
    readonly rejected: readonly RejectedTerm[],
    /** Number of terms compiled. */
    readonly termCount: number,
    readonly options: Readonly<MatcherOptions>,
  ) {}

  /** Scratch space for a scan call's output marks (see scan-loop.ts), reused across calls. */
  private readonly marks: Marks = { data: new Int32Array(MARKS_INITIAL), length: 0 };

  /** Entries the marks scratch holds now (for tests and diagnostics). */
  get marksCapacity(): number {
    return this.marks.data.length;
  }

  /** Number of trie slots. */
  get slots(): number {
    return this.tables.fail.length;
  }

  /** Bytes held by the compiled tables. */
  get byteSize(): number {
    const t = this.tables;
    return t.cls.byteLength + t.word.byteLength + t.rootNext.byteLength + t.rootWord.byteLength + t.base.byteLength + t.check.byteLength + t.fail.byteLength + t.term.byteLength + t.dict.byteLength
      + this.ids.ids.byteLength + this.ids.dupFirst.byteLength + this.ids.dupNext.byteLength + this.ids.dupIds.byteLength;
  }

  /** Every occurrence of every term (overlaps included), ordered by end offset. */
  scan(text: string): Hits {
    const out = new HitBuffer(0); // sized by expandMarks once the marks are counted
    this.scanRange(text, 0, text.length, this.cursor(), out);
    return out.toHits();
  }

  cursor(): ScanCursor {
    return { state: 0 };
  }

  /** Scan text[from, to) continuing from `cursor`; hits use offsets into the whole text. */
  scanRange(text: string, from: number, to: number, cursor: ScanCursor, hits: HitBuffer): void {
    const t = this.tables;
    if (t.word.length > 0) {
      scanPacked(text, from, to, t.cls, t.word, t.baseBits, t.codeBits, t.rootNext, t.rootWord, t.fail, cursor, this.marks);
    } else {
      scanWide(text, from, to, t.cls, t.base, t.check, t.fail, cursor, this.marks);
    }
    expandMarks(text, t.cls, t.term, t.dict, this.ids, this.marks, hits);
    if (this.marks.data.length > MARKS_KEEP) this.marks.data = new Int32Array(MARKS_INITIAL);
  }
}

/** Compile terms into a Matcher. Empty, malformed (lone surrogate) and over-long terms are reported in `rejected`. */
export function compileTerms(terms: readonly TermInput[], options: MatcherOptions = {}): Matcher {
  const { accepted, rejected } = acceptTerms(terms, options);
  const { codeOf, alpha } = alphabetOf(accepted);
  const trie = buildTrie(accepted, codeOf, alpha);
  const { tables, ids } = buildAutomaton(accepted, trie, placeTrie(trie.nodes, trie.parent, trie.code, alpha));
  const cls = classTable(codeOf, options);
  return new Matcher(pack({ ...tables, cls }, alpha + 1), ids, rejected, accepted.length, { ...options });
}

/** cls[u] for every UTF-16 unit: folding, alphabet lookup and skipping in one load (see the layout above). */
function classTable(codeOf: Map<number, number>, options: MatcherOptions): Uint16Array {
  const fold = foldTable();
  const cls = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const f = fold[u];
    if (f < 0) { cls[u] = SKIP; continue; }
    const c = codeOf.get(f);
    if (c !== undefined) cls[u] = c;
    else if (options.ignoreSeparators && isSeparator(f)) cls[u] = SKIP;
  }
  return cls;
}
