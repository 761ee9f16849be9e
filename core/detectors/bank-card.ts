// Bank card numbers: 16–19 digits passing Luhn (ISO/IEC 7812). UnionPay cards start with 62;
// context words raise confidence. A Luhn-valid number with neither a known card prefix nor a
// context word is too likely an order or serial number (one in ten passes by chance).

import { contextConfidence, hasContextWord } from './context';
import { emit, isDigit } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { windowText } from './windows';
import { overWindows } from './over-windows';

export function luhnValid(digits: string): boolean {
  let sum = 0;
  let double = false;
  for (let i = digits.length - 1; i >= 0; i--) {
    let d = digits.charCodeAt(i) - 48;
    if (double) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
    double = !double;
  }
  return sum % 10 === 0;
}

// Contiguous, or in groups of four separated by a space or hyphen (as printed on cards).
// Spelled-out digits and a hand-made "no digit before" check let V8 skip ahead (see resident-id).
const S = '[ \\u3000\\u00A0-]?';
const CARD_RE = new RegExp(`\\d\\d\\d\\d${S}\\d\\d\\d\\d${S}\\d\\d\\d\\d${S}\\d\\d\\d\\d(?:${S}\\d(?:\\d\\d?)?)?(?![0-9])`, 'g');

const CONTEXT = ['银行卡', '卡号', '账号', '帐号', '开户行', '开户银行', '储蓄卡', '信用卡', '借记卡', '户名'];

/** UnionPay 62, Visa 4, Mastercard 51–55/22–27, JCB 35, Amex 34/37. */
const KNOWN_PREFIX = /^(?:62|4|5[1-5]|2[2-7]|35|3[47])/;

/** Cards whose match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findCards(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    CARD_RE.lastIndex = 0;
    for (let m = CARD_RE.exec(sub); m !== null; m = CARD_RE.exec(sub)) {
      const start = a + m.index;
      if (start > 0 && isDigit(t.charCodeAt(start - 1))) {
        CARD_RE.lastIndex = m.index + 1;
        continue;
      }
      const digits = m[0].replace(/[^0-9]/g, '');
      if (digits.length < 16 || digits.length > 19 || !luhnValid(digits)) continue;
      const end = start + m[0].length;
      const context = hasContextWord(t, start, end, settings.contextWindow, CONTEXT);
      const unionPay = digits.startsWith('62');
      if (!context && !KNOWN_PREFIX.test(digits)) continue;
      const base = unionPay ? 0.6 : 0.5;
      const confidence = contextConfidence(t, start, end, settings.contextWindow, base, [
        { words: CONTEXT, confidence: unionPay ? 0.9 : 0.8 },
      ]);
      out.push(emit(v, start, end, 'bank-card', settings.severity, unionPay ? 'bank-card:unionpay' : 'bank-card', confidence));
    }
  }
  return out;
}

export const bankCardDetector: Detector = {
  id: 'bank-card',
  // Financial account of a person or unit: must not be published, so it blocks approval.
  defaultSeverity: 'block',
  label: { zh: '银行卡号', en: 'Bank card number' },
  defaultContextWindow: 300,
  ...overWindows(findCards, 16),
};
