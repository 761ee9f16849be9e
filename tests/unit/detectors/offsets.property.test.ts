// Property tests: whatever mix of full-width forms and invisible characters a text contains,
// the view maps every character back to the original, and every finding's offsets slice out
// exactly its text.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDetectors } from '../../../core/detectors/index';
import { normalizedView, originalOffset } from '../../../core/detectors/normalized-view';
import { fullWidth, luhnComplete, makeId } from './helpers';

const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u200E', '\u2060', '\uFEFF', '\u00AD'];

/** What the view should turn one original character into ('' when dropped). */
function expected(ch: string): string {
  const c = ch.charCodeAt(0);
  if (INVISIBLE.includes(ch) || c === 0x200f) return '';
  if ((c >= 0xff10 && c <= 0xff19) || (c >= 0xff21 && c <= 0xff3a) || (c >= 0xff41 && c <= 0xff5a)) {
    return String.fromCharCode(c - 0xfee0);
  }
  if ('＊＋－．／＠'.includes(ch)) return String.fromCharCode(c - 0xfee0);
  if (c >= 0x2010 && c <= 0x2013) return '-';
  return ch;
}

const unit = fc.constantFrom(
  '1', '9', 'X', 'a', '.', '-', ' ', '，', '：', '（', '密', '机', '𠀀',
  '１', '９', 'Ｘ', 'ａ', '．', '－', '＠', '＊', '\u2010', ...INVISIBLE,
);

describe('offset map (property)', () => {
  it('maps every normalised character to the original character it came from', () => {
    fc.assert(
      fc.property(fc.array(unit, { maxLength: 60 }), (units) => {
        const original = units.join('');
        const v = normalizedView(original);
        expect(v.text).toBe([...original].map(expected).join(''));
        for (let i = 0; i < v.text.length; i++) {
          const o = originalOffset(v, i);
          // Surrogate halves are copied unit by unit, so compare code units.
          const ch = original[o];
          const mapped = ch.charCodeAt(0) >= 0xd800 && ch.charCodeAt(0) <= 0xdfff ? ch : expected(ch);
          expect(mapped).toBe(v.text[i]);
        }
      }),
      { numRuns: 500 },
    );
  });
});

const ID = makeId('11010519491231002');
const CARD = luhnComplete('622202123456789');
const PIECES = [ID, CARD, '13812345678', '0716-8123456', '192.168.1.10', '京A12345', '机密★1年', '内部资料', '东经116.3974°', '国办发〔2010〕57号', 'a@b.cn'];

/** Disguises a piece: full-width digits and letters, invisible characters between characters. */
const disguised = fc
  .tuple(fc.constantFrom(...PIECES), fc.boolean(), fc.array(fc.nat(20), { maxLength: 3 }), fc.constantFrom(...INVISIBLE))
  .map(([piece, wide, at, zw]) => {
    let s = wide ? fullWidth(piece) : piece;
    for (const i of at) {
      const p = Math.min(i, s.length - 1);
      if (p > 0) s = s.slice(0, p) + zw + s.slice(p);
    }
    return s;
  });

describe('runDetectors offsets (property)', () => {
  it('slices out exactly the reported text, sorted and non-overlapping', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(disguised, fc.constantFrom('，', '。', '\n', '的', ' ', '：')), { maxLength: 12 }), (parts) => {
        const text = parts.join('');
        const found = runDetectors(text);
        for (const f of found) expect(text.slice(f.start, f.end)).toBe(f.text);
        for (let i = 1; i < found.length; i++) expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
      }),
      { numRuns: 300 },
    );
  });

  it('finds an ID however it is disguised, when it stands apart', () => {
    fc.assert(
      fc.property(fc.boolean(), fc.array(fc.integer({ min: 1, max: 17 }), { maxLength: 4 }), fc.constantFrom(...INVISIBLE), (wide, at, zw) => {
        let s = wide ? fullWidth(ID) : ID;
        for (const i of [...at].sort((a, b) => b - a)) s = s.slice(0, i) + zw + s.slice(i);
        const text = `身份证号：${s}。`;
        const ids = runDetectors(text).filter((f) => f.category === 'resident-id');
        expect(ids).toHaveLength(1);
        expect(ids[0].start).toBe(5);
        expect(ids[0].text).toBe(s);
      }),
      { numRuns: 200 },
    );
  });
});
