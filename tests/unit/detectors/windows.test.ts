// The prefilter reads a scratch copy of the text's units, four at a time when they are
// aligned (prefilter.ts). Its answer must not depend on where a character falls relative to
// that alignment, on the text's end, on surrogates, or on what a longer earlier text left in
// the copy.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDetectors, runDetectorsReference } from '../../../core/detectors/index';
import { findWindows, type Windows } from '../../../core/detectors/windows';

/** What findWindows says about a text, with positions moved back by `by`. */
function shifted(w: Windows, by: number): unknown {
  const data = Array.from(w.data.subarray(0, w.count * 4)).map((x, i) => (i % 4 < 2 ? x - by : x));
  return { needsView: w.needsView, foldAt: w.foldAt < 0 ? -1 : w.foldAt - by, data, seen: w.seen, markers: w.markers.map((m) => m - by) };
}

// Characters the pass stops at or runs over, ideographs it skips, and surrogates.
const CHAR = fc.constantFrom(
  '0', '7', 'A', 'x', '@', ':', '.', '-', ' ', '(', '（', '°', '度', '号', '转', '第',
  '密', '令', '部', '内', '注', '意', '保', '不', '得', '外', '的', '是', '，', '。',
  '１', '\u200B', '\u00AD', '\uD840', '\uDC00', '𠀀',
);
const TEXT = fc.array(CHAR, { maxLength: 40 }).map((a) => a.join(''));

describe('prefilter pass over the aligned copy', () => {
  it('finds the same windows, seeds and fold position whatever the alignment (property)', () => {
    fc.assert(
      fc.property(TEXT, (t) => {
        const plain = shifted(findWindows(t), 0);
        // '的' is skipped and starts nothing: prefixing k of them only moves everything by k.
        for (let k = 1; k <= 8; k++) expect(shifted(findWindows('的'.repeat(k) + t), k)).toEqual(plain);
        // Nor does what follows the text's last unit change anything before it.
        for (let k = 1; k <= 8; k++) expect(shifted(findWindows(t + '的'.repeat(k)), 0)).toEqual(plain);
      }),
      { numRuns: 1000 },
    );
  });

  it('is not misled by what a longer earlier text left in the copy', () => {
    const shorts = ['', '的', '的的的', '注意', '注', '不得', '1', '的的的的的的的1', '内部'];
    const before = shorts.map((t) => shifted(findWindows(t), 0));
    // Fills the copy with digits and marker text past every short text's end.
    findWindows('注意保外13812345678'.repeat(100));
    expect(shorts.map((t) => shifted(findWindows(t), 0))).toEqual(before);
    expect(findWindows('注意').markers).toEqual([]);
    expect(findWindows('不得').markers).toEqual([]);
    expect(findWindows('的的的的的的的的').count).toBe(0);
  });

  it('lets go of the copy of a very long text and still reads the next ones', () => {
    const at = 1 << 24; // past the length whose copy is kept
    const big = findWindows(`${'的'.repeat(at)}13812345678注意保`);
    expect([big.count, big.data[0], big.data[1], big.data[2]]).toEqual([1, at, at + 11, 11]);
    expect(big.markers).toEqual([at + 11]);
    const small = findWindows('电话13812345678');
    expect([small.count, small.data[0], small.data[1]]).toEqual([1, 2, 13]);
    expect(findWindows('注意').markers).toEqual([]);
  });

  it('finds windows at the very start and end of a text, and texts made only of candidates', () => {
    for (let k = 0; k < 8; k++) {
      const pad = '的'.repeat(k);
      const w = findWindows(`${pad}7`);
      expect(w.count).toBe(1);
      expect([w.data[0], w.data[1], w.data[2]]).toEqual([k, k + 1, 1]);
      expect(findWindows(`7${pad}`).data.subarray(0, 3)).toEqual(Int32Array.from([0, 1, 1]));
      expect(findWindows(`${pad}不得外`).markers).toEqual([k]);
      expect(findWindows(`${pad}１`).foldAt).toBe(k);
    }
    for (let n = 1; n <= 12; n++) {
      const digits = findWindows('9'.repeat(n));
      expect([digits.count, digits.data[0], digits.data[1], digits.data[2]]).toEqual([1, 0, n, n]);
      const seeds = findWindows('得'.repeat(n));
      expect([seeds.count, seeds.markers.length]).toEqual([0, 0]);
      expect(findWindows('密令@:'.repeat(n)).seen & 0xf0).toBe(0xf0);
    }
  });

  it('keeps surrogate pairs and lone surrogates as they are (they only end windows)', () => {
    const t = '𠀀13812345678𠀀\uD840身份证11010519491231002X\uDC00x@y.cn';
    const w = findWindows(t);
    const found: string[] = [];
    for (let k = 0; k < w.count; k++) found.push(t.slice(w.data[k * 4], w.data[k * 4 + 1]));
    expect(found).toEqual(['13812345678', '11010519491231002X', 'x', 'y.cn']);
    for (const s of [t, t.slice(1), `的${t}`, `${t}\uD840`]) expect(runDetectors(s)).toEqual(runDetectorsReference(s));
    expect(runDetectors(t).map((f) => f.category)).toEqual(['mobile', 'resident-id', 'email']);
  });
});

describe('plate windows', () => {
  it('are skipped only when no province character can come before an office letter', () => {
    const texts = [
      '京A12345', '京 A12345', '京\u3000A12345', '车牌京A1234学', '12领A12345', '12领 A12345', '领A1234领',
      '使A12345', 'ABCDE12345', 'x A12345', '京-A12345', '9京A12345', '粤B·D12345', '京ＡＢ１２３４５',
      '的京A12345的', 'AB京A12345', '京A12345 沪B54321', '（京A12345）',
    ];
    for (const t of texts) expect(runDetectors(t)).toEqual(runDetectorsReference(t));
    expect(runDetectors('车辆京A12345，12领A12345').filter((f) => f.category === 'plate')).toHaveLength(2);
  });
});
