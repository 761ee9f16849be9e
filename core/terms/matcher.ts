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
import { isWellFormed, termUnits } from './normalize';
import type { NormalizeOptions } from './normalize';
import { HitBuffer } from './hits';
import type { Hits, ScanCursor } from './hits';
export type { ScanCursor };
import { DICT_BELOW, SKIP, TERM_HERE, TERM_INDEX, TERM_SHIFT, expandMarks, scanPacked, scanWide } from './scan-loop';
import type { Marks, TermIds, Tables } from './scan-loop';
import { placeTrie } from './double-array';

export { HitBuffer };

export interface TermInput {
  id: number;
  text: string;
}

export type MatcherOptions = NormalizeOptions;

export interface RejectedTerm {
  id: number;
  text: string;
  reason: 'empty' | 'malformed' | 'too-long' | 'limit';
}

/** Longest folded term accepted; longer ones are certainly not words. */
export const MAX_TERM_UNITS = 256;

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
  private readonly marks: Marks = { data: new Int32Array(3 * 1024), length: 0 };

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
  }
}

/** Compile terms into a Matcher. Empty, malformed (lone surrogate) and over-long terms are reported in `rejected`. */
export function compileTerms(terms: readonly TermInput[], options: MatcherOptions = {}): Matcher {
  const rejected: RejectedTerm[] = [];
  const accepted: { id: number; units: number[] }[] = [];
  const seen = new Set<number>();
  for (const term of terms) {
    if (!isWellFormed(term.text)) { rejected.push({ ...term, reason: 'malformed' }); continue; }
    const units = termUnits(term.text, options);
    if (units.length === 0) rejected.push({ ...term, reason: 'empty' });
    else if (units.length > MAX_TERM_UNITS) rejected.push({ ...term, reason: 'too-long' });
    else if (!fitsAlphabet(units, seen) || accepted.length >= TERM_INDEX) rejected.push({ ...term, reason: 'limit' });
    else accepted.push({ id: term.id, units });
  }

  // Alphabet: most frequent units get the smallest codes, which packs the trie densely.
  const freq = new Map<number, number>();
  for (const t of accepted) for (const u of t.units) freq.set(u, (freq.get(u) ?? 0) + 1);
  const alphabet = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a - b);
  const codeOf = new Map<number, number>();
  alphabet.forEach((u, i) => codeOf.set(u, i + 2)); // 0 and 1 are reserved (see cls)
  const alpha = alphabet.length;

  // Trie as parent/code arrays; one Map keyed by parent·(A+2)+code finds children.
  let nodes = 1;
  let parent = new Int32Array(1024);
  let code = new Int32Array(1024);
  const child = new Map<number, number>();
  const termNode = new Int32Array(accepted.length);
  accepted.forEach((t, k) => {
    let node = 0;
    for (const u of t.units) {
      const c = codeOf.get(u)!;
      const key = node * (alpha + 2) + c;
      let next = child.get(key);
      if (next === undefined) {
        if (nodes === parent.length) { parent = grow(parent); code = grow(code); }
        next = nodes++;
        parent[next] = node;
        code[next] = c;
        child.set(key, next);
      }
      node = next;
    }
    termNode[k] = node;
  });

  const { slotOf, baseOf, bfs, firstChild, children, size, leafBase } = placeTrie(nodes, parent, code, alpha);

  const base = new Int32Array(size);
  const check = new Uint16Array(size);
  const fail = new Int32Array(size);
  const term = new Int32Array(size);
  const dict = new Int32Array(size);
  base.fill(leafBase); // free slots are never entered; any unused base will do
  for (let i = 0; i < nodes; i++) {
    base[slotOf[i]] = baseOf[i];
    if (i !== 0) check[slotOf[i]] = code[i];
  }
  // Terms: the first term at a slot goes in `term`; further ids with the same
  // folded text hang off it (dupFirst/dupNext).
  const terminal = new Int32Array(size).fill(-1);
  const termIds = new Int32Array(accepted.length);
  const dupFirst = new Int32Array(accepted.length).fill(-1);
  const dupNext: number[] = [];
  const dupIds: number[] = [];
  const lastDup = new Map<number, number>();
  accepted.forEach((t, k) => {
    const slot = slotOf[termNode[k]];
    termIds[k] = t.id;
    const owner = terminal[slot];
    if (owner < 0) {
      terminal[slot] = k;
      term[slot] = k | (t.units.length << TERM_SHIFT);
      return;
    }
    const d = dupIds.length;
    dupIds.push(t.id);
    dupNext.push(-1);
    const prev = lastDup.get(owner);
    if (prev === undefined) dupFirst[owner] = d; else dupNext[prev] = d;
    lastDup.set(owner, d);
  });
  // Failure and dictionary links in breadth-first order (parents before children).
  for (const node of bfs) {
    const ps = slotOf[node];
    for (let j = firstChild[node]; j < firstChild[node + 1]; j++) {
      const kid = children[j];
      const ks = slotOf[kid];
      const c = code[kid];
      let link = 0;
      if (node !== 0) {
        let f = fail[ps];
        for (;;) {
          const t = base[f] + c;
          if (check[t] === c) { link = t; break; }
          if (f === 0) break;
          f = fail[f];
        }
      }
      fail[ks] = link;
      dict[ks] = terminal[link] >= 0 ? link : dict[link];
    }
  }
  // Output flags in the top bits of base, once all links exist.
  for (let slot = 0; slot < size; slot++) {
    base[slot] |= (terminal[slot] >= 0 ? TERM_HERE : 0) | (dict[slot] !== 0 ? DICT_BELOW : 0);
  }

  const fold = foldTable();
  const cls = new Uint16Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const f = fold[u];
    if (f < 0) { cls[u] = SKIP; continue; }
    const c = codeOf.get(f);
    if (c !== undefined) cls[u] = c;
    else if (options.ignoreSeparators && isSeparator(f)) cls[u] = SKIP;
  }

  const ids = { ids: termIds, dupFirst, dupNext: Int32Array.from(dupNext), dupIds: Int32Array.from(dupIds) };
  return new Matcher(pack({ cls, base, check, fail, term, dict }, alpha + 1), ids, rejected, accepted.length, { ...options });
}

/**
 * The packed layout when code, base and three flags fit one 32-bit word (codes
 * up to maxCode, bases below the array size); otherwise the wide layout.
 */
export function pack(wide: { cls: Uint16Array; base: Int32Array; check: Uint16Array; fail: Int32Array; term: Int32Array; dict: Int32Array },
  maxCode: number): Tables {
  const { base, check, fail } = wide;
  const size = base.length;
  const codeBits = 32 - Math.clz32(maxCode);
  const baseBits = 32 - Math.clz32(size);
  const none = { word: new Int32Array(0), baseBits, codeBits, rootNext: new Int32Array(0), rootWord: new Int32Array(0) };
  if (codeBits + baseBits + 3 > 32) return { ...wide, ...none };
  const word = new Int32Array(size);
  for (let t = 0; t < size; t++) {
    const b = base[t];
    word[t] = (b & (DICT_BELOW - 1)) | (fail[t] !== 0 ? 1 << baseBits : 0) | (b & TERM_HERE ? 2 << baseBits : 0)
      | (b & DICT_BELOW ? 4 << baseBits : 0) | (check[t] << (32 - codeBits));
  }
  const rootBase = base[0] & (DICT_BELOW - 1);
  const rootNext = new Int32Array(maxCode + 1);
  const rootWord = new Int32Array(maxCode + 1);
  for (let c = 2; c <= maxCode; c++) {
    rootNext[c] = check[rootBase + c] === c ? rootBase + c : 0;
    rootWord[c] = word[rootNext[c]];
  }
  return { cls: wide.cls, word, baseBits, codeBits, rootNext, rootWord, base: new Int32Array(0), check: new Uint16Array(0),
    fail, term: wide.term, dict: wide.dict };
}

/** Codes must fit the 16-bit check field: at most MAX_ALPHABET distinct units over all terms. */
const MAX_ALPHABET = 0xffff - 1;

function fitsAlphabet(units: number[], seen: Set<number>): boolean {
  const fresh = new Set(units.filter((u) => !seen.has(u)));
  if (seen.size + fresh.size > MAX_ALPHABET) return false;
  for (const u of fresh) seen.add(u);
  return true;
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
