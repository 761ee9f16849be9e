// Licence plates (GA 36): province abbreviation (or 使/领) + issuing-office letter + five
// characters of letters (no I, O) and digits; 学/警/挂/港/澳/领 plates end in that character
// after four; new-energy plates have six: D/F first (small cars) or last (large vehicles).

import { contextConfidence } from './context';
import { emit } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { HAS_UPPER, windowText } from './windows';
import { overWindows } from './over-windows';

const PROVINCES = '京津沪渝冀豫云辽黑湘皖鲁新苏浙赣鄂桂甘晋蒙陕吉闽贵粤青藏川宁琼使领';

// Starts at the office letter (rare in Chinese text, so V8 skips quickly); the province
// character before it (optionally after one space) is checked by hand. A class of 33 scattered
// ideographs at the front of the pattern was several times slower.
const A = '[A-HJ-NP-Z0-9]';
const PLATE_RE = new RegExp(`([A-HJ-NP-Z])[ \\u3000·•・.-]?(${A}${A}${A}${A}${A}?${A}?)([挂学警港澳领])?(?![A-Za-z0-9])`, 'g');

const NEW_ENERGY = /^(?:[DF][A-HJ-NP-Z0-9]\d{4}|\d{5}[DF])$/;

function digitCount(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) >= 48 && s.charCodeAt(i) <= 57) n++;
  return n;
}

/** The serial after the office letter, with its optional suffix character. */
export function plateKind(serial: string, suffix: string | undefined): 'new-energy' | 'special' | 'regular' | null {
  if (suffix !== undefined) return serial.length === 4 || serial.length === 5 ? 'special' : null;
  if (serial.length === 6) return NEW_ENERGY.test(serial) ? 'new-energy' : null;
  // Regular serials carry at most three letters; demanding three digits keeps out words.
  if (serial.length === 5) return digitCount(serial) >= 3 ? 'regular' : null;
  return null;
}

const CONTEXT = ['车牌', '号牌', '车辆', '牌照', '驾驶', '车主', '轿车', '货车'];

/** Plates whose match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findPlates(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    PLATE_RE.lastIndex = 0;
    for (let m = PLATE_RE.exec(sub); m !== null; m = PLATE_RE.exec(sub)) {
      const at = a + m.index;
      let start = at - 1;
      if (start >= 0 && (t[start] === ' ' || t[start] === '\u3000')) start--;
      if (start < 0 || !PROVINCES.includes(t[start])) continue;
      const kind = plateKind(m[2], m[3]);
      if (kind === null) continue;
      const end = at + m[0].length;
      const confidence = contextConfidence(t, start, end, settings.contextWindow, 0.7, [
        { words: CONTEXT, confidence: 0.85 },
      ]);
      const rule = kind === 'regular' ? 'plate' : `plate:${kind}`;
      out.push(emit(v, start, end, 'plate', settings.severity, rule, confidence));
    }
  }
  return out;
}

export const plateDetector: Detector = {
  id: 'plate',
  // Links a vehicle to a person or unit; sometimes fine (an accident notice), so it warns.
  defaultSeverity: 'warn',
  label: { zh: '机动车号牌', en: 'Licence plate' },
  defaultContextWindow: 50,
  // The office letter is upper case; it and four more characters are the shortest plate.
  ...overWindows(findPlates, 5, HAS_UPPER),
};
