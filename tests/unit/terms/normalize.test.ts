import { describe, expect, it } from 'vitest';
import { DROP, foldTable, foldUnit } from '../../../core/terms/charmap';
import { normalize, normalizeTerm, toOriginalSpan } from '../../../core/terms/normalize';

const fold = (s: string) => String.fromCharCode(...[...s].flatMap((ch) => [...Array(ch.length).keys()].map((i) => ch.charCodeAt(i))).map(foldUnit));

describe('fold table', () => {
  it('maps full-width forms to half-width', () => {
    expect(normalize('ＡＢＣ１２３（）').text).toBe('abc123()');
    expect(normalize('\u3000').text).toBe(' ');
  });

  it('maps traditional and variant characters to simplified', () => {
    expect(normalize('機密絕密國家祕密內部資料臺灣').text).toBe('机密绝密国家秘密内部资料台湾');
  });

  it('folds case, including full-width capitals', () => {
    expect(normalize('Top SECRET Ｘ').text).toBe('top secret x');
  });

  it('drops zero-width characters, the soft hyphen and the BOM', () => {
    for (const u of [0x200b, 0x200c, 0x200d, 0x2060, 0xfeff, 0x00ad]) expect(foldUnit(u)).toBe(DROP);
    expect(normalize('机\u200b密\u00ad文\ufeff件').text).toBe('机密文件');
  });

  it('leaves surrogates alone so pairs survive', () => {
    expect(normalize('𠀀𪚥').text).toBe('𠀀𪚥');
    expect(foldUnit(0xd840)).toBe(0xd840);
  });

  it('is idempotent: folding a folded unit changes nothing', () => {
    const t = foldTable();
    const bad: number[] = [];
    for (let u = 0; u < 0x10000; u++) if (t[u] >= 0 && t[t[u]] !== t[u]) bad.push(u);
    expect(bad).toEqual([]);
  });

  it('compatibility ideographs fold to the unified form', () => {
    expect(fold('\uf900')).toBe(fold('\u8c48')); // 豈 compatibility → 豈
  });
});

describe('offset map', () => {
  it('points every folded unit at its original character', () => {
    const text = 'ａ\u200b機 密·文件𠀀Ｂ';
    const n = normalize(text, { ignoreSeparators: true });
    expect(n.text).toBe('a机密文件𠀀b');
    expect([...n.offsets]).toEqual([0, 2, 4, 6, 7, 8, 9, 10]);
    // 机密 in the folded text is 機 密 in the original, separator included.
    const [s, e] = toOriginalSpan(n, 1, 3);
    expect(text.slice(s, e)).toBe('機 密');
    // The astral character keeps both units.
    const [s2, e2] = toOriginalSpan(n, 5, 7);
    expect(text.slice(s2, e2)).toBe('𠀀');
  });

  it('keeps separators when they are not ignored', () => {
    expect(normalize('机 密').text).toBe('机 密');
    expect(normalize('机 密', { ignoreSeparators: true }).text).toBe('机密');
  });

  it('does not skip sentence punctuation', () => {
    expect(normalize('危机。密切', { ignoreSeparators: true }).text).toBe('危机。密切');
  });
});

describe('normalizeTerm', () => {
  it('removes whitespace only when separators are ignored', () => {
    expect(normalizeTerm('Top Secret', { ignoreSeparators: true })).toBe('topsecret');
    expect(normalizeTerm('Top Secret')).toBe('top secret');
    expect(normalizeTerm('C++', { ignoreSeparators: true })).toBe('c++');
  });
});
