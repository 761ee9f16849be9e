// The Aho–Corasick automaton over the placed trie: slot arrays (base, check), where
// each term ends (term, with further ids of terms folding to the same text), and the
// failure and dictionary links. Layout: see matcher.ts.

import type { placeTrie } from './double-array';
import { DICT_BELOW, TERM_HERE, TERM_INDEX, TERM_SHIFT, type Tables, type TermIds } from './scan-loop';
import type { AcceptedTerm, Trie } from './trie';

/** The wide layout's arrays (see Tables in scan-loop.ts). */
export type WideTables = Pick<Tables, 'base' | 'check' | 'fail' | 'term' | 'dict'>;

export function buildAutomaton(accepted: readonly AcceptedTerm[], trie: Trie, placed: ReturnType<typeof placeTrie>): { tables: WideTables; ids: TermIds } {
  const { slotOf, baseOf, size, leafBase } = placed;
  const base = new Int32Array(size);
  const check = new Uint16Array(size);
  base.fill(leafBase); // free slots are never entered; any unused base will do
  for (let i = 0; i < trie.nodes; i++) {
    base[slotOf[i]] = baseOf[i];
    if (i !== 0) check[slotOf[i]] = trie.code[i];
  }
  const { term, ids } = placeTerms(accepted, trie, slotOf, size);
  const { fail, dict } = link(trie, placed, base, check, term);
  // Output flags in the top bits of base, once all links exist.
  for (let slot = 0; slot < size; slot++) {
    base[slot] |= (term[slot] !== 0 ? TERM_HERE : 0) | (dict[slot] !== 0 ? DICT_BELOW : 0);
  }
  return { tables: { base, check, fail, term, dict }, ids };
}

/**
 * The first term at a slot goes in `term` (index | folded length << TERM_SHIFT, so
 * never 0: 0 means no term ends there); further ids with the same folded text hang
 * off it (dupFirst/dupNext).
 */
function placeTerms(accepted: readonly AcceptedTerm[], trie: Trie, slotOf: Int32Array, size: number) {
  const term = new Int32Array(size);
  const termIds = new Int32Array(accepted.length);
  const dupFirst = new Int32Array(accepted.length).fill(-1);
  const dupNext: number[] = [];
  const dupIds: number[] = [];
  const lastDup = new Map<number, number>();
  accepted.forEach((t, k) => {
    const slot = slotOf[trie.termNode[k]];
    termIds[k] = t.id;
    if (term[slot] === 0) {
      term[slot] = k | (t.units.length << TERM_SHIFT);
      return;
    }
    const owner = term[slot] & TERM_INDEX;
    const d = dupIds.length;
    dupIds.push(t.id);
    dupNext.push(-1);
    const prev = lastDup.get(owner);
    if (prev === undefined) dupFirst[owner] = d; else dupNext[prev] = d;
    lastDup.set(owner, d);
  });
  const ids: TermIds = { ids: termIds, dupFirst, dupNext: Int32Array.from(dupNext), dupIds: Int32Array.from(dupIds) };
  return { term, ids };
}

/** Failure and dictionary links in breadth-first order (parents before children). */
function link(trie: Trie, placed: ReturnType<typeof placeTrie>, base: Int32Array, check: Uint16Array, term: Int32Array) {
  const { slotOf, bfs, firstChild, children, size } = placed;
  const fail = new Int32Array(size);
  const dict = new Int32Array(size);
  for (const node of bfs) {
    const ps = slotOf[node];
    for (let j = firstChild[node]; j < firstChild[node + 1]; j++) {
      const kid = children[j];
      const ks = slotOf[kid];
      const c = trie.code[kid];
      let target = 0;
      if (node !== 0) {
        let f = fail[ps];
        for (;;) {
          const t = base[f] + c;
          if (check[t] === c) { target = t; break; }
          if (f === 0) break;
          f = fail[f];
        }
      }
      fail[ks] = target;
      dict[ks] = term[target] !== 0 ? target : dict[target];
    }
  }
  return { fail, dict };
}
