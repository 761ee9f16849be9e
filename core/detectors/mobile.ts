// Mainland mobile numbers: 11 digits 1[3-9]xxxxxxxxx, optionally +86 / 0086 / 86, written
// contiguous or grouped 3-4-4 with one consistent separator. A run of more digits around it
// is some other number (an ID that contains a mobile-looking run is the ID's finding).

import { contextConfidence } from './context';
import { emit, isDigit } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { windowText } from './windows';
import { overWindows } from './over-windows';

// `\2` repeats the first separator: 13812345678, 138-1234-5678 and 138 1234 5678 match, a
// mixed 138-1234 5678 does not (that is more likely two numbers side by side).
// The pattern starts at the number itself (the optional +86 in front made V8 try every
// position); the country code and the "no digit before" rule are checked by hand.
const MOBILE_RE = /1[3-9]\d([ \u3000\u00A0-]?)\d\d\d\d\1\d\d\d\d(?![0-9])/g;
const COUNTRY_BEFORE = /(?:\+|00)?86[ \u3000\u00A0-]?$/;

const CONTEXT = ['手机', '电话', '联系', '致电', '短信', '微信', '号码', 'tel', 'mobile', 'phone'];

/** Numbers whose match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findMobiles(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    MOBILE_RE.lastIndex = 0;
    for (let m = MOBILE_RE.exec(sub); m !== null; m = MOBILE_RE.exec(sub)) {
      let start = a + m.index;
      const end = start + m[0].length;
      if (start > 0 && isDigit(t.charCodeAt(start - 1))) {
        const cc = COUNTRY_BEFORE.exec(t.slice(Math.max(0, start - 5), start));
        if (cc === null) {
          MOBILE_RE.lastIndex = m.index + 1;
          continue;
        }
        const ccStart = start - cc[0].length;
        if (ccStart > 0 && isDigit(t.charCodeAt(ccStart - 1))) {
          MOBILE_RE.lastIndex = m.index + 1;
          continue;
        }
        start = ccStart;
      } else {
        // +86 138…, 0086-138…: a separated country code.
        const cc = COUNTRY_BEFORE.exec(t.slice(Math.max(0, start - 5), start));
        if (cc !== null && cc[0].length > 2 && /[ \u3000\u00A0-]$/.test(cc[0])) {
          const ccStart = start - cc[0].length;
          if (ccStart === 0 || !isDigit(t.charCodeAt(ccStart - 1))) start = ccStart;
        }
      }
      const confidence = contextConfidence(t, start, end, settings.contextWindow, 0.65, [
        { words: CONTEXT, confidence: 0.85 },
      ]);
      out.push(emit(v, start, end, 'mobile', settings.severity, 'mobile', confidence));
    }
  }
  return out;
}

export const mobileDetector: Detector = {
  id: 'mobile',
  // Contact data: often legitimately published for officials' hotlines, so it only warns.
  defaultSeverity: 'warn',
  label: { zh: '手机号码', en: 'Mobile number' },
  defaultContextWindow: 50,
  ...overWindows(findMobiles, 11),
};
