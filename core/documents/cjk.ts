// Characters set without spaces between them (Chinese, Japanese, Korean, their punctuation
// and full-width forms). The readers that decide whether a gap or a line break between two
// pieces of text reads as a space (HTML's white-space collapse, PDF's layout) ask this, by
// UTF-16 code unit: each looks at one unit on either side of the gap.

/** \u2e80-\u9fff (radicals to unified ideographs, with CJK punctuation \u3000-\u303f), \uf900-\ufaff, \uff00-\uffef. NaN (past a string's end) is not. */
export const isCjk = (c: number): boolean => (c >= 0x2e80 && c <= 0x9fff) || (c >= 0xf900 && c <= 0xfaff) || (c >= 0xff00 && c <= 0xffef);
