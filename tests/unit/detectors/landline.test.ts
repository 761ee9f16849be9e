import { describe, expect, it } from 'vitest';
import { isAreaCode, landlineDetector } from '../../../core/detectors/landline';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(landlineDetector, text);

describe('landline', () => {
  it('finds area code + separator + 7–8 digits', () => {
    expect(texts(run('电话：0716-8123456，010-62345678，021 64123456。'))).toEqual([
      '0716-8123456',
      '010-62345678',
      '021 64123456',
    ]);
  });

  it('finds a local number written in groups (4 + 4, 3 + 4)', () => {
    expect(texts(run('传真 021-6234 5678；电话 010-6512-3456；(0716)812 3456'))).toEqual([
      '021-6234 5678',
      '010-6512-3456',
      '(0716)812 3456',
    ]);
    expect(run('0716-812 34567')).toEqual([]);
  });

  it('accepts the area code in brackets, ASCII or full-width', () => {
    expect(texts(run('电话(0716)8123456；传真（010）62345678'))).toEqual(['(0716)8123456', '（010）62345678']);
  });

  it('includes an extension', () => {
    expect(texts(run('0716-8123456转8001'))).toEqual(['0716-8123456转8001']);
    expect(texts(run('0716-8123456-8001'))).toEqual(['0716-8123456-8001']);
  });

  it('knows which area codes exist', () => {
    expect(isAreaCode('010')).toBe(true);
    expect(isAreaCode('027')).toBe(true);
    expect(isAreaCode('0716')).toBe(true);
    expect(isAreaCode('011')).toBe(false);
    expect(isAreaCode('0123')).toBe(false);
    expect(run('011-62345678 0123-8123456')).toEqual([]);
  });

  it('rejects local numbers of the wrong length or with a leading 0/1', () => {
    expect(run('0716-812345')).toEqual([]);
    expect(run('0716-812345678')).toEqual([]);
    expect(run('0716-1123456')).toEqual([]);
  });

  it('does not read dates or decimals as phone numbers', () => {
    expect(run('2020-1234567 3.0716-8123456')).toEqual([]);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    expect(texts(run(`电话${fullWidth('0716')}－${fullWidth('8123456')}`))).toEqual([`${fullWidth('0716')}－${fullWidth('8123456')}`]);
    const [f] = run(`电话${zeroWidth('0716-8123456')}。`);
    expect(f.start).toBe(2);
    expect(f.text).toBe(zeroWidth('0716-8123456'));
  });
});
