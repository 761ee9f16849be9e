import { describe, expect, it } from 'vitest';
import { mobileDetector } from '../../../core/detectors/mobile';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(mobileDetector, text);

describe('mobile', () => {
  it('finds 11-digit numbers with the 1[3-9] prefix', () => {
    expect(texts(run('联系人张三，13812345678；备用19912345678。'))).toEqual(['13812345678', '19912345678']);
  });

  it('rejects other second digits', () => {
    expect(run('12812345678 10012345678')).toEqual([]);
  });

  it('accepts +86 / 86 / 0086 and separators', () => {
    expect(texts(run('电话 +86 138-1234-5678，或 8613812345678，或 0086-13812345678'))).toEqual([
      '+86 138-1234-5678',
      '8613812345678',
      '0086-13812345678',
    ]);
    expect(texts(run('手机：138 1234 5678'))).toEqual(['138 1234 5678']);
  });

  it('reads full-width and typographic hyphens between ASCII digits', () => {
    expect(texts(run('电话138－1234－5678；138\u20101234\u20105678'))).toEqual(['138－1234－5678', '138\u20101234\u20105678']);
  });

  it('does not mix separator styles within one number', () => {
    expect(run('138-1234 5678')).toEqual([]);
  });

  it('is not found inside a longer digit run (an ID or an order number)', () => {
    expect(run('11010519491231002X')).toEqual([]);
    expect(run('订单 2023113812345678')).toEqual([]);
    expect(run('4401138123456789012')).toEqual([]);
  });

  it('raises confidence with a context word', () => {
    expect(run('手机：13812345678')[0].confidence).toBe(0.85);
    expect(run('编号13812345678')[0].confidence).toBe(0.65);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    expect(texts(run(`手机${fullWidth('13812345678')}`))).toEqual([fullWidth('13812345678')]);
    const [f] = run(`手机${zeroWidth('13812345678')}，`);
    expect(f.start).toBe(2);
    expect(f.text).toBe(zeroWidth('13812345678'));
    expect(f.severity).toBe('warn');
  });
});
