import { describe, expect, it } from 'vitest';
import { plateDetector, plateKind } from '../../../core/detectors/plate';
import { detect, fullWidth, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(plateDetector, text);

describe('plate', () => {
  it('finds ordinary plates with and without the middle dot', () => {
    expect(texts(run('车牌号京A12345，沪B·C1234，粤Z 88X88'))).toEqual(['京A12345', '沪B·C1234', '粤Z 88X88']);
  });

  it('finds new-energy plates with D/F first (small) or last (large)', () => {
    expect(texts(run('新能源车粤BD12345、京AFA1234、苏E12345D'))).toEqual(['粤BD12345', '京AFA1234', '苏E12345D']);
    expect(run('粤BD12345')[0].rule).toBe('plate:new-energy');
  });

  it('finds plates ending in 挂/学/警/港/澳', () => {
    expect(texts(run('教练车浙A1234学，警车京A0001警，粤Z1234港'))).toEqual(['浙A1234学', '京A0001警', '粤Z1234港']);
    expect(plateKind('1234', '学')).toBe('special');
  });

  it('needs a province character (or 使/领) right before the office letter', () => {
    expect(texts(run('京 A12345'))).toEqual(['京 A12345']);
    expect(run('型号A12345、XA12345')).toEqual([]);
    expect(texts(run('使A12345'))).toEqual(['使A12345']);
  });

  it('rejects shapes that are not plates', () => {
    expect(run('京ABCDE')).toEqual([]); // no digits
    expect(run('京A1234')).toEqual([]); // too short
    expect(run('京A1234567')).toEqual([]); // too long
    expect(run('粤BX12345')).toEqual([]); // six characters without D/F
    expect(run('京I12345')).toEqual([]); // no I or O as office letter
    expect(run('北京a12345')).toEqual([]);
  });

  it('raises confidence with 车牌/车辆 nearby', () => {
    expect(run('车牌京A12345')[0].confidence).toBe(0.85);
    expect(run('编号京A12345')[0].confidence).toBe(0.7);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    expect(texts(run(`车牌京${fullWidth('A12345')}`))).toEqual([`京${fullWidth('A12345')}`]);
    const [f] = run(`车牌${zeroWidth('京A12345')}。`);
    expect(f.start).toBe(2);
    expect(f.text).toBe(zeroWidth('京A12345'));
  });
});
