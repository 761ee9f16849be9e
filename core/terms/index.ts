export { compileTerms, Matcher, MAX_TERM_UNITS } from './matcher';
export type { MatcherOptions, RejectedTerm, TermInput } from './matcher';
export { HitBuffer, Hits, leftmostLongest } from './hits';
export type { Hit, ScanCursor } from './hits';
export { normalize, normalizeTerm, toOriginalSpan } from './normalize';
export type { Normalized, NormalizeOptions } from './normalize';
export { AllowList, ALLOW_GAP } from './allow-list';
export type { AllowEntry, LibraryTerm, TermLibrary } from './library';
export { STARTER_ALLOW, STARTER_LIBRARY, STARTER_LIBRARY_VERSION, STARTER_TERMS } from './starter-library';
