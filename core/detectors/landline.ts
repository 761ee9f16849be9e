// Fixed-line numbers: area code 0 + 2–3 digits (010, 02x, 0[3-9]xx), a separator or the area
// code in brackets, a 7–8 digit local number that does not start with 0 or 1 (written whole or
// grouped 3/4 + 4, as in 021-6234 5678), and an optional extension (转 / 分机 / - / ext).

import { contextConfidence } from './context';
import { emit, isDigit } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { windowText } from './windows';
import { overWindows } from './over-windows';

// Starts at the area code's 0 with its digits spelled out, so V8 can skip through prose; the
// opening bracket and the "no digit before" rule are checked by hand.
const LANDLINE_RE =
  /(0\d\d\d?)(?:[ \u3000]?([)）])[ \u3000]?|[ \u3000\u00A0-])([2-9]\d\d\d?[ \u3000\u00A0-]?\d\d\d\d)(?:[ \u3000]?(?:转|分机|-|ext\.?|x)[ \u3000]?(\d{1,6}))?(?![0-9])/gi;
const OPEN_BEFORE = /[(（][ \u3000]?$/;

/** 010 and 02x are the two-digit codes; every other code has three digits after the 0. */
export function isAreaCode(code: string): boolean {
  if (code.length === 3) return code === '010' || code[1] === '2';
  return code.length === 4 && code[1] >= '3' && code[1] <= '9';
}

const CONTEXT = ['电话', '座机', '传真', '联系', '热线', 'tel', 'fax'];

/** Numbers whose match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findLandlines(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    LANDLINE_RE.lastIndex = 0;
    for (let m = LANDLINE_RE.exec(sub); m !== null; m = LANDLINE_RE.exec(sub)) {
      const area = m[1];
      if (!isAreaCode(area)) continue;
      const at = a + m.index;
      let start = at;
      if (m[2] !== undefined) {
        // (0716)8123456: the closing bracket needs its opening one.
        const open = OPEN_BEFORE.exec(t.slice(Math.max(0, start - 2), start));
        if (open === null) continue;
        start -= open[0].length;
      }
      const before = start > 0 ? t.charCodeAt(start - 1) : 0;
      if (isDigit(before) || before === 46) {
        LANDLINE_RE.lastIndex = m.index + 1;
        continue;
      }
      const end = at + m[0].length;
      const confidence = contextConfidence(t, start, end, settings.contextWindow, 0.7, [
        { words: CONTEXT, confidence: 0.85 },
      ]);
      out.push(emit(v, start, end, 'landline', settings.severity, 'landline', confidence));
    }
  }
  return out;
}

export const landlineDetector: Detector = {
  id: 'landline',
  // Office numbers are often meant to be public; the reviewer checks whose line it is.
  defaultSeverity: 'warn',
  label: { zh: '固定电话', en: 'Landline number' },
  defaultContextWindow: 50,
  // Area code (3) and local number (7) are the fewest digits a match has.
  ...overWindows(findLandlines, 10),
};
