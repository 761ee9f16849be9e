import { describe, expect, it } from 'vitest';
import { normalizedView, originalOffset, originalSpan } from '../../../core/detectors/normalized-view';

describe('normalized view', () => {
  it('is the text itself when nothing needs rewriting (no copy)', () => {
    const text = '关于印发（2020）的通知：电话0716-8123456，机密★1年';
    const v = normalizedView(text);
    expect(v.text).toBe(text);
    expect(v.shiftAt.length).toBe(0);
    expect(originalSpan(v, 3, 7)).toEqual([3, 7]);
  });

  it('maps full-width digits, letters and symbols one to one', () => {
    const v = normalizedView('号码１３８－１２３４．Ｘｙ＠');
    expect(v.text).toBe('号码138-1234.Xy@');
    expect(v.shiftAt.length).toBe(0);
  });

  it('drops zero-width characters and maps offsets back to the original', () => {
    const original = 'a\u200Bb\u200C\u200Dc\uFEFFd';
    const v = normalizedView(original);
    expect(v.text).toBe('abcd');
    expect([0, 1, 2, 3].map((i) => originalOffset(v, i))).toEqual([0, 2, 5, 7]);
    // A span keeps the dropped characters inside it, not those just outside.
    const [s, e] = originalSpan(v, 1, 3);
    expect(original.slice(s, e)).toBe('b\u200C\u200Dc');
  });

  it('keeps surrogate pairs and Chinese punctuation untouched', () => {
    const original = '𠀀１\u200B２，';
    const v = normalizedView(original);
    expect(v.text).toBe('𠀀12，');
    const [s, e] = originalSpan(v, 2, 4);
    expect(original.slice(s, e)).toBe('１\u200B２');
  });

  it('drops every invisible character the patterns could be split with', () => {
    for (const ch of ['\u200B', '\u200C', '\u200D', '\u200E', '\u200F', '\u2060', '\uFEFF', '\u00AD']) {
      const v = normalizedView(`138${ch}1234`);
      expect(v.text).toBe('1381234');
      expect(originalSpan(v, 0, 7)).toEqual([0, 8]);
    }
  });

  it('rewrites a lone full-width ＠, ＊ or ＋ even without full-width digits', () => {
    expect(normalizedView('a＠b.cn').text).toBe('a@b.cn');
    expect(normalizedView('机密＊十年').text).toBe('机密*十年');
    expect(normalizedView('＋86').text).toBe('+86');
  });

  it('maps hyphen variants to an ASCII hyphen', () => {
    expect(normalizedView('138\u20101234\u20115678').text).toBe('138-1234-5678');
  });
});
