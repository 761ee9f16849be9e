// Geographic coordinates: decimal degrees with enough decimals (option `minDecimals`, default
// 4 ≈ 11 m; no public rule fixes the legal threshold, so the desk configures it), lat/lon pairs,
// degrees-minutes-seconds with °′″ (or ' "), and 东经/北纬/E/N prefixes or suffixes.
// 东经/北纬 only count when a number follows, so 城东经济开发区 is not a coordinate; a lone
// decimal (12.85万, 98.5%, 3.14159) without a prefix, suffix or partner is not one either.
//
// Every pattern starts at the number (a digit followed closely by '.' or '°' lets V8 skip
// ahead); prefixes and partners are checked by looking around the match by hand, because an
// optional prefix in front of the pattern makes the engine try every position of the text.

import { contextConfidence } from './context';
import { emit, isDigit, numberOption } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { HAS_DEGREE, HAS_DOT, windowText } from './windows';
import { overWindows } from './over-windows';

const DMS_RE =
  /(\d{1,3})[ \u3000]?([°度])[ \u3000]?(\d{1,2})[ \u3000]?[′'分](?:[ \u3000]?(\d{1,2}(?:\.\d+)?)[ \u3000]?(?:[″"秒]|''))?(?:[ \u3000]?([NSEW])(?![A-Za-z]))?/g;

// One digit, the point and the required decimals spelled out (\d\.\d\d\d\d\d*): V8 can then
// skip through prose; `\d{1,3}\.\d{4,}` measured four times slower. The other integer
// digits are taken by hand.
const decimalPatterns = new Map<number, RegExp>();
function decimalRe(minDecimals: number): RegExp {
  const n = Math.max(1, Math.min(12, Math.floor(minDecimals)));
  let re = decimalPatterns.get(n);
  if (re === undefined) {
    re = new RegExp(`\\d\\.${'\\d'.repeat(n)}\\d*`, 'g');
    decimalPatterns.set(n, re);
  }
  return re;
}

// What may stand just before a number: 东经/東經 116.39, 北纬: 39.9, lat 39.9, N39.9.
const PREFIX_BEFORE =
  /(?:([东東西][经經]|[北南][纬緯]|[经經]度|[纬緯]度)|(?:^|[^A-Za-z0-9°′″'"])([NSEW]|[Ll]at|[Ll]ng|[Ll]on))[ \u3000]?[:：]?[ \u3000]?$/;
const SUFFIX_AFTER = /^[ \u3000]?(°|度)?[ \u3000]?(?:([NSEW])(?![A-Za-z]))?/;
const PAIR_GAP = /^(?:[ \u3000]?[,，、/][ \u3000]?|[ \u3000])$/;
const NOT_A_PAIR_AFTER = /^[%‰万亿元倍]/;

const LATITUDE = /^(?:[北南][纬緯]|[纬緯]度|[NS]|[Ll]at)$/;
const CONTEXT = ['坐标', '经纬度', '经度', '纬度', '位置', '定位', '位于', 'GPS', '北斗', 'lat', 'lng', 'lon'];

function isDigitOrDot(c: number): boolean {
  return (c >= 48 && c <= 57) || c === 46;
}

interface Span {
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

/** Start of a prefix word ending at `pos`, and whether it names a latitude. */
function prefixBefore(t: string, pos: number): { start: number; latitude: boolean } | null {
  const from = Math.max(0, pos - 8);
  const m = PREFIX_BEFORE.exec(t.slice(from, pos));
  if (m === null) return null;
  const word = m[1] ?? m[2];
  // The Latin branch may have matched one separating character before the word.
  return { start: from + m.index + m[0].indexOf(word), latitude: LATITUDE.test(word) };
}

/** Coordinates whose pattern match lies in one of `ranges` (flat [start, end, …] of `v.text`). */
function findCoordinates(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const minDecimals = numberOption(settings, coordinatesDetector, 'minDecimals', 4);
  const spans: Span[] = [];

  const dec = decimalRe(minDecimals);
  // The previous unanchored decimal, waiting for a partner: [start, end, value]. It is kept
  // from one window to the next (a pair may be split by a comma, which ends a window).
  let pending: [number, number, number] | null = null;
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    dec.lastIndex = 0;
    for (let m = dec.exec(sub); m !== null; m = dec.exec(sub)) {
      const at = a + m.index;
      let start = at;
      const end = start + m[0].length;
      // Up to two more integer digits (179.1234); more, or a point before, is some other number.
      while (start > at - 2 && start > 0 && isDigit(t.charCodeAt(start - 1))) start--;
      if ((start > 0 && isDigitOrDot(t.charCodeAt(start - 1))) || isDigitOrDot(t.charCodeAt(end))) continue;
      if ((t[start - 1] === '-' || t[start - 1] === '+') && !/[0-9A-Za-z]/.test(t[start - 2] ?? '')) start--;
      const value = Math.abs(Number(t.slice(start, end)));
      const prefix = prefixBefore(t, start);
      const suffix = SUFFIX_AFTER.exec(t.slice(end, end + 4));
      const degree = suffix?.[1] !== undefined;
      const direction = suffix?.[2];
      if (prefix !== null || direction !== undefined) {
        const latitude = prefix !== null ? prefix.latitude : direction === 'N' || direction === 'S';
        if (value > (latitude ? 90 : 180)) continue;
        const s = prefix?.start ?? start;
        const e = end + (suffix !== null && (degree || direction !== undefined) ? suffix[0].length : 0);
        spans.push({ start: s, end: e, confidence: 0.85, rule: 'coordinates' });
        pending = null;
        continue;
      }
      if (pending !== null && value <= 180 && PAIR_GAP.test(t.slice(pending[1], start)) &&
          !NOT_A_PAIR_AFTER.test(t.slice(end, end + 1)) &&
          ((pending[2] <= 90 && value <= 180) || (pending[2] <= 180 && value <= 90))) {
        // Two long decimals may be statistics; a location word makes them a position.
        const confidence = contextConfidence(t, pending[0], end, settings.contextWindow, 0.55, [
          { words: CONTEXT, confidence: 0.85 },
        ]);
        spans.push({ start: pending[0], end, confidence, rule: 'coordinates:pair' });
        pending = null;
        continue;
      }
      if (degree && value <= 180) {
        spans.push({ start, end: end + (suffix?.[0].length ?? 0), confidence: 0.7, rule: 'coordinates' });
        pending = null;
        continue;
      }
      pending = NOT_A_PAIR_AFTER.test(t.slice(end, end + 1)) ? null : [start, end, value];
  }
  }

  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    DMS_RE.lastIndex = 0;
    for (let m = DMS_RE.exec(sub); m !== null; m = DMS_RE.exec(sub)) {
      const [, deg, unit, min, sec, dir] = m;
      const start = a + m.index;
      if (start > 0 && isDigitOrDot(t.charCodeAt(start - 1))) continue;
      if (Number(deg) > 180 || Number(min) >= 60 || (sec !== undefined && Number(sec) >= 60)) continue;
      const prefix = prefixBefore(t, start);
      // 30度5分 alone may be an angle or a time; with symbols and seconds it is a position.
      if (prefix === null && dir === undefined && (unit === '度' || sec === undefined)) continue;
      spans.push({ start: prefix?.start ?? start, end: start + m[0].length, confidence: 0.85, rule: 'coordinates:dms' });
  }
  }

  // A DMS seconds field can also read as a decimal: keep the earliest, longest span.
  spans.sort((x, y) => x.start - y.start || y.end - x.end);
  const out: DetectorFinding[] = [];
  let lastEnd = -1;
  for (const s of spans) {
    if (s.start < lastEnd) continue;
    out.push(emit(v, s.start, s.end, 'coordinates', settings.severity, s.rule, s.confidence));
    lastEnd = s.end;
  }
  return out;
}

export const coordinatesDetector: Detector = {
  id: 'coordinates',
  // Precise positions can reveal sites whose location is itself secret: escalate to the bureau.
  defaultSeverity: 'escalate',
  label: { zh: '地理坐标', en: 'Geographic coordinates' },
  defaultContextWindow: 100,
  defaultOptions: { minDecimals: 4 },
  // A decimal needs a point, DMS a ° or 度; either needs two digits at least.
  ...overWindows(findCoordinates, 2, HAS_DOT | HAS_DEGREE),
};
