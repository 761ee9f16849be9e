import { describe, expect, test } from 'vitest';
import { segmentText, worstSeverity, type Span } from '../../../renderer/components/findings/segments';

const join = (segs: { text: string }[]) => segs.map((s) => s.text).join('');

describe('highlight segments', () => {
  test('plain text is one plain segment', () => {
    expect(segmentText('各科室', [])).toEqual([{ start: 0, end: 3, text: '各科室', covers: [], begins: [] }]);
  });

  test('overlapping findings split into pieces that each know what covers them', () => {
    const text = '正文机密★1年结束';
    const spans: Span[] = [{ start: 2, end: 7, severity: 'block' }, { start: 2, end: 4, severity: 'warn' }, { start: 3, end: 5, severity: 'escalate' }];
    const segs = segmentText(text, spans);
    expect(join(segs)).toBe(text);
    expect(segs.map((s) => [s.text, s.covers, s.begins])).toEqual([
      ['正文', [], []], ['机', [0, 1], [0, 1]], ['密', [0, 1, 2], [2]], ['★', [0, 2], []], ['1年', [0], []], ['结束', [], []],
    ]);
  });

  test('a window clips findings that cross it and drops those outside', () => {
    const text = 'abcdefghij';
    const segs = segmentText(text, [{ start: 1, end: 5, severity: 'warn' }, { start: 8, end: 9, severity: 'block' }], 3, 7);
    expect(segs.map((s) => [s.start, s.end, s.covers, s.begins])).toEqual([[3, 5, [0], [0]], [5, 7, [], []]]);
  });

  test('stale or bogus offsets never throw or read past the text', () => {
    const segs = segmentText('短', [{ start: -3, end: 99, severity: 'warn' }, { start: 5, end: 2, severity: 'block' }]);
    expect(segs).toEqual([{ start: 0, end: 1, text: '短', covers: [0], begins: [0] }]);
  });

  test('surrogate pairs stay whole when findings use UTF-16 offsets', () => {
    const text = '𠮷野家秘密';
    const segs = segmentText(text, [{ start: 4, end: 6, severity: 'block' }]);
    expect(segs.map((s) => s.text)).toEqual(['𠮷野家', '秘密']);
  });

  test('the worst severity wins', () => {
    expect(worstSeverity(['warn', 'block', 'escalate'])).toBe('block');
    expect(worstSeverity(['warn', 'escalate'])).toBe('escalate');
    expect(worstSeverity([])).toBeNull();
  });
});
