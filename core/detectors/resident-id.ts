// 公民身份号码 (GB 11643-1999): 6-digit region, birth date YYYYMMDD, 3-digit sequence, check
// character (and the 15-digit first generation, with a context word only). A format match with a wrong check character, an impossible or future birth date,
// or an implausible province prefix is not an ID and is not reported.

import { contextConfidence, hasContextWord } from './context';
import { emit, isAlnum, stringOption } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { windowText } from './windows';
import { overWindows } from './over-windows';

const WEIGHTS = [7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2];
const CHECK = '10X98765432';

/** Province-level codes of GB/T 2260 (plus 71 Taiwan, 81/82 HK/Macao, 83 for residence permits, 91 abroad). */
const PROVINCES = new Set([
  11, 12, 13, 14, 15, 21, 22, 23, 31, 32, 33, 34, 35, 36, 37, 41, 42, 43, 44, 45, 46,
  50, 51, 52, 53, 54, 61, 62, 63, 64, 65, 71, 81, 82, 83, 91,
]);

/** GB 11643 check character of the first 17 digits (`digits` has at least 17 digits). */
export function residentIdCheckChar(digits: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) sum += (digits.charCodeAt(i) - 48) * WEIGHTS[i];
  return CHECK[sum % 11];
}

function daysInMonth(y: number, m: number): number {
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

/** `today` as YYYYMMDD; a real date between 1900-01-01 and today. */
export function isPlausibleBirthDate(yyyymmdd: string, today: number): boolean {
  const y = Number(yyyymmdd.slice(0, 4));
  const m = Number(yyyymmdd.slice(4, 6));
  const d = Number(yyyymmdd.slice(6, 8));
  if (y < 1900 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return false;
  return y * 10000 + m * 100 + d <= today;
}

/** A complete check of an 18-character ID (no separators); `today` as YYYYMMDD. */
export function isValidResidentId(id: string, today: number): boolean {
  if (!/^\d{17}[\dXx]$/.test(id)) return false;
  if (!PROVINCES.has(Number(id.slice(0, 2)))) return false;
  if (!isPlausibleBirthDate(id.slice(6, 14), today)) return false;
  return residentIdCheckChar(id) === id[17].toUpperCase();
}

function todayNumber(option: string | undefined): number {
  if (option !== undefined && /^\d{4}-\d{2}-\d{2}$/.test(option)) return Number(option.replace(/-/g, ''));
  const now = new Date();
  return now.getFullYear() * 10000 + (now.getMonth() + 1) * 100 + now.getDate();
}

// 18 characters, optionally grouped 6-8-4 or 6-4-4-4 with single spaces (how forms print them).
// Each optional space is followed by a digit, so the pattern cannot backtrack more than a step.
// Digits are spelled out (\d\d\d rather than \d{3}) and the "no digit before" check is done by
// hand: that way V8 can skip through text without digits several characters at a time, which
// measured about 7x faster than `(?<![0-9A-Za-z])\d{6}` on Chinese prose.
const SEP = '[ \\u3000\\u00A0]?';
const ID_RE = new RegExp(`(\\d\\d\\d\\d\\d\\d)${SEP}(\\d\\d\\d\\d)${SEP}(\\d\\d\\d\\d)${SEP}(\\d\\d\\d[0-9Xx])(?![0-9A-Za-z])`, 'g');

// First-generation IDs (GB 11643-1989): 15 digits, 6 region + YYMMDD (19YY) + 3 sequence, no
// check digit. Without a checksum any 15-digit number could match, so they are reported only
// with a context word in the window.
const OLD_ID_RE = /\d\d\d\d\d\d\d\d\d\d\d\d\d\d\d(?![0-9A-Za-z])/g;

export function isPlausibleOldId(id: string, today: number): boolean {
  return id.length === 15 && PROVINCES.has(Number(id.slice(0, 2))) && isPlausibleBirthDate(`19${id.slice(6, 12)}`, today);
}

const CONTEXT = ['身份证', '居民身份证', '公民身份号码', '身份号码', '证件号', '身份证号'];

/** IDs whose pattern match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findIds(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const today = todayNumber(stringOption(settings, residentIdDetector, 'today'));
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    ID_RE.lastIndex = 0;
    for (let m = ID_RE.exec(sub); m !== null; m = ID_RE.exec(sub)) {
      const start = a + m.index;
      if (start > 0 && isAlnum(t.charCodeAt(start - 1))) {
        ID_RE.lastIndex = m.index + 1;
        continue;
      }
      const id = m[1] + m[2] + m[3] + m[4];
      if (!isValidResidentId(id, today)) continue;
      const end = start + m[0].length;
      // Purview: 85 with a keyword within the window, 75 for a bare checksum-valid number.
      const confidence = contextConfidence(t, start, end, settings.contextWindow, 0.75, [
        { words: CONTEXT, confidence: 0.85 },
      ]);
      out.push(emit(v, start, end, 'resident-id', settings.severity, 'resident-id', confidence));
    }
  }
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    OLD_ID_RE.lastIndex = 0;
    for (let m = OLD_ID_RE.exec(sub); m !== null; m = OLD_ID_RE.exec(sub)) {
      const start = a + m.index;
      if (start > 0 && isAlnum(t.charCodeAt(start - 1))) {
        OLD_ID_RE.lastIndex = m.index + 1;
        continue;
      }
      const end = start + 15;
      if (!isPlausibleOldId(m[0], today) || !hasContextWord(t, start, end, settings.contextWindow, CONTEXT)) continue;
      out.push(emit(v, start, end, 'resident-id', settings.severity, 'resident-id:15', 0.6));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

export const residentIdDetector: Detector = {
  id: 'resident-id',
  // Personal data of a named citizen: publishing it is never acceptable, so it blocks approval.
  defaultSeverity: 'block',
  label: { zh: '居民身份证号码', en: 'Resident ID number' },
  defaultContextWindow: 300,
  // 15 digits is the fewest any ID pattern needs.
  ...overWindows(findIds, 15),
};
