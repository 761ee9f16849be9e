// The Aho–Corasick automaton over the placed trie: slot arrays (base, check), where
// each term ends (term, with further ids of terms folding to the same text), and the
// failure and dictionary links. Layout: see matcher.ts.

import type { placeTrie } from './double-array';
import { DICT_BELOW, TERM_HERE, TERM_SHIFT, type TermIds } from './scan-loop';
import type { AcceptedTerm, Trie } from './trie';

export interface WideTables {
  base: Int32Array;
  check: Uint16Array;
  fail: Int32Array;
  term: Int32Array;
  dict: Int32Array;
}

export function buildAutomaton(accepted: readonly AcceptedTerm[], trie: Trie, placed: ReturnType<typeof placeTrie>): { tables: WideTables; ids: TermIds } {
  const { slotOf, baseOf, size, leafBase } = placed;
  const base = new Int32Array(size);
  const check = new Uint16Array(size);
  base.fill(leafBase); // free slots are never entered; any unused base will do
  for (let i = 0; i < trie.nodes; i++) {
    base[slotOf[i]] = baseOf[i];
    if (i !== 0) check[slotOf[i]] = trie.code[i];
  }
  const { term, terminal, ids } = placeTerms(accepted, trie, slotOf, size);
  const { fail, dict } = link(trie, placed, base, check, terminal);
  // Output flags in the top bits of base, once all links exist.
  for (let slot = 0; slot < size; slot++) {
    base[slot] |= (terminal[slot] >= 0 ? TERM_HERE : 0) | (dict[slot] !== 0 ? DICT_BELOW : 0);
  }
  return { tables: { base, check, fail, term, dict }, ids };
}

/**
 * The first term at a slot goes in `term` (index | folded length << TERM_SHIFT);
 * further ids with the same folded text hang off it (dupFirst/dupNext).
 */
function placeTerms(accepted: readonly AcceptedTerm[], trie: Trie, slotOf: Int32Array, size: number) {
  const term = new Int32Array(size);
  const terminal = new Int32Array(size).fill(-1);
  const termIds = new Int32Array(accepted.length);
  const dupFirst = new Int32Array(accepted.length).fill(-1);
  const dupNext: number[] = [];
  const dupIds: number[] = [];
  const lastDup = new Map<number, number>();
  accepted.forEach((t, k) => {
    const slot = slotOf[trie.termNode[k]];
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
  const ids: TermIds = { ids: termIds, dupFirst, dupNext: Int32Array.from(dupNext), dupIds: Int32Array.from(dupIds) };
  return { term, terminal, ids };
}

/** Failure and dictionary links in breadth-first order (parents before children). */
function link(trie: Trie, placed: ReturnType<typeof placeTrie>, base: Int32Array, check: Uint16Array, terminal: Int32Array) {
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
      dict[ks] = terminal[target] >= 0 ? target : dict[target];
    }
  }
  return { fail, dict };
}
