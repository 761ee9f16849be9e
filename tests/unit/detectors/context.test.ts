import { describe, expect, it } from 'vitest';
import { contextConfidence, hasContextWord } from '../../../core/detectors/context';

describe('context words', () => {
  const text = '持卡人身份证号码如下：' + 'x'.repeat(20) + 'NUMBER' + 'y'.repeat(20) + '。';
  const start = text.indexOf('NUMBER');
  const end = start + 6;

  it('finds a word inside the window and not outside it', () => {
    expect(hasContextWord(text, start, end, 40, ['身份证'])).toBe(true);
    expect(hasContextWord(text, start, end, 10, ['身份证'])).toBe(false);
  });

  it('looks after the hit too, and matches Latin words case-insensitively', () => {
    expect(hasContextWord('12345 Tel.', 0, 5, 10, ['tel'])).toBe(true);
  });

  it('does not count the hit itself as context', () => {
    expect(hasContextWord('卡号', 0, 2, 10, ['卡号'])).toBe(false);
  });

  it('takes the first matching rule, else the base', () => {
    const rules = [
      { words: ['版本'], confidence: 0.1 },
      { words: ['身份证'], confidence: 0.85 },
    ];
    expect(contextConfidence(text, start, end, 40, 0.75, rules)).toBe(0.85);
    expect(contextConfidence(text, start, end, 5, 0.75, rules)).toBe(0.75);
    expect(contextConfidence('版本 身份证 NUMBER', 10, 16, 20, 0.75, rules)).toBe(0.1);
  });
});
