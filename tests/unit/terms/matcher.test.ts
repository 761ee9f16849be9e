import { describe, expect, it } from 'vitest';
import { compileTerms, HitBuffer } from '../../../core/terms/matcher';
import type { TermInput } from '../../../core/terms/matcher';
import { referenceHits, triples } from './reference';

const terms = (...texts: string[]): TermInput[] => texts.map((text, i) => ({ id: i + 1, text }));
const spans = (text: string, list: TermInput[], options = {}) =>
  triples(compileTerms(list, options).scan(text)).map(([s, e, id]) => [text.slice(s, e), id]);

describe('matcher', () => {
  it('finds every overlapping occurrence (he/she/his/hers)', () => {
    const list = terms('he', 'she', 'his', 'hers');
    expect(spans('ushers', list)).toEqual([['she', 2], ['he', 1], ['hers', 4]]);
    expect(triples(compileTerms(list).scan('ushers'))).toEqual(referenceHits(list, 'ushers'));
  });

  it('finds nested Chinese terms', () => {
    const list = terms('绝密', '绝密文件', '密文', '文件');
    expect(spans('这是绝密文件。', list)).toEqual([['绝密', 1], ['绝密文件', 2], ['密文', 3], ['文件', 4]]);
  });

  it('follows a failure link two units deep even when the last unit alone has the child', () => {
    // At 'd' after "abc" the failure state is "bc", whose child "bcd" must win over the
    // child of "c" that the packed scan probes without branching.
    const list = terms('abc', 'bcd', 'cd');
    expect(spans('abcd', list)).toEqual([['abc', 1], ['bcd', 2], ['cd', 3]]);
    expect(spans('宣传部门', terms('宣传部', '传部门', '部门'))).toEqual([['宣传部', 1], ['传部门', 2], ['部门', 3]]);
  });

  it('returns to the root on a unit no term has, and carries the previous unit across chunks', () => {
    const list = terms('机密', '密件');
    const text = '机密件。机x密件';
    const want = referenceHits(list, text);
    const m = compileTerms(list);
    const out = new HitBuffer();
    const cursor = m.cursor();
    for (let i = 0; i < text.length; i++) m.scanRange(text, i, i + 1, cursor, out);
    expect(triples(out.toHits())).toEqual(want);
    expect(spans(text, list)).toEqual([['机密', 1], ['密件', 2], ['密件', 2]]);
  });

  it('matches traditional, full-width, case and zero-width variants at the original offsets', () => {
    const list = terms('机密', 'top secret', 'gps');
    const text = '機\u200b密 and TOP SECRET and ＧＰＳ';
    expect(spans(text, list)).toEqual([['機\u200b密', 1], ['TOP SECRET', 2], ['ＧＰＳ', 3]]);
  });

  it('skips inserted whitespace and punctuation only when asked', () => {
    const list = terms('机密');
    expect(spans('机 密，机·密，机\n密', list)).toEqual([]);
    expect(spans('机 密，机·密，机\n密', list, { ignoreSeparators: true })).toEqual([['机 密', 1], ['机·密', 1], ['机\n密', 1]]);
    // Sentence punctuation is not skipped: it separates words.
    expect(spans('危机。密切', list, { ignoreSeparators: true })).toEqual([]);
  });

  it('keeps a separator significant when a term contains it', () => {
    const list = terms('c++', 'cc');
    expect(spans('C++ and c+c', list, { ignoreSeparators: true })).toEqual([['C++', 1]]);
  });

  it('matches astral characters as whole surrogate pairs', () => {
    const list = terms('𠀀好', '好𠀀');
    expect(spans('𠀀好𠀀', list)).toEqual([['𠀀好', 1], ['好𠀀', 2]]);
    // A lone high surrogate in the text does not produce a half-character hit.
    expect(spans('\ud840好', list)).toEqual([]);
  });

  it('reports every id whose term folds to the same text', () => {
    const list = [{ id: 7, text: '機密' }, { id: 9, text: '机密' }, { id: 8, text: '機 密' }];
    expect(spans('机密', list, { ignoreSeparators: true })).toEqual([['机密', 7], ['机密', 8], ['机密', 9]]);
  });

  it('rejects empty, invisible-only and malformed terms and says why', () => {
    const m = compileTerms([{ id: 1, text: '' }, { id: 2, text: '\u200b\u200d' }, { id: 3, text: 'a\udc00' }, { id: 4, text: 'ok' }]);
    expect(m.rejected.map((r) => [r.id, r.reason])).toEqual([[1, 'empty'], [2, 'empty'], [3, 'malformed']]);
    expect(m.termCount).toBe(1);
  });

  it('gives the same hits when the text is scanned in chunks', () => {
    const list = terms('机密', '绝密文件', '文件', 'abc');
    const text = '绝密文件机\u200b密ABC'.repeat(50);
    const m = compileTerms(list);
    const whole = triples(m.scan(text));
    for (const chunk of [1, 3, 7, 64]) {
      const out = new HitBuffer();
      const cursor = m.cursor();
      for (let from = 0; from < text.length; from += chunk) m.scanRange(text, from, Math.min(text.length, from + chunk), cursor, out);
      expect(triples(out.toHits())).toEqual(whole);
    }
  });

  it('agrees with the reference on a larger random lexicon and text', () => {
    let seed = 42;
    const rand = () => ((seed = (seed * 1103515245 + 12345) >>> 0) / 2 ** 32);
    const pool = '机密绝文件国家秘内部资料军事设施統計數據ａＢc\u200b ·𠀀';
    const chars = [...pool];
    const pick = () => chars[Math.floor(rand() * chars.length)];
    const list: TermInput[] = [];
    for (let i = 0; i < 800; i++) {
      let t = '';
      const len = 1 + Math.floor(rand() * 5);
      for (let j = 0; j < len; j++) t += pick();
      list.push({ id: i, text: t });
    }
    let text = '';
    for (let i = 0; i < 5000; i++) text += pick();
    for (const options of [{}, { ignoreSeparators: true }]) {
      expect(triples(compileTerms(list, options).scan(text))).toEqual(referenceHits(list, text, options));
    }
  });

  it('agrees with the reference when the lexicon is too large for the packed layout', () => {
    let seed = 7;
    const rand = () => ((seed = (Math.imul(seed, 1103515245) + 12345) >>> 0) / 2 ** 32);
    // ~15,000 distinct CJK characters (15-bit codes) and ~40,000 slots (16-bit bases): 34 bits with the flags.
    const cjk = () => String.fromCharCode(0x4e00 + Math.floor(rand() * 15000));
    const list: TermInput[] = [];
    for (let i = 0; i < 16000; i++) {
      let t = '';
      const len = 2 + Math.floor(rand() * 3);
      for (let j = 0; j < len; j++) t += cjk();
      list.push({ id: i, text: t });
    }
    list.push({ id: 16000, text: list[5].text }, { id: 16001, text: list[5].text.slice(1) });
    let text = '';
    for (let i = 0; i < 400; i++) {
      const r = rand();
      text += r < 0.5 ? list[Math.floor(rand() * list.length)].text : r < 0.6 ? ' \u200b' : r < 0.7 ? 'x' : cjk();
    }
    for (const options of [{}, { ignoreSeparators: true }]) {
      const m = compileTerms(list, options);
      expect((m as unknown as { tables: { word: Int32Array } }).tables.word.length).toBe(0);
      const want = referenceHits(list, text, options);
      expect(want.length).toBeGreaterThan(100);
      expect(triples(m.scan(text))).toEqual(want);
      const out = new HitBuffer();
      const cursor = m.cursor();
      for (let from = 0; from < text.length; from += 5) m.scanRange(text, from, Math.min(text.length, from + 5), cursor, out);
      expect(triples(out.toHits())).toEqual(want);
    }
  });

  it('uses the packed layout for an ordinary lexicon', () => {
    const m = compileTerms(terms('机密', '绝密'));
    expect((m as unknown as { tables: { word: Int32Array } }).tables.word.length).toBeGreaterThan(0);
  });

  it('gives back the marks scratch a very large text grew, and keeps a moderate one for the next scan', () => {
    const m = compileTerms(terms('机密'));
    const fresh = m.marksCapacity;
    expect(triples(m.scan('机密'.repeat(2_000)))).toHaveLength(2_000);
    const moderate = m.marksCapacity;
    expect(moderate).toBeGreaterThan(fresh);
    expect(triples(m.scan('机密'.repeat(2_000)))).toHaveLength(2_000);
    expect(m.marksCapacity).toBe(moderate);
    // 300,000 marks of three entries each: far past what a matcher keeps.
    expect(triples(m.scan('机密'.repeat(300_000)))).toHaveLength(300_000);
    expect(m.marksCapacity).toBe(fresh);
  });

  it('builds tables of a plausible size', () => {
    const m = compileTerms(terms('机密', '绝密'));
    expect(m.slots).toBeGreaterThan(2);
    expect(m.byteSize).toBeLessThan(1 << 20);
  });
});
