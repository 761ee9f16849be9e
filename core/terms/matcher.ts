// Aho–Corasick over a double-array trie, with normalisation folded into the
// per-character step.
//
// Data layout (all Int32Array, built once by compileTerms):
//
//   cls[u]   one entry per UTF-16 code unit u of the *original* text: 4·code of the
//            folded unit in the term alphabet (codes 1..A, most frequent first),
//            0 when the folded unit occurs in no term (the automaton returns to the
//            root), or 1 (SKIP) when the unit is dropped (zero-width) or is an
//            ignorable separator. Folding, alphabet lookup and skipping are thus one
//            load.
//   da[4·s .. 4·s+3]   one 16-byte record per trie slot s, offsets pre-multiplied by 4:
//            +0 base   the child of s on code c lives in slot base+c
//            +1 check  the slot of that child's parent (−1 when the slot is free)
//            +2 fail   the Aho–Corasick failure link; its two low bits (free, since
//                      slots are multiples of 4) say "a term ends here" (1) and "a
//                      term ends further down the failure chain" (2)
//            +3 term   for a slot where a term ends, that term's internal index k
//            The check that confirms a transition and the next step's base, flags
//            and term all sit in one cache line. Failure transitions are followed
//            at scan time rather than precomputed into a full table: the compact
//            table stays in cache, which on these machines is worth more than the
//            saved probes.
//   dict[s]  the next slot down the failure chain where a term ends (0: none).
//   termLen[k], termIds[k]  folded length and caller's id of term k. Hits carry k
//            until the end of a scan call, which maps it to the id and adds the
//            ids of other terms that fold to the same text (dupFirst/dupNext).
//   ring     the original offsets of the last 2^m consumed units, so a hit of folded
//            length L ending now started at ring[(p − L) & mask]: dropped and skipped
//            units never shift a highlight off the original characters.
//
// Hits are appended to an Int32Array as (start, end, termId) triples; nothing is
// allocated per hit.

import { foldTable, isSeparator } from './charmap';
import { isWellFormed, termUnits } from './normalize';
import type { NormalizeOptions } from './normalize';
import { HitBuffer } from './hits';
import type { Hits, ScanCursor } from './hits';
export type { ScanCursor };
import { SKIP, scanLoop } from './scan-loop';

export { HitBuffer };

export interface TermInput {
  id: number;
  text: string;
}

export type MatcherOptions = NormalizeOptions;

export interface RejectedTerm {
  id: number;
  text: string;
  reason: 'empty' | 'malformed' | 'too-long';
}

/** Longest folded term accepted; longer ones are certainly not words. */
export const MAX_TERM_UNITS = 256;

export class Matcher {
  constructor(
    private readonly cls: Int32Array,
    private readonly da: Int32Array,
    private readonly dict: Int32Array,
    private readonly termLen: Int32Array,
    /** Caller's id of each internal term index. */
    private readonly termIds: Int32Array,
    /** Further ids folding to the same text as term k: dupFirst[k], then dupNext. */
    private readonly dupFirst: Int32Array,
    private readonly dupNext: Int32Array,
    private readonly dupIds: Int32Array,
    private readonly mask: number,
    /** Terms that could not be compiled, with the reason. */
    readonly rejected: readonly RejectedTerm[],
    /** Number of terms compiled. */
    readonly termCount: number,
    readonly options: Readonly<MatcherOptions>,
  ) {}

  /** Number of trie slots. */
  get slots(): number {
    return this.da.length >> 2;
  }

  /** Bytes held by the compiled tables. */
  get byteSize(): number {
    return this.cls.byteLength + this.da.byteLength + this.dict.byteLength + this.termLen.byteLength + this.termIds.byteLength
      + this.dupFirst.byteLength + this.dupNext.byteLength + this.dupIds.byteLength;
  }

  /** Every occurrence of every term (overlaps included), ordered by end offset. */
  scan(text: string): Hits {
    // Room for a hit every 16 units: typical of dense texts, so most scans never grow.
    const out = new HitBuffer(text.length >> 4);
    this.scanRange(text, 0, text.length, this.cursor(), out);
    return out.toHits();
  }

  cursor(): ScanCursor {
    return { state: 0, consumed: 0, ring: new Int32Array(this.mask + 1) };
  }

  /** Scan text[from, to) continuing from `cursor`; hits use offsets into the whole text. */
  scanRange(text: string, from: number, to: number, cursor: ScanCursor, hits: HitBuffer): void {
    const first = hits.length;
    scanLoop(text, from, to, this.cls, this.da, this.dict, this.termLen, this.mask, cursor, hits);
    this.toIds(hits, first);
  }

  /** Replace internal term indices by the caller's ids, adding the ids of duplicates. */
  private toIds(hits: HitBuffer, first: number): void {
    const ids = this.termIds;
    const d = hits.data;
    if (this.dupIds.length === 0) {
      for (let j = first + 2; j < hits.length; j += 3) d[j] = ids[d[j]];
      return;
    }
    const extra: number[] = [];
    for (let j = first; j < hits.length; j += 3) {
      const k = d[j + 2];
      extra.push(d[j], d[j + 1], ids[k]);
      for (let x = this.dupFirst[k]; x >= 0; x = this.dupNext[x]) extra.push(d[j], d[j + 1], this.dupIds[x]);
    }
    if (first + extra.length > d.length) {
      const bigger = new Int32Array(2 * (first + extra.length));
      bigger.set(d.subarray(0, first));
      hits.data = bigger;
    }
    hits.data.set(extra, first);
    hits.length = first + extra.length;
  }
}

/** Compile terms into a Matcher. Empty, malformed (lone surrogate) and over-long terms are reported in `rejected`. */
export function compileTerms(terms: readonly TermInput[], options: MatcherOptions = {}): Matcher {
  const rejected: RejectedTerm[] = [];
  const accepted: { id: number; units: number[] }[] = [];
  for (const term of terms) {
    if (!isWellFormed(term.text)) { rejected.push({ ...term, reason: 'malformed' }); continue; }
    const units = termUnits(term.text, options);
    if (units.length === 0) rejected.push({ ...term, reason: 'empty' });
    else if (units.length > MAX_TERM_UNITS) rejected.push({ ...term, reason: 'too-long' });
    else accepted.push({ id: term.id, units });
  }

  // Alphabet: most frequent units get the smallest codes, which packs the trie densely.
  const freq = new Map<number, number>();
  for (const t of accepted) for (const u of t.units) freq.set(u, (freq.get(u) ?? 0) + 1);
  const alphabet = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a - b);
  const codeOf = new Map<number, number>();
  alphabet.forEach((u, i) => codeOf.set(u, i + 1));
  const alpha = alphabet.length;

  // Trie as parent/code arrays; one Map keyed by parent·(A+1)+code finds children.
  let nodes = 1;
  let parent = new Int32Array(1024);
  let code = new Int32Array(1024);
  const child = new Map<number, number>();
  const termNode = new Int32Array(accepted.length);
  let maxLen = 1;
  accepted.forEach((t, k) => {
    let node = 0;
    for (const u of t.units) {
      const c = codeOf.get(u)!;
      const key = node * (alpha + 1) + c;
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
    maxLen = Math.max(maxLen, t.units.length);
  });

  const { slotOf, baseOf, bfs, firstChild, children, size } = placeTrie(nodes, parent, code, alpha);

  // Records, scaled by 4 (see the layout at the top).
  const da = new Int32Array(4 * size);
  for (let slot = 0; slot < size; slot++) da[4 * slot + 1] = -1;
  for (let i = 0; i < nodes; i++) {
    const s4 = 4 * slotOf[i];
    da[s4] = 4 * baseOf[i];
    if (i !== 0) da[s4 + 1] = 4 * slotOf[parent[i]];
  }
  // Terms (see the layout at the top). The first term at a slot goes in its
  // record; further ids with the same folded text hang off it (dupFirst/dupNext).
  const dict = new Int32Array(size);
  const termLen = new Int32Array(accepted.length);
  const terminal = new Int32Array(size).fill(-1); // internal index of the slot's term
  const termIds = new Int32Array(accepted.length);
  const dupFirst = new Int32Array(accepted.length).fill(-1);
  const dupNext: number[] = [];
  const dupIds: number[] = [];
  const lastDup = new Map<number, number>();
  accepted.forEach((t, k) => {
    const slot = slotOf[termNode[k]];
    termIds[k] = t.id;
    termLen[k] = t.units.length;
    const owner = terminal[slot];
    if (owner < 0) {
      terminal[slot] = k;
      da[4 * slot + 3] = k;
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
    const p4 = 4 * slotOf[node];
    for (let j = firstChild[node]; j < firstChild[node + 1]; j++) {
      const kid = children[j];
      const k4 = 4 * slotOf[kid];
      const c4 = 4 * code[kid];
      let fail = 0;
      if (node !== 0) {
        let f = da[p4 + 2];
        for (;;) { // before the flags are set in the low bits
          const t = da[f] + c4;
          if (da[t + 1] === f) { fail = t; break; }
          if (f === 0) break;
          f = da[f + 2];
        }
      }
      da[k4 + 2] = fail;
      dict[k4 >> 2] = terminal[fail >> 2] >= 0 ? fail : dict[fail >> 2];
    }
  }
  // Output flags in the low bits of the failure link, once all links exist.
  for (let slot = 0; slot < size; slot++) {
    da[4 * slot + 2] |= (terminal[slot] >= 0 ? 1 : 0) | (dict[slot] !== 0 ? 2 : 0);
  }

  const fold = foldTable();
  const cls = new Int32Array(0x10000);
  for (let u = 0; u < 0x10000; u++) {
    const f = fold[u];
    if (f < 0) { cls[u] = SKIP; continue; }
    const c = codeOf.get(f);
    if (c !== undefined) cls[u] = 4 * c;
    else if (options.ignoreSeparators && isSeparator(f)) cls[u] = SKIP;
  }

  let ring = 1;
  while (ring < maxLen) ring <<= 1;
  return new Matcher(cls, da, dict, termLen, termIds, dupFirst, Int32Array.from(dupNext), Int32Array.from(dupIds),
    ring - 1, rejected, accepted.length, { ...options });
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}

/**
 * Place the trie's nodes into double-array slots. Each node with children gets
 * the first base at which all its children's slots are free (first fit). Leaves keep base 0: the check field of
 * the slots it points to names other parents, so no transition is found.
 */
function placeTrie(nodes: number, parent: Int32Array, code: Int32Array, alpha: number) {
  // Children of each node sorted by code: counting sort by code, then stable by parent.
  const byCode = countingSort(nodes, code, alpha + 1, 1);
  const firstChild = new Int32Array(nodes + 1);
  for (let i = 1; i < nodes; i++) firstChild[parent[i] + 1]++;
  for (let i = 0; i < nodes; i++) firstChild[i + 1] += firstChild[i];
  const fill = firstChild.slice(0, nodes);
  const children = new Int32Array(Math.max(nodes - 1, 0));
  for (const i of byCode) children[fill[parent[i]]++] = i;

  const slotOf = new Int32Array(nodes);
  const baseOf = new Int32Array(nodes);
  // Shallow levels first, so the states a scan visits most (the root, its children
  // and grandchildren) share a few hundred kilobytes at the front of the array;
  // within a level, nodes with the most children first, while the array is still
  // sparse enough to fit their spread of codes.
  const depth = new Uint8Array(nodes);
  for (let i = 1; i < nodes; i++) depth[i] = Math.min(255, depth[parent[i]] + 1); // parents are created first
  const order: number[] = [];
  for (let i = 0; i < nodes; i++) if (firstChild[i + 1] > firstChild[i]) order.push(i);
  const kids = (i: number) => firstChild[i + 1] - firstChild[i];
  order.sort((a, b) => depth[a] - depth[b] || kids(b) - kids(a) || a - b);
  // next[i] leads to the first free slot >= i (union–find with path halving), so
  // the search jumps over occupied runs instead of walking them.
  let cap = Math.max(1024, 2 * nodes + 2 * alpha + 2);
  let used = new Uint8Array(cap);
  let next = new Int32Array(cap);
  for (let i = 0; i < cap; i++) next[i] = i;
  const free = (i: number): number => {
    while (next[i] !== i) { next[i] = next[next[i]]; i = next[i]; }
    return i;
  };
  const take = (slot: number) => { used[slot] = 1; next[slot] = slot + 1; };
  take(0);
  let maxSlot = 0;
  // Nodes with several children rarely fit in a dense region; once a search has
  // had to try many positions, later ones start where it succeeded (as darts does).
  let wideFrom = 0;
  for (const node of order) {
    const lo = firstChild[node];
    const hi = firstChild[node + 1];
    const c0 = code[children[lo]];
    const cLast = code[children[hi - 1]];
    let pos = free(hi - lo > 1 ? Math.max(c0, wideFrom + c0) : c0);
    let tries = 0;
    search: for (;; pos = free(pos + 1)) {
      tries++;
      while (pos - c0 + cLast + 2 >= cap) {
        const bigUsed = new Uint8Array(cap * 2);
        bigUsed.set(used);
        const bigNext = new Int32Array(cap * 2);
        bigNext.set(next);
        for (let i = cap; i < cap * 2; i++) bigNext[i] = i;
        used = bigUsed;
        next = bigNext;
        cap *= 2;
      }
      const base = pos - c0;
      for (let j = hi - 1; j > lo; j--) if (used[base + code[children[j]]]) continue search;
      break;
    }
    if (tries > 64) wideFrom = pos - c0;
    const base = pos - c0;
    baseOf[node] = base;
    for (let j = lo; j < hi; j++) {
      const slot = base + code[children[j]];
      take(slot);
      slotOf[children[j]] = slot;
      if (slot > maxSlot) maxSlot = slot;
    }
  }
  const bfs = new Int32Array(nodes);
  let tail = 1; // bfs[0] = 0, the root
  for (let head = 0; head < tail; head++) {
    const node = bfs[head];
    for (let j = firstChild[node]; j < firstChild[node + 1]; j++) bfs[tail++] = children[j];
  }
  // Every base + code read at scan time must stay inside the array.
  let maxBase = 0;
  for (let i = 0; i < nodes; i++) if (baseOf[i] > maxBase) maxBase = baseOf[i];
  const size = Math.max(maxSlot, maxBase + alpha) + 1;
  return { slotOf, baseOf, bfs, firstChild, children, size };
}

/** Indices 1..n-1 ordered by key (stable). */
function countingSort(n: number, key: Int32Array, buckets: number, from: number): Int32Array {
  const count = new Int32Array(buckets + 1);
  for (let i = from; i < n; i++) count[key[i] + 1]++;
  for (let b = 0; b < buckets; b++) count[b + 1] += count[b];
  const out = new Int32Array(n - from);
  for (let i = from; i < n; i++) out[count[key[i]]++] = i;
  return out;
}
