// The detect/scan pair shared by the detectors whose regexes run over ranges of the text:
// `detect` (the reference) runs them over the whole text, `scan` (the fast path) only over
// the prefilter's windows that can hold a match.
import { viewOf } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { selectWindows, wholeText } from './windows';

/**
 * Finds matches in the ranges (flat [start, end, …]) of `v.text`. `seen`: for a detector
 * with a pass over the whole text besides the windows (decrees after 令, IPv6 by its
 * colons), whether the text holds the character that pass starts from.
 */
export type FindInRanges = (v: NormalizedView, settings: DetectorSettings, ranges: readonly number[], seen: boolean) => DetectorFinding[];

/**
 * `find` over the whole text, or over the windows with at least `minTokens` tokens and, when
 * given, one of `anyFlags`; `seenFlag` is the SEEN_* flag of the whole-text pass, if any.
 */
export function overWindows(find: FindInRanges, minTokens: number, anyFlags = 0, seenFlag = 0): Pick<Detector, 'detect' | 'scan'> {
  return {
    detect(text, settings, view) {
      const v = viewOf(text, view);
      return find(v, settings, wholeText(v.text), true);
    },
    scan: (v, settings, windows) =>
      find(v, settings, selectWindows(windows, minTokens, anyFlags), seenFlag === 0 || (windows.seen & seenFlag) !== 0),
  };
}
