// SQL LIKE patterns from what a user typed: % and _ (and the escape character itself)
// are matched literally, so a search for "100%" or "draft_1" finds exactly that text.
// Every query using these says ESCAPE '\'.

const literal = (s: string): string => s.replace(/[\\%_]/g, (c) => `\\${c}`);

/** Matches values containing `s`. */
export const containsPattern = (s: string): string => `%${literal(s)}%`;

/** Matches values starting with `s`. */
export const prefixPattern = (s: string): string => `${literal(s)}%`;
