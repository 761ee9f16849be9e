// 统一社会信用代码 (GB 32100-2015): 18 characters from a 31-character alphabet without I, O,
// S, V, Z. Positions: 1 registration authority, 2 organisation type, 3–8 region code,
// 9–17 organisation code (GB 11714, with its own mod-11 check), 18 check character.

import { contextConfidence } from './context';
import { emit, isAlnum } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { windowText } from './windows';
import { overWindows } from './over-windows';

const ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
const WEIGHTS = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28];
const ORG_WEIGHTS = [3, 7, 9, 10, 5, 8, 4, 2];

/** GB 32100 check character of the first 17 characters, or null if one is outside the alphabet. */
export function creditCodeCheckChar(code: string): string | null {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const v = ALPHABET.indexOf(code[i]);
    if (v < 0) return null;
    sum += v * WEIGHTS[i];
  }
  const c = 31 - (sum % 31);
  return ALPHABET[c === 31 ? 0 : c];
}

/** GB 11714 check of a 9-character organisation code (8 body characters + check digit or X). */
export function isValidOrgCode(code: string): boolean {
  let sum = 0;
  for (let i = 0; i < 8; i++) {
    const ch = code.charCodeAt(i);
    // Digits are their value; letters A..Z are 10..35.
    const v = ch <= 57 ? ch - 48 : ch - 55;
    sum += v * ORG_WEIGHTS[i];
  }
  const c = 11 - (sum % 11);
  const expected = c === 10 ? 'X' : c === 11 ? '0' : String(c);
  return code[8] === expected;
}

export function isValidCreditCode(code: string): boolean {
  if (code.length !== 18) return false;
  // Authority codes in use: 1–9 and A, N, Y; region code is six digits.
  if (!/^[1-9ANY][0-9A-HJ-NP-RTUW-Y]\d{6}/.test(code)) return false;
  return creditCodeCheckChar(code) === code[17];
}

// The region digits are spelled out so V8 can skip ahead; the boundary before is checked by hand.
const CODE_RE = /[1-9ANY][0-9A-HJ-NP-RTUW-Y]\d\d\d\d\d\d[0-9A-HJ-NP-RTUW-Y]{10}(?![0-9A-Za-z])/g;

const CONTEXT = ['统一社会信用代码', '信用代码', '社会信用', '纳税人识别号', '税号', '营业执照'];

/** Codes whose match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findCodes(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    CODE_RE.lastIndex = 0;
    for (let m = CODE_RE.exec(sub); m !== null; m = CODE_RE.exec(sub)) {
      const start = a + m.index;
      if (start > 0 && isAlnum(t.charCodeAt(start - 1))) {
        CODE_RE.lastIndex = m.index + 1;
        continue;
      }
      const code = m[0];
      if (!isValidCreditCode(code)) continue;
      const end = start + code.length;
      // A valid embedded organisation code makes a chance checksum match very unlikely.
      const base = isValidOrgCode(code.slice(8, 17)) ? 0.85 : 0.7;
      const confidence = contextConfidence(t, start, end, settings.contextWindow, base, [
        { words: CONTEXT, confidence: Math.min(1, base + 0.1) },
      ]);
      out.push(emit(v, start, end, 'credit-code', settings.severity, 'credit-code', confidence));
    }
  }
  return out;
}

export const creditCodeDetector: Detector = {
  id: 'credit-code',
  // Identifies an organisation, often public already; the reviewer decides, so it only warns.
  defaultSeverity: 'warn',
  label: { zh: '统一社会信用代码', en: 'Unified social credit code' },
  defaultContextWindow: 300,
  ...overWindows(findCodes, 18),
};
