// Placement of a trie into a double array (base/check), used by compileTerms.

/**
 * Place the trie's nodes into double-array slots. Each node with children gets
 * the first unused base at which all its children's slots are free (first fit).
 * `code` holds codes from 2 up (0 and 1 are reserved by the scan).
 */
export function placeTrie(nodes: number, parent: Int32Array, code: Int32Array, alpha: number) {
  // Children of each node sorted by code: counting sort by code, then stable by parent.
  const byCode = countingSort(nodes, code, alpha + 2, 1);
  const firstChild = new Int32Array(nodes + 1);
  for (let i = 1; i < nodes; i++) firstChild[parent[i] + 1]++;
  for (let i = 0; i < nodes; i++) firstChild[i + 1] += firstChild[i];
  const fill = firstChild.slice(0, nodes);
  const children = new Int32Array(Math.max(nodes - 1, 0));
  for (const i of byCode) children[fill[parent[i]]++] = i;

  const slotOf = new Int32Array(nodes);
  const baseOf = new Int32Array(nodes);
  // Shallow levels first, so the states a scan visits most (the root, its children
  // and grandchildren) share a few hundred kilobytes at the front of the array;
  // within a level, nodes with the most children first, while the array is still
  // sparse enough to fit their spread of codes.
  const depth = new Uint8Array(nodes);
  for (let i = 1; i < nodes; i++) depth[i] = Math.min(255, depth[parent[i]] + 1); // parents are created first
  const order: number[] = [];
  for (let i = 0; i < nodes; i++) if (firstChild[i + 1] > firstChild[i]) order.push(i);
  const kids = (i: number) => firstChild[i + 1] - firstChild[i];
  order.sort((a, b) => depth[a] - depth[b] || kids(b) - kids(a) || a - b);
  // next[i] leads to the first free slot >= i (union–find with path halving), so
  // the search jumps over occupied runs instead of walking them.
  let cap = Math.max(1024, 2 * nodes + 2 * alpha + 2);
  let used = new Uint8Array(cap);
  let next = new Int32Array(cap);
  for (let i = 0; i < cap; i++) next[i] = i;
  const free = (i: number): number => {
    while (next[i] !== i) { next[i] = next[next[i]]; i = next[i]; }
    return i;
  };
  const take = (slot: number) => { used[slot] = 1; next[slot] = slot + 1; };
  // Bases are unique, so the check field can hold the child's code (which fits in
  // 16 bits) instead of its parent's slot: base[s] + c === t with check[t] === c
  // then names exactly one parent.
  let baseUsed = new Uint8Array(cap);
  take(0);
  let maxSlot = 0;
  // Nodes with several children rarely fit in a dense region; once a search has
  // had to try many positions, later ones start where it succeeded (as darts does).
  let wideFrom = 0;
  for (const node of order) {
    const lo = firstChild[node];
    const hi = firstChild[node + 1];
    const c0 = code[children[lo]];
    const cLast = code[children[hi - 1]];
    let pos = free(hi - lo > 1 ? Math.max(c0, wideFrom + c0) : c0);
    let tries = 0;
    search: for (;; pos = free(pos + 1)) {
      tries++;
      while (pos - c0 + cLast + 2 >= cap) {
        const bigUsed = new Uint8Array(cap * 2);
        bigUsed.set(used);
        const bigNext = new Int32Array(cap * 2);
        bigNext.set(next);
        const bigBase = new Uint8Array(cap * 2);
        bigBase.set(baseUsed);
        baseUsed = bigBase;
        for (let i = cap; i < cap * 2; i++) bigNext[i] = i;
        used = bigUsed;
        next = bigNext;
        cap *= 2;
      }
      const base = pos - c0;
      if (baseUsed[base]) continue;
      for (let j = hi - 1; j > lo; j--) if (used[base + code[children[j]]]) continue search;
      break;
    }
    if (tries > 64) wideFrom = pos - c0;
    const base = pos - c0;
    baseOf[node] = base;
    baseUsed[base] = 1;
    for (let j = lo; j < hi; j++) {
      const slot = base + code[children[j]];
      take(slot);
      slotOf[children[j]] = slot;
      if (slot > maxSlot) maxSlot = slot;
    }
  }
  const bfs = new Int32Array(nodes);
  let tail = 1; // bfs[0] = 0, the root
  for (let head = 0; head < tail; head++) {
    const node = bfs[head];
    for (let j = firstChild[node]; j < firstChild[node + 1]; j++) bfs[tail++] = children[j];
  }
  // Leaves share one base that no node with children has: every probe from a leaf
  // then meets a check naming another parent's code.
  let leafBase = 0;
  while (leafBase < cap && baseUsed[leafBase]) leafBase++;
  for (let i = 0; i < nodes; i++) if (firstChild[i + 1] === firstChild[i]) baseOf[i] = leafBase;
  // Every base + code read at scan time must stay inside the array.
  let maxBase = 0;
  for (let i = 0; i < nodes; i++) if (baseOf[i] > maxBase) maxBase = baseOf[i];
  const size = Math.max(maxSlot, maxBase + alpha + 1) + 1;
  return { slotOf, baseOf, bfs, firstChild, children, size, leafBase };
}

/** Indices 1..n-1 ordered by key (stable). */
function countingSort(n: number, key: Int32Array, buckets: number, from: number): Int32Array {
  const count = new Int32Array(buckets + 1);
  for (let i = from; i < n; i++) count[key[i] + 1]++;
  for (let b = 0; b < buckets; b++) count[b + 1] += count[b];
  const out = new Int32Array(n - from);
  for (let i = from; i < n; i++) out[count[key[i]]++] = i;
  return out;
}
