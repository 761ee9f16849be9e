// 密级和保密期限 (GB/T 9704-2012 §7.2.2): 绝密/机密/秘密, usually followed by ★ and a period,
// e.g. 机密★1年, 秘密★十年, 绝密★长期. A mark is recognised by its shape, not by the word:
// a star, a period, a 密级： label, or the word standing alone on its line. The bare word in
// prose (揭开宇宙的秘密, 国家机密) is left to the term library. Traditional forms (機密, 絕密,
// 祕密) are part of the pattern. At the top of the first page — where
// GB/T 9704 puts it — a mark is even more certain.

import { emit, isIdeograph, viewOf } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { SEEN_MI } from './windows';

// Traditional forms (機密, 絕密, 祕密, 長期, 兩年, 密級) are matched directly; see normalized-view.ts.
// The scan jumps from one 密 to the next with indexOf (a native search, far cheaper than a
// regex whose first character is a class of scattered ideographs) and looks back for the level.
const LEVEL = '绝絕机機秘祕';
const SPACES = /[ \u3000\t]*/y;
// ＊ is listed because a text without full-width digits is not rewritten by the view.
const STAR = /[★☆*＊·•●⋆][ \u3000]?/y;
const PERIOD = /(?:\d{1,3}|[一二三四五六七八九十两兩]{1,3})[ \u3000]?年|[长長]期|永久/y;
const LABEL_BEFORE = /密[级級][ \u3000]*[:：]?[ \u3000]*$/;
const BRACKETS = '【】[]［］()（）〔〕<>《》「」';

function skip(re: RegExp, t: string, pos: number): number {
  re.lastIndex = pos;
  return re.test(t) ? re.lastIndex : pos;
}

/** Whether [start, end) is the only content of its line, ignoring spaces and brackets. */
function aloneOnLine(t: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0; i--) {
    const ch = t[i];
    if (ch === '\n' || ch === '\r') break;
    if (ch !== ' ' && ch !== '\u3000' && ch !== '\t' && !BRACKETS.includes(ch)) return false;
  }
  for (let i = end; i < t.length; i++) {
    const ch = t[i];
    if (ch === '\n' || ch === '\r') break;
    if (ch !== ' ' && ch !== '\u3000' && ch !== '\t' && !BRACKETS.includes(ch)) return false;
  }
  return true;
}

/** GB/T 9704 header area: at most the 份号 line and blank lines before it. */
function inHeader(t: string, start: number): boolean {
  if (start > 300) return false;
  let lines = 0;
  let content = false;
  for (let i = 0; i < start; i++) {
    const ch = t[i];
    if (ch === '\n') {
      if (content) lines++;
      content = false;
    } else if (ch !== ' ' && ch !== '\u3000' && ch !== '\r' && ch !== '\t') content = true;
  }
  return lines <= 2 && !content;
}

export const classificationMarkDetector: Detector = {
  id: 'classification-mark',
  // A marked document may not go online at all (保密法): nothing can approve it while present.
  defaultSeverity: 'block',
  label: { zh: '密级标志', en: 'Classification mark' },
  defaultContextWindow: 0,
  detect(text, settings, view) {
    return findMarks(viewOf(text, view), settings);
  },
  // Every mark contains 密: a text the prefilter saw without one has none.
  scan: (v, settings, windows) => ((windows.seen & SEEN_MI) !== 0 ? findMarks(v, settings) : []),
};

function findMarks(v: NormalizedView, settings: DetectorSettings): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  let from = 0;
  for (let mi = t.indexOf('密'); mi >= 0; mi = t.indexOf('密', Math.max(mi + 1, from))) {
    let start = mi - 1;
    if (start >= 0 && (t[start] === ' ' || t[start] === '\u3000')) start--;
    if (start < 0 || !LEVEL.includes(t[start])) continue;
    let end = mi + 1;
    const afterSpaces = skip(SPACES, t, end);
    let afterStar = skip(STAR, t, afterSpaces);
    // **秘密** is Markdown emphasis, not a star: an ASCII * counts only when it is single.
    if (t[afterSpaces] === '*' && (t[afterSpaces + 1] === '*' || t[start - 1] === '*')) afterStar = afterSpaces;
    const hasStar = afterStar > afterSpaces;
    PERIOD.lastIndex = hasStar ? afterStar : afterSpaces;
    const period = PERIOD.exec(t);
    // Without a star, only a numeric period that ends the phrase counts: 秘密长期存在 and
    // 这个秘密十年来无人知晓 are prose.
    const hasPeriod =
      period !== null &&
      (hasStar || (period[0].endsWith('年') && !isIdeograph(t.charCodeAt(PERIOD.lastIndex))));
    if (hasPeriod) end = PERIOD.lastIndex;
    else if (hasStar) end = afterStar;
    const next = t.charCodeAt(end);
    let confidence: number;
    if (hasStar || hasPeriod) confidence = 0.95;
    else if (LABEL_BEFORE.test(t.slice(Math.max(0, start - 8), start))) confidence = 0.9;
    else if (aloneOnLine(t, start, end)) confidence = 0.85;
    else continue;
    // 秘密★1年度… runs on into another word: still reported, with less certainty.
    if (hasPeriod && isIdeograph(next)) confidence -= 0.15;
    const header = inHeader(t, start);
    if (header) confidence = Math.max(confidence, 0.98);
    // Trim spaces the star pattern swallowed after a bare star.
    while (end > start && (t[end - 1] === ' ' || t[end - 1] === '\u3000')) end--;
    const rule = header ? 'classification-mark:header' : 'classification-mark';
    out.push(emit(v, start, end, 'classification-mark', settings.severity, rule, confidence));
    from = end;
  }
  return out;
}
