// Matcher hits as flat (start, end, termId) triples. Objects are built only for
// what is shown or stored (see toArray), never in the scan loop.

export interface Hit {
  start: number;
  end: number;
  termId: number;
}

export class Hits {
  constructor(readonly data: Int32Array) {}

  get count(): number {
    return (this.data.length / 3) | 0;
  }
  start(i: number): number {
    return this.data[3 * i];
  }
  end(i: number): number {
    return this.data[3 * i + 1];
  }
  termId(i: number): number {
    return this.data[3 * i + 2];
  }
  toArray(): Hit[] {
    const out: Hit[] = [];
    for (let i = 0; i < this.count; i++) out.push({ start: this.start(i), end: this.end(i), termId: this.termId(i) });
    return out;
  }
}

/**
 * The highlighter's view: non-overlapping hits chosen left to right, the longest
 * at each start (ties: the lower term id). A hit that overlaps one already chosen
 * is dropped, even if it is longer, as in regex-style leftmost-longest semantics.
 */
export function leftmostLongest(hits: Hits): Hits {
  const n = hits.count;
  const d = hits.data;
  const order = new Int32Array(n);
  for (let i = 0; i < n; i++) order[i] = i;
  order.sort((a, b) => d[3 * a] - d[3 * b] || d[3 * b + 1] - d[3 * a + 1] || d[3 * a + 2] - d[3 * b + 2]);
  const out = new Int32Array(3 * n);
  let m = 0;
  let lastEnd = -1;
  for (let j = 0; j < n; j++) {
    const i = order[j];
    if (d[3 * i] < lastEnd) continue;
    out[m] = d[3 * i];
    out[m + 1] = d[3 * i + 1];
    out[m + 2] = d[3 * i + 2];
    m += 3;
    lastEnd = d[3 * i + 1];
  }
  return new Hits(out.slice(0, m));
}

/** Where a scan stopped, so a long text can be scanned in chunks (progress, cancellation). */
export interface ScanCursor {
  state: number;
}

/** A growable buffer of (start, end, termId) triples. */
export class HitBuffer {
  data: Int32Array;
  length = 0; // in int32s, i.e. 3 × hits
  /** `expected`: hits to make room for up front (growing means copying). */
  constructor(expected = 1024) {
    this.data = new Int32Array(3 * Math.max(16, expected));
  }
  /** Room for `ints` more int32s. Grows by at least doubling, so a text scanned in many
   * slices copies its earlier hits a bounded number of times, not once per slice. */
  reserve(ints: number): void {
    const need = this.length + ints;
    if (need <= this.data.length) return;
    const bigger = new Int32Array(Math.max(need, 2 * this.data.length));
    bigger.set(this.data.subarray(0, this.length));
    this.data = bigger;
  }
  toHits(): Hits {
    return new Hits(this.data.subarray(0, this.length));
  }
}

