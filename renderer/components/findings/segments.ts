// Splits a text into plain and highlighted segments from finding offsets. Findings may
// overlap (a term inside a classification mark, a detector and a term on the same
// digits), so the text is cut at every start and end and each piece remembers which
// findings cover it. Pure, so it is unit-tested and never touches the DOM.
import type { Severity } from '../../../core/model';

export interface Span { start: number; end: number; severity: Severity }

export interface Segment {
  start: number;
  end: number;
  text: string;
  /** Indexes (into the findings array) of every finding covering this piece. */
  covers: number[];
  /** Indexes of the findings that begin at this piece: their scroll anchor. */
  begins: number[];
}

const RANK: Record<Severity, number> = { block: 3, escalate: 2, warn: 1 };

export function worstSeverity(severities: Iterable<Severity>): Severity | null {
  let worst: Severity | null = null;
  for (const s of severities) if (worst === null || RANK[s] > RANK[worst]) worst = s;
  return worst;
}

/**
 * Segments of `text` between `from` and `to` (a window, so a very long layer can be shown
 * in parts); findings outside the window are ignored and those crossing it are clipped.
 * Offsets are clamped, so a stale finding can never throw or read past the text.
 */
export function segmentText(text: string, spans: readonly Span[], from = 0, to = text.length): Segment[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const cuts = new Set<number>([lo, hi]);
  const inside: number[] = [];
  spans.forEach((s, i) => {
    const start = Math.max(lo, s.start);
    const end = Math.min(hi, s.end);
    if (end <= start) return;
    inside.push(i);
    cuts.add(start);
    cuts.add(end);
  });
  const points = [...cuts].sort((a, b) => a - b);
  const segments: Segment[] = [];
  for (let k = 0; k + 1 < points.length; k += 1) {
    const start = points[k];
    const end = points[k + 1];
    const covers = inside.filter((i) => spans[i].start < end && spans[i].end > start);
    const begins = covers.filter((i) => Math.max(lo, spans[i].start) === start);
    segments.push({ start, end, text: text.slice(start, end), covers, begins });
  }
  return segments;
}
