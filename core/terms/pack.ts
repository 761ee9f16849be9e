// The packed layout of the automaton (see matcher.ts): code, base and flags of a
// slot in one 32-bit word, so one load per unit answers "is this the child?" and
// gives the child's base and flags.

import type { WideTables } from './automaton';
import { DICT_BELOW, TERM_HERE, type Tables } from './scan-loop';

/**
 * The packed layout when code, base and three flags fit one 32-bit word (codes
 * up to maxCode, bases below the array size); otherwise the wide layout.
 */
export function pack(wide: WideTables & { cls: Uint16Array }, maxCode: number): Tables {
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
