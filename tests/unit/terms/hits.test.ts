import { describe, expect, it } from 'vitest';
import { Hits, leftmostLongest } from '../../../core/terms/hits';
import { compileTerms } from '../../../core/terms/matcher';

describe('leftmostLongest', () => {
  it('keeps the longest hit at the leftmost start and drops what overlaps it', () => {
    const m = compileTerms([{ id: 1, text: '绝密' }, { id: 2, text: '绝密文件' }, { id: 3, text: '文件柜' }, { id: 4, text: '柜子' }]);
    const text = '绝密文件柜子';
    const view = leftmostLongest(m.scan(text)).toArray();
    expect(view.map((h) => text.slice(h.start, h.end))).toEqual(['绝密文件', '柜子']);
  });

  it('breaks ties between identical spans by the lower id', () => {
    const hits = new Hits(Int32Array.from([0, 2, 9, 0, 2, 3, 1, 3, 5]));
    expect(leftmostLongest(hits).toArray()).toEqual([{ start: 0, end: 2, termId: 3 }]);
  });

  it('returns nothing for nothing', () => {
    expect(leftmostLongest(new Hits(new Int32Array(0))).count).toBe(0);
  });
});
