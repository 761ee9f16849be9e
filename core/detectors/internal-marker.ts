// Internal-use markers: 内部资料, 内部文件, 内部使用, 注意保密, 注意保存, 注意保管, 不得外传
// (and their traditional forms 內部資料, 不得外傳). Documents carrying them
// need approval before publication. The same words also occur in ordinary sentences with
// another meaning — 内部文件管理, 注意保存体力, 请注意保存好票据 — where another ideograph
// continues the phrase; a marker ends at punctuation, a space, a bracket or the line's end.

import { emit, isIdeograph, viewOf } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';

// The few impossible combinations the flat classes allow (内部资件) are filtered by the set below.
// Candidates are found with indexOf from rare seeds rather than by a regex over the whole text:
// a regex starting with [内內注不] stops at every 不, one of the commonest characters. Matches
// of this pattern cannot overlap (no second to fourth character is a first one), so finding
// them seed by seed yields exactly the matches a left-to-right scan would.
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

/** Ascending starts of possible markers: 部 after 内/內, 注意保, 不 before 得外 (marker-starts.ts finds the same). */
function candidates(t: string): number[] {
  const at: number[] = [];
  for (let i = t.indexOf('部'); i >= 0; i = t.indexOf('部', i + 1)) {
    if (i > 0 && (t[i - 1] === '内' || t[i - 1] === '內')) at.push(i - 1);
  }
  for (let i = t.indexOf('注意保'); i >= 0; i = t.indexOf('注意保', i + 1)) at.push(i);
  for (let i = t.indexOf('得外'); i >= 0; i = t.indexOf('得外', i + 1)) if (i > 0 && t[i - 1] === '不') at.push(i - 1);
  return at.sort((a, b) => a - b);
}

export const internalMarkerDetector: Detector = {
  id: 'internal-marker',
  // Marked for internal use, not secret by itself: publication needs the bureau's ruling.
  defaultSeverity: 'escalate',
  label: { zh: '内部标志', en: 'Internal-use marker' },
  defaultContextWindow: 0,
  detect(text, settings, view) {
    const v = viewOf(text, view);
    return findMarkers(v, settings, candidates(v.text));
  },
  // The prefilter collected the same candidates in its pass.
  scan: (v, settings, windows) => findMarkers(v, settings, windows.markers),
};

function findMarkers(v: NormalizedView, settings: DetectorSettings, starts: readonly number[]): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  for (const start of starts) {
    MARKER_AT.lastIndex = start;
    const m = MARKER_AT.exec(t);
    if (m === null || !isMarker(m[0])) continue;
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
}
