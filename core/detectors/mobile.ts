// Mainland mobile numbers: 11 digits 1[3-9]xxxxxxxxx, optionally +86 / 0086 / 86, written
// contiguous or grouped 3-4-4 with one consistent separator. A run of more digits around it
// is some other number (an ID that contains a mobile-looking run is the ID's finding).

import { contextConfidence } from './context';
import { emit, viewOf } from './finding';
import type { Detector, DetectorFinding } from './types';

// `\2` repeats the first separator: 13812345678, 138-1234-5678 and 138 1234 5678 match, a
// mixed 138-1234 5678 does not (that is more likely two numbers side by side).
const MOBILE_RE =
  /(?<![0-9])(?:(?:\+|00)?86[ \u3000\u00A0-]?)?(1[3-9]\d)([ \u3000\u00A0-]?)(\d{4})\2(\d{4})(?![0-9])/g;

const CONTEXT = ['手机', '电话', '联系', '致电', '短信', '微信', '号码', 'tel', 'mobile', 'phone'];

export const mobileDetector: Detector = {
  id: 'mobile',
  // Contact data: often legitimately published for officials' hotlines, so it only warns.
  defaultSeverity: 'warn',
  label: { zh: '手机号码', en: 'Mobile number' },
  defaultContextWindow: 50,
  detect(text, settings, view) {
    const v = viewOf(text, view);
    const out: DetectorFinding[] = [];
    MOBILE_RE.lastIndex = 0;
    for (let m = MOBILE_RE.exec(v.text); m !== null; m = MOBILE_RE.exec(v.text)) {
      const start = m.index;
      const end = start + m[0].length;
      const confidence = contextConfidence(v.text, start, end, settings.contextWindow, 0.65, [
        { words: CONTEXT, confidence: 0.85 },
      ]);
      out.push(emit(v, start, end, 'mobile', settings.severity, 'mobile', confidence));
    }
    return out;
  },
};
