// Geographic coordinates: decimal degrees with enough decimals (option `minDecimals`, default
// 4 ≈ 11 m; no public rule fixes the legal threshold, so the desk configures it), lat/lon pairs,
// degrees-minutes-seconds with °′″ (or ' "), and 东经/北纬/E/N prefixes or suffixes.
// 东经/北纬 only count when a number follows, so 城东经济开发区 is not a coordinate; a lone
// decimal (12.85万, 98.5%, 3.14159) without a prefix, suffix or partner is not one either.

import { contextConfidence } from './context';
import { emit, numberOption, viewOf } from './finding';
import type { Detector, DetectorFinding } from './types';

const SP = '[ \\u3000]?';
const NUM = '([-+]?\\d{1,3}\\.(\\d+))';

// 北纬 39.9165 / E116.3974° / lat: 39.9
const PREFIXED_RE = new RegExp(
  `(?<![A-Za-z])(东经|西经|北纬|南纬|经度|纬度|[NSEW]|[Ll]at|[Ll]ng|[Ll]on)${SP}[:：]?${SP}(?<![\\d.])${NUM}(?![\\d.])${SP}(?:°|度)?`,
  'g',
);
// 39.9165°N / 116.3974E
const SUFFIXED_RE = new RegExp(`(?<![\\d.])${NUM}(?:${SP}°${SP}|)([NSEW])(?![A-Za-z])`, 'g');
// 116°23′45″E, 东经116度23分45秒, N39°54'27"
const DMS_RE = new RegExp(
  `(?:(东经|西经|北纬|南纬|(?<![A-Za-z])[NSEW])${SP}[:：]?${SP})?(?<![\\d.])(\\d{1,3})${SP}([°度])${SP}(\\d{1,2})${SP}[′'分]` +
    `(?:${SP}(\\d{1,2}(?:\\.\\d+)?)${SP}(?:[″"秒]|''))?(?:${SP}([NSEW])(?![A-Za-z]))?`,
  'g',
);
// 116.397128, 39.916527 (either order; maps in China often put longitude first)
const PAIR_RE = new RegExp(
  `(?<![\\d.])${NUM}(?:${SP}[,，、/]${SP}|[ \\u3000])([-+]?\\d{1,3}\\.(\\d+))(?![\\d.%‰万亿元倍])`,
  'g',
);

const LATITUDE_WORDS = new Set(['北纬', '南纬', '纬度', 'N', 'S', 'lat', 'Lat']);
const CONTEXT = ['坐标', '经纬度', '经度', '纬度', '位置', '定位', '位于', 'GPS', '北斗', 'lat', 'lng', 'lon'];

interface Span {
  start: number;
  end: number;
  confidence: number;
  rule: string;
}

export const coordinatesDetector: Detector = {
  id: 'coordinates',
  // Precise positions can reveal sites whose location is itself secret: escalate to the bureau.
  defaultSeverity: 'escalate',
  label: { zh: '地理坐标', en: 'Geographic coordinates' },
  defaultContextWindow: 100,
  defaultOptions: { minDecimals: 4 },
  detect(text, settings, view) {
    const v = viewOf(text, view);
    const t = v.text;
    const minDecimals = numberOption(settings, coordinatesDetector, 'minDecimals', 4);
    const spans: Span[] = [];

    PREFIXED_RE.lastIndex = 0;
    for (let m = PREFIXED_RE.exec(t); m !== null; m = PREFIXED_RE.exec(t)) {
      const limit = LATITUDE_WORDS.has(m[1]) ? 90 : 180;
      if (m[3].length < minDecimals || Math.abs(Number(m[2])) > limit) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, rule: 'coordinates' });
    }
    SUFFIXED_RE.lastIndex = 0;
    for (let m = SUFFIXED_RE.exec(t); m !== null; m = SUFFIXED_RE.exec(t)) {
      const limit = m[3] === 'N' || m[3] === 'S' ? 90 : 180;
      if (m[2].length < minDecimals || Math.abs(Number(m[1])) > limit) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, rule: 'coordinates' });
    }
    DMS_RE.lastIndex = 0;
    for (let m = DMS_RE.exec(t); m !== null; m = DMS_RE.exec(t)) {
      const [, prefix, deg, unit, min, sec, dir] = m;
      if (Number(deg) > 180 || Number(min) >= 60 || (sec !== undefined && Number(sec) >= 60)) continue;
      const anchored = prefix !== undefined || dir !== undefined;
      // 30度5分 alone may be an angle or a time; with symbols and seconds it is a position.
      if (!anchored && (unit === '度' || sec === undefined)) continue;
      spans.push({ start: m.index, end: m.index + m[0].length, confidence: 0.85, rule: 'coordinates:dms' });
    }
    PAIR_RE.lastIndex = 0;
    for (let m = PAIR_RE.exec(t); m !== null; m = PAIR_RE.exec(t)) {
      const a = Math.abs(Number(m[1]));
      const b = Math.abs(Number(m[3]));
      if (m[2].length < minDecimals || m[4].length < minDecimals) continue;
      if (!((a <= 90 && b <= 180) || (a <= 180 && b <= 90))) continue;
      const start = m.index;
      const end = start + m[0].length;
      // Two long decimals may be statistics; a location word makes them a position.
      const confidence = contextConfidence(t, start, end, settings.contextWindow, 0.55, [
        { words: CONTEXT, confidence: 0.85 },
      ]);
      spans.push({ start, end, confidence, rule: 'coordinates:pair' });
      PAIR_RE.lastIndex = end;
    }

    // Patterns overlap (a prefixed decimal is also half of nothing else, but DMS and suffix
    // forms can share digits): keep the earliest, longest span.
    spans.sort((x, y) => x.start - y.start || y.end - x.end);
    const out: DetectorFinding[] = [];
    let lastEnd = -1;
    for (const s of spans) {
      if (s.start < lastEnd) continue;
      out.push(emit(v, s.start, s.end, 'coordinates', settings.severity, s.rule, s.confidence));
      lastEnd = s.end;
    }
    return out;
  },
};
