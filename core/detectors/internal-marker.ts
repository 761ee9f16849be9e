// Internal-use markers: 内部资料, 内部文件, 内部使用, 注意保密, 注意保存, 注意保管, 不得外传
// (and their traditional forms 內部資料, 不得外傳). Documents carrying them
// need approval before publication. The same words also occur in ordinary sentences with
// another meaning — 内部文件管理, 注意保存体力, 请注意保存好票据 — where another ideograph
// continues the phrase; a marker ends at punctuation, a space, a bracket or the line's end.

import { emit, isIdeograph, viewOf } from './finding';
import type { Detector, DetectorFinding } from './types';

// Flat alternatives of four fixed positions let V8 skip ahead (nested groups defeat it); the
// few impossible combinations the flat classes allow (内部资件) are filtered by the set below.
const MARKER_RE = /[内內]部[资資文使][料件用]|注意保[密存管]|不得外[传傳]/g;
const MARKER_AT = /[内內]部[资資文使][料件用]|注意保[密存管]|不得外[传傳]/y;
const VALID = new Set(['部资料', '部資料', '部文件', '部使用']);

function isMarker(word: string): boolean {
  return word[0] === '注' || word[0] === '不' || VALID.has(word.slice(1));
}
// Tails that keep the marker meaning: 内部资料（请勿外传）, 注意保密！, 内部文件：
const BRACKET_BEFORE = '【[［(（〔<《「';
const MODAL_BEFORE = '要应须请需必务';

function lineStart(t: string, pos: number): boolean {
  for (let i = pos - 1; i >= 0; i--) {
    const ch = t[i];
    if (ch === '\n' || ch === '\r') return true;
    if (ch !== ' ' && ch !== '\u3000' && ch !== '\t' && !BRACKET_BEFORE.includes(ch)) return false;
  }
  return true;
}

export const internalMarkerDetector: Detector = {
  id: 'internal-marker',
  // Marked for internal use, not secret by itself: publication needs the bureau's ruling.
  defaultSeverity: 'escalate',
  label: { zh: '内部标志', en: 'Internal-use marker' },
  defaultContextWindow: 0,
  detect(text, settings, view) {
    const v = viewOf(text, view);
    const t = v.text;
    const out: DetectorFinding[] = [];
    MARKER_RE.lastIndex = 0;
    for (let m = MARKER_RE.exec(t); m !== null; m = MARKER_RE.exec(t)) {
      if (!isMarker(m[0])) continue;
      const start = m.index;
      const end = start + m[0].length;
      let next = end;
      while (t[next] === ' ' || t[next] === '\u3000') next++;
      if (next < t.length && isIdeograph(t.charCodeAt(next))) {
        // 内部资料注意保存 is two markers side by side, not a longer word.
        MARKER_AT.lastIndex = next;
        const following = MARKER_AT.exec(t);
        if (following === null || !isMarker(following[0])) continue;
      }
      let confidence: number;
      if (lineStart(t, start) || BRACKET_BEFORE.includes(t[start - 1] ?? '')) confidence = 0.9;
      // 工作人员要注意保密。 is advice in prose more often than a marker.
      else if (MODAL_BEFORE.includes(t[start - 1] ?? '')) confidence = 0.5;
      else confidence = 0.7;
      out.push(emit(v, start, end, 'internal-marker', settings.severity, 'internal-marker', confidence));
    }
    return out;
  },
};
