import { describe, expect, it } from 'vitest';
import { isValidResidentId, residentIdCheckChar, residentIdDetector } from '../../../core/detectors/resident-id';
import { detect, fullWidth, idCheck, makeId, texts, zeroWidth } from './helpers';

const TODAY = { options: { today: '2026-11-25' } };
const run = (text: string, extra: object = {}) => detect(residentIdDetector, text, { ...TODAY, ...extra });

describe('resident-id: GB 11643', () => {
  it('accepts the published example 11010519491231002X', () => {
    expect(residentIdCheckChar('11010519491231002')).toBe('X');
    expect(texts(run('公民身份号码11010519491231002X。'))).toEqual(['11010519491231002X']);
  });

  it('agrees with an independently derived check digit on many generated IDs', () => {
    const regions = ['110105', '310104', '440305', '510107', '650102', '820000'];
    for (const [i, region] of regions.entries()) {
      for (let seq = 0; seq < 50; seq++) {
        const body = `${region}${1950 + i * 7}0${1 + (seq % 9)}1${seq % 10}${String(seq * 7 % 1000).padStart(3, '0')}`;
        const id = makeId(body);
        expect(residentIdCheckChar(body)).toBe(idCheck(body));
        expect(isValidResidentId(id, 20261125)).toBe(true);
      }
    }
  });

  it('accepts a lowercase x check character', () => {
    expect(texts(run('11010519491231002x'))).toEqual(['11010519491231002x']);
  });

  it('rejects a wrong check character', () => {
    expect(run('11010519491231002Y1')).toEqual([]);
    expect(run('身份证 110105194912310021')).toEqual([]);
    const id = makeId('44030519900307123');
    const wrong = id.slice(0, 17) + (id[17] === '0' ? '1' : '0');
    expect(run(`身份证 ${wrong}`)).toEqual([]);
  });

  it('rejects an impossible birth date even with a correct check character', () => {
    expect(run(makeId('11010519990231123'))).toEqual([]); // 31 February
    expect(run(makeId('11010519991301123'))).toEqual([]); // month 13
    expect(run(makeId('11010519000229123'))).toEqual([]); // 1900 was not a leap year
    expect(texts(run(makeId('11010520000229123')))).toHaveLength(1); // 2000 was
  });

  it('rejects a birth date in the future', () => {
    expect(run(makeId('11010520261126123'))).toEqual([]);
    expect(texts(run(makeId('11010520261125123')))).toHaveLength(1);
  });

  it('rejects a region prefix that is no province', () => {
    expect(run(makeId('99010519491231002'))).toEqual([]);
    expect(run(makeId('20010519491231002'))).toEqual([]);
  });

  it('does not take an 18-digit order number for an ID', () => {
    // Order numbers start with the year: 20… is no province code.
    for (const order of ['202311251234567890', '202401010000000017', makeId('20231125123456789')]) {
      expect(run(`订单号：${order}`)).toEqual([]);
    }
  });

  it('does not report a valid ID inside a longer run of digits or letters', () => {
    expect(run(`9${'11010519491231002X'}`)).toEqual([]);
    expect(run(`11010519491231002X7`)).toEqual([]);
    expect(run(`AB11010519491231002X`)).toEqual([]);
  });

  it('raises confidence with a context word in the window (Purview 85 vs 75)', () => {
    const id = '11010519491231002X';
    expect(run(`居民身份证：${id}`)[0].confidence).toBe(0.85);
    expect(run(`编号：${id}`)[0].confidence).toBe(0.75);
    const far = `身份证${'。'.repeat(400)}${id}`;
    expect(run(far)[0].confidence).toBe(0.75);
    expect(run(far, { contextWindow: 500 })[0].confidence).toBe(0.85);
  });

  it('finds full-width, zero-width and space-grouped variants with original offsets', () => {
    const id = '11010519491231002X';
    const fw = `身份证号：${fullWidth(id)}。`;
    expect(texts(run(fw))).toEqual([fullWidth(id)]);
    const zw = `身份证号：${zeroWidth(id)}。`;
    const [f] = run(zw);
    expect(f.start).toBe(5);
    expect(f.text).toBe(zeroWidth(id));
    expect(texts(run('身份证 110105 19491231 002X'))).toEqual(['110105 19491231 002X']);
    expect(texts(run('身份证 110105 1949 1231 002X'))).toEqual(['110105 1949 1231 002X']);
  });

  it('reports a 15-digit first-generation ID only with a context word', () => {
    expect(texts(run('原身份证号码：110105491231002'))).toEqual(['110105491231002']);
    expect(run('原身份证号码：110105491231002')[0].rule).toBe('resident-id:15');
    expect(run('流水号 110105491231002')).toEqual([]);
    expect(run('身份证 110105491331002')).toEqual([]); // month 13
    expect(run('身份证 990105491231002')).toEqual([]); // no such province
    expect(run('身份证 1101054912310021')).toEqual([]); // 16 digits
  });

  it('uses the block severity by default and the configured one when changed', () => {
    expect(run('11010519491231002X')[0].severity).toBe('block');
    expect(run('11010519491231002X', { severity: 'warn' })[0].severity).toBe('warn');
  });
});
