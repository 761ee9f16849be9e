// The allow list: a finding that lies wholly inside an occurrence of an allowed
// phrase of matching scope is dropped (秘密 inside 揭开宇宙的秘密). The phrases are
// matched with the same matcher and normalisation as the terms, so 揭開宇宙的祕密
// is allowed too.

import type { Finding } from '../model';
import type { AllowEntry } from './library';
import { compileTerms } from './matcher';
import type { Matcher, MatcherOptions } from './matcher';

/** Most characters a "…" in an allow phrase stands for. */
export const ALLOW_GAP = 12;

const GAP = /…+|\.{3,}/;

interface Span {
  start: number;
  end: number;
}

export class AllowList {
  private readonly matcher: Matcher;
  /** parts[e] = number of literal parts of entry e; part p of entry e has id e·64 + p. */
  private readonly parts: number[];

  constructor(readonly entries: readonly AllowEntry[], options: MatcherOptions = {}) {
    const terms: { id: number; text: string }[] = [];
    this.parts = entries.map((entry, e) => {
      const pieces = entry.phrase.split(GAP).filter((x) => x.length > 0).slice(0, 64);
      pieces.forEach((text, p) => terms.push({ id: e * 64 + p, text }));
      return pieces.length;
    });
    this.matcher = compileTerms(terms, options);
  }

  /** Occurrences of each entry in `text`. */
  occurrences(text: string): Span[][] {
    const byPart = new Map<number, Span[]>();
    const hits = this.matcher.scan(text);
    for (let i = 0; i < hits.count; i++) {
      const id = hits.termId(i);
      let list = byPart.get(id);
      if (!list) byPart.set(id, (list = []));
      list.push({ start: hits.start(i), end: hits.end(i) });
    }
    return this.parts.map((count, e) => {
      let spans = byPart.get(e * 64) ?? [];
      for (let p = 1; p < count && spans.length > 0; p++) spans = chain(spans, byPart.get(e * 64 + p) ?? []);
      return spans;
    });
  }

  /** `findings` minus those an allowed phrase of matching scope covers. */
  filter<F extends Pick<Finding, 'start' | 'end' | 'rule' | 'category'>>(text: string, findings: F[]): F[] {
    if (this.entries.length === 0 || findings.length === 0) return findings;
    const occ = this.occurrences(text);
    const covers = occ.map((spans) => coverIndex(spans));
    return findings.filter((f) => !this.entries.some((entry, e) => {
      if (occ[e].length === 0) return false;
      if (entry.rule !== undefined && entry.rule !== f.rule) return false;
      if (entry.category !== undefined && entry.category !== f.category) return false;
      return covers[e](f.start, f.end);
    }));
  }
}

/** Join each occurrence of the next part to an earlier span ending at most ALLOW_GAP units before it. */
function chain(prev: Span[], next: Span[]): Span[] {
  const byEnd = [...prev].sort((a, b) => a.end - b.end);
  const out: Span[] = [];
  let lo = 0;
  for (const h of [...next].sort((a, b) => a.start - b.start)) {
    while (lo < byEnd.length && byEnd[lo].end < h.start - ALLOW_GAP) lo++;
    let best = -1;
    for (let j = lo; j < byEnd.length && byEnd[j].end <= h.start; j++) {
      if (best < 0 || byEnd[j].start < best) best = byEnd[j].start;
    }
    if (best >= 0) out.push({ start: best, end: h.end });
  }
  return out;
}

/** A test "is [start, end) inside one of the spans": prefix maxima of ends over spans sorted by start. */
function coverIndex(spans: Span[]): (start: number, end: number) => boolean {
  const sorted = [...spans].sort((a, b) => a.start - b.start);
  const starts = sorted.map((s) => s.start);
  const maxEnd: number[] = [];
  let m = -1;
  for (const s of sorted) maxEnd.push((m = Math.max(m, s.end)));
  return (start, end) => {
    let lo = 0;
    let hi = starts.length; // first index with starts[i] > start
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (starts[mid] <= start) lo = mid + 1; else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= end;
  };
}
