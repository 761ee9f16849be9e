// The detect/scan pair shared by the detectors whose regexes run over ranges of the text:
// `detect` (the reference) runs them over the whole text, `scan` (the fast path) only over
// the prefilter's windows that can hold a match.
import { viewOf } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { selectWindows, wholeText } from './windows';

/** Finds matches in the ranges (flat [start, end, …]) of `v.text`. */
export type FindInRanges = (v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]) => DetectorFinding[];

/** `find` over the whole text, or over the windows with at least `minTokens` tokens and, when given, one of `anyFlags`. */
export function overWindows(find: FindInRanges, minTokens: number, anyFlags = 0): Pick<Detector, 'detect' | 'scan'> {
  return {
    detect(text, settings, view) {
      const v = viewOf(text, view);
      return find(v, settings, wholeText(v.text));
    },
    scan: (v, settings, windows) => find(v, settings, selectWindows(windows, minTokens, anyFlags)),
  };
}
