export { compileTerms, HitBuffer, Matcher, MAX_TERM_UNITS } from './matcher';
export type { MatcherOptions, RejectedTerm, ScanCursor, TermInput } from './matcher';
export { Hits, leftmostLongest } from './hits';
export type { Hit } from './hits';
export { normalize, normalizeTerm, toOriginalSpan } from './normalize';
export type { Normalized, NormalizeOptions } from './normalize';
export { AllowList, ALLOW_GAP } from './allow-list';
export type { AllowEntry, LibraryTerm, TermLibrary } from './library';
export { STARTER_ALLOW, STARTER_LIBRARY, STARTER_LIBRARY_VERSION, STARTER_TERMS } from './starter-library';
