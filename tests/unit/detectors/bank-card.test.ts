import { describe, expect, it } from 'vitest';
import { bankCardDetector, luhnValid } from '../../../core/detectors/bank-card';
import { detect, fullWidth, luhnComplete, texts, zeroWidth } from './helpers';

const run = (text: string) => detect(bankCardDetector, text);

describe('bank-card: Luhn and context', () => {
  it('agrees with an independent Luhn on generated numbers', () => {
    for (let n = 0; n < 200; n++) {
      const body = `62${String(n * 7919).padStart(14, '0')}`;
      const card = luhnComplete(body);
      expect(luhnValid(card)).toBe(true);
      const wrong = card.slice(0, -1) + String((Number(card.at(-1)) + 1) % 10);
      expect(luhnValid(wrong)).toBe(false);
    }
  });

  it('finds a UnionPay number of 16 and 19 digits', () => {
    const c16 = luhnComplete('622202123456789');
    const c19 = luhnComplete('622848001234567890');
    expect(texts(run(`转入 ${c16} 和 ${c19}`))).toEqual([c16, c19]);
    expect(run(`${c16}`)[0].rule).toBe('bank-card:unionpay');
  });

  it('raises confidence with 银行卡/卡号/账号/开户行 nearby', () => {
    const c = luhnComplete('622202123456789');
    expect(run(`卡号：${c}`)[0].confidence).toBe(0.9);
    expect(run(`编号：${c}`)[0].confidence).toBe(0.6);
  });

  it('needs a card prefix or a context word for other Luhn-valid numbers', () => {
    const order = luhnComplete('80231125123456789'); // 18 digits, passes Luhn
    expect(run(`订单号 ${order}`)).toEqual([]);
    expect(texts(run(`开户行：某银行 账号 ${order}`))).toEqual([order]);
  });

  it('rejects a wrong check digit and the wrong lengths', () => {
    const c = luhnComplete('622202123456789');
    const wrong = c.slice(0, -1) + String((Number(c.at(-1)) + 5) % 10);
    expect(run(`卡号 ${wrong}`)).toEqual([]);
    expect(run(`卡号 ${luhnComplete('62220212345678')}`)).toEqual([]); // 15 digits
    expect(run(`卡号 ${luhnComplete('6222021234567890123')}`)).toEqual([]); // 20 digits
  });

  it('reads grouped numbers as printed on cards', () => {
    const c = luhnComplete('622202123456789');
    const grouped = c.replace(/(\d{4})(?=\d)/g, '$1 ');
    expect(texts(run(`卡号 ${grouped}`))).toEqual([grouped]);
    const dashed = c.replace(/(\d{4})(?=\d)/g, '$1-');
    expect(texts(run(`卡号 ${dashed}`))).toEqual([dashed]);
  });

  it('finds full-width and zero-width variants with original offsets', () => {
    const c = luhnComplete('622202123456789');
    expect(texts(run(`卡号${fullWidth(c)}`))).toEqual([fullWidth(c)]);
    const [f] = run(`卡号${zeroWidth(c)}。`);
    expect(f.start).toBe(2);
    expect(f.severity).toBe('block');
  });
});
