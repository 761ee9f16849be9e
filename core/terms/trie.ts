// The first steps of compileTerms: which terms can be compiled, the alphabet of
// their folded units, and the trie over it (as parent/code arrays, before placement).

import { isWellFormed, termUnits } from './normalize';
import type { NormalizeOptions } from './normalize';
import { TERM_INDEX } from './scan-loop';

export interface TermInput {
  id: number;
  text: string;
}

export interface RejectedTerm {
  id: number;
  text: string;
  reason: 'empty' | 'malformed' | 'too-long' | 'limit';
}

/** A term that compiles: the caller's id and its folded UTF-16 units. */
export interface AcceptedTerm {
  id: number;
  units: number[];
}

/** Longest folded term accepted; longer ones are certainly not words. */
export const MAX_TERM_UNITS = 256;

/** Codes must fit the 16-bit check field: at most MAX_ALPHABET distinct units over all terms. */
const MAX_ALPHABET = 0xffff - 1;

/** Empty, malformed (lone surrogate), over-long and over-limit terms are rejected with the reason. */
export function acceptTerms(terms: readonly TermInput[], options: NormalizeOptions): { accepted: AcceptedTerm[]; rejected: RejectedTerm[] } {
  const rejected: RejectedTerm[] = [];
  const accepted: AcceptedTerm[] = [];
  const seen = new Set<number>();
  for (const term of terms) {
    if (!isWellFormed(term.text)) { rejected.push({ ...term, reason: 'malformed' }); continue; }
    const units = termUnits(term.text, options);
    if (units.length === 0) rejected.push({ ...term, reason: 'empty' });
    else if (units.length > MAX_TERM_UNITS) rejected.push({ ...term, reason: 'too-long' });
    else if (!fitsAlphabet(units, seen) || accepted.length >= TERM_INDEX) rejected.push({ ...term, reason: 'limit' });
    else accepted.push({ id: term.id, units });
  }
  return { accepted, rejected };
}

function fitsAlphabet(units: number[], seen: Set<number>): boolean {
  const fresh = new Set(units.filter((u) => !seen.has(u)));
  if (seen.size + fresh.size > MAX_ALPHABET) return false;
  for (const u of fresh) seen.add(u);
  return true;
}

/**
 * Codes of the folded units: the most frequent get the smallest codes, which packs
 * the trie densely. 0 and 1 are reserved (see cls in matcher.ts), so codes start at 2.
 */
export function alphabetOf(accepted: readonly AcceptedTerm[]): { codeOf: Map<number, number>; alpha: number } {
  const freq = new Map<number, number>();
  for (const t of accepted) for (const u of t.units) freq.set(u, (freq.get(u) ?? 0) + 1);
  const alphabet = [...freq.keys()].sort((a, b) => freq.get(b)! - freq.get(a)! || a - b);
  const codeOf = new Map<number, number>();
  alphabet.forEach((u, i) => codeOf.set(u, i + 2));
  return { codeOf, alpha: alphabet.length };
}

export interface Trie {
  nodes: number;
  /** parent[n] and code[n]: node n is its parent's child on that code (node 0 is the root). */
  parent: Int32Array;
  code: Int32Array;
  /** The node where accepted term k ends. */
  termNode: Int32Array;
}

/** The trie of the accepted terms; one Map keyed by parent·(A+2)+code finds children. */
export function buildTrie(accepted: readonly AcceptedTerm[], codeOf: Map<number, number>, alpha: number): Trie {
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
  return { nodes, parent, code, termNode };
}

function grow(a: Int32Array<ArrayBuffer>): Int32Array<ArrayBuffer> {
  const b = new Int32Array(a.length * 2);
  b.set(a);
  return b;
}
