// 发文字号 (GB/T 9704-2012 §7.2.4): issuer abbreviation + year in 〔〕 (also [] ［］ () （）
// 【】) + serial + 号, e.g. 国办发〔2010〕57号; and decrees: …令第N号 (N in digits or numerals).
// The bracket/year/号 tail is found by regex; the issuer is walked back by hand, because a
// leading `[\u4e00-\u9fff]{1,12}` would retry at every ideograph of ordinary prose.

import { emit, isIdeograph } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { HAS_BRACKET, SEEN_LING, windowText } from './windows';
import { overWindows } from './over-windows';

const NUMBER_RE = /[〔[［(（【][ \u3000]?(?:19|20)\d{2}[ \u3000]?[〕\]］)）】][ \u3000]?第?[ \u3000]?\d{1,5}[ \u3000]?[号號]/g;
// 令 is common (命令, 责令, 令人); decrees are found from the rarer 令第 by indexOf, then read on.
const DECREE_AT = /令[ \u3000]?第[ \u3000]?(?:\d{1,5}|[一二三四五六七八九十百千零〇两兩]{1,8})[ \u3000]?[号號]/y;
const DECREE_SEEDS = ['令第', '令 第', '令\u3000第'];

// Words that end the prose before an issuer: 根据国办发…, 印发的京政发…, 按照…
const STOP = new Set([...'的了和与及按照据依根在于对为是将把被由从向等见附即经、']);
// Decree issuers include 中华人民共和国…, so 和 cannot end the prose before them.
const DECREE_STOP = new Set([...STOP].filter((c) => c !== '和'));

/** Start of the issuer abbreviation that ends just before `pos`, or -1 when there is none. */
function issuerStart(t: string, pos: number, max: number, min: number, stop: Set<string>): number {
  let s = pos;
  while (s > 0 && pos - s < max) {
    const c = t.charCodeAt(s - 1);
    if (!isIdeograph(c) || stop.has(t[s - 1])) break;
    s--;
  }
  return pos - s >= min ? s : -1;
}

/**
 * Bracketed numbers whose match lies in one of `ranges` (flat [start, end, …] of `v.text`);
 * decrees, if `decrees`, in the whole text (from the rare 令第, by indexOf).
 */
function findNumbers(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[], decrees: boolean): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    NUMBER_RE.lastIndex = 0;
    for (let m = NUMBER_RE.exec(sub); m !== null; m = NUMBER_RE.exec(sub)) {
      const at = a + m.index;
      const s = issuerStart(t, at, 8, 1, STOP);
      if (s < 0) continue;
      out.push(emit(v, s, at + m[0].length, 'doc-number', settings.severity, 'doc-number', 0.8));
    }
  }
  for (const seed of decrees ? DECREE_SEEDS : []) {
    for (let at = t.indexOf(seed); at >= 0; at = t.indexOf(seed, at + 1)) {
      DECREE_AT.lastIndex = at;
      const m = DECREE_AT.exec(t);
      if (m === null) continue;
      const s = issuerStart(t, at, 14, 2, DECREE_STOP);
      if (s < 0) continue;
      out.push(emit(v, s, at + m[0].length, 'doc-number', settings.severity, 'doc-number:decree', 0.8));
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out;
}

export const docNumberDetector: Detector = {
  id: 'doc-number',
  // Citing a document number is normal for public documents; it flags documents the reviewer
  // should check are themselves public, so it warns.
  defaultSeverity: 'warn',
  label: { zh: '发文字号', en: 'Document number' },
  defaultContextWindow: 0,
  // An opening bracket, a four-digit year and a serial: at least five digits.
  // Decrees are searched only when the prefilter saw a 令.
  ...overWindows(findNumbers, 5, HAS_BRACKET, SEEN_LING),
};
