// The fast path (one prefilter pass, regexes over its windows only) must give exactly the
// findings of the reference path (every detector's `detect` over the whole normalised text):
// same spans, rules, severities and confidences, on random texts full of planted values, near
// misses, separators and the full-width and zero-width disguises that force the view.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { runDetectors, runDetectorsReference } from '../../../core/detectors/index';
import type { DetectorConfig } from '../../../core/detectors/types';
import { findWindows } from '../../../core/detectors/windows';
import { creditCheck, fullWidth, luhnComplete, makeId, orgCheck } from './helpers';

const ORG = '12345678';
const CREDIT = (() => {
  const first17 = `91110000${ORG}${orgCheck(ORG)}`;
  return first17 + creditCheck(first17);
})();
const ID = makeId('11010519491231002');

const PIECES = [
  ID, `${ID.slice(0, 6)} ${ID.slice(6, 14)} ${ID.slice(14)}`, '身份证110105491231002', CREDIT,
  luhnComplete('622202123456789'), `卡号${luhnComplete('4111 1111 1111 111').replace(/(\d{4})(?=\d)/g, '$1 ')}`,
  luhnComplete('123456789012345'), '13812345678', '+86 138-1234-5678', '0086 13812345678', '138 1234 5678', '138\u00A01234\u00A05678',
  '(0716)8123456转123', '010-12345678', '（021）6123 4567', '0716-8123456 ext.12',
  '京A12345', '粤B·D12345', '京A1234学', '沪AD12345', '使A12345', '京 A12345F',
  '192.168.1.10', '10.0.0.1/8', '8.8.8.8:53', 'V3.2.1.8', '版本号：2.0.1.12', '3.2.1.1 总体要求', '第1.2.3.4条',
  'fe80::1', '::ffff:192.168.1.1', '2001:db8:0:0:1::1', 'std::vector',
  'zhang.san@example.gov.cn', 'a@b', 'x@y.cn.',
  '东经116.3974°', '北纬39.9165°', '39.9042,116.4074', '39.9042, 116.4074', '39°54′27″N', '116°23′17″E', '30度5分', '东经116度23分', '北纬39度54分27.5秒', "39°54'27\"N", "116° 23' 17'' E",
  'lat 39.90421', 'N39.9042', '-33.8688，151.2093', '12.85万', '98.5%', '3.14159', '城东经济开发区',
  '国办发〔2010〕57号', '京政发[2024]12号', '国务院令第588号', '中华人民共和国主席令第 十二 号', '（2019）第3号',
  '机密★1年', '绝密★长期', '秘密', '密级：秘密', '機密', '**秘密**', '秘密★十年',
  '内部资料', '注意保密', '不得外传', '內部資料', '内部文件管理', '要注意保密',
];
const FILL = fc.constantFrom(
  '的', '是', '度', '分', '第', '号', '学', '领', '转', '机', '令', '部', '内', '注', '不', '得', '外', '密',
  '，', '。', '：', '（', '）', '〔', '【', ',', '.', ':', '/', '-', '°', '′', ' ', '\u3000', '\u00A0', '\n', '\t',
  '0', '1', '7', '9', 'A', 'X', 'x', 'e', '@', '１', 'Ａ', '．', '－', '\u200B', '\uFEFF', '\u00AD', '\u2010', '𠀀',
);
const INVISIBLE = ['\u200B', '\u200C', '\u200D', '\u2060', '\uFEFF', '\u00AD'];

/** A piece, maybe in full-width forms, maybe with an invisible character inside. */
const piece = fc
  .tuple(fc.constantFrom(...PIECES), fc.nat(4), fc.nat(30), fc.constantFrom(...INVISIBLE))
  .map(([p, mode, at, zw]) => {
    let s = mode === 0 ? fullWidth(p) : p;
    if (mode === 1 && s.length > 1) {
      const i = 1 + (at % (s.length - 1));
      s = s.slice(0, i) + zw + s.slice(i);
    }
    return s;
  });

const text = fc.array(fc.oneof({ arbitrary: piece, weight: 2 }, { arbitrary: fc.array(FILL, { maxLength: 4 }).map((a) => a.join('')), weight: 3 }), { maxLength: 16 })
  .map((parts) => parts.join(''));

const config: fc.Arbitrary<DetectorConfig> = fc.constantFrom<DetectorConfig>(
  {},
  { coordinates: { options: { minDecimals: 2 } }, mobile: { contextWindow: 0 } },
  { 'resident-id': { enabled: false }, plate: { severity: 'block' }, 'bank-card': { contextWindow: 5 } },
  { coordinates: { options: { minDecimals: 1 } }, 'ip-address': { options: { privateSeverity: 'block' } } },
);

describe('fast path = reference path (property)', () => {
  it('gives identical findings on random texts with planted values and disguises', () => {
    fc.assert(
      fc.property(text, config, (t, c) => {
        expect(runDetectors(t, c)).toEqual(runDetectorsReference(t, c));
      }),
      { numRuns: 2000 },
    );
  });

  it('finds every planted value the reference finds in a long text', () => {
    const parts: string[] = [];
    for (let i = 0; i < PIECES.length * 4; i++) parts.push(PIECES[(i * 7) % PIECES.length], i % 3 === 0 ? '。\n' : '，的');
    const long = parts.join('');
    const fast = runDetectors(long);
    expect(fast.length).toBeGreaterThan(PIECES.length);
    expect(fast).toEqual(runDetectorsReference(long));
    // A character to fold at the start, in the middle (the pass resumes over the view) or at the end.
    for (const t of [fullWidth(long), `１${long}`, `${long.slice(0, 500)}注\u200B意保密${long.slice(500)}`, `${long}\u00AD`]) {
      expect(runDetectors(t)).toEqual(runDetectorsReference(t));
    }
  });
});

describe('fast path across the pass\'s 64 K slices', () => {
  it('finds values straddling a slice boundary exactly as the reference does', () => {
    const filler = '的是了人'.repeat(20000); // 80,000 units: the boundary at 65,536 falls inside
    for (const offset of [65536 - 20, 65536 - 9, 65536 - 3, 65536 - 1, 65536]) {
      for (const p of ['手机 13812345678，', '身份证 11010519491231002X。', '内部资料，', '（0716）8123456转12', 'a@b.cn']) {
        const t = filler.slice(0, offset) + p + filler.slice(offset) + '０';
        const plain = t.slice(0, -1);
        expect(runDetectors(plain)).toEqual(runDetectorsReference(plain));
        expect(runDetectors(t)).toEqual(runDetectorsReference(t));
        expect(runDetectors(plain).length).toBeGreaterThan(0);
      }
    }
  });
});

describe('prefilter windows', () => {
  it('asks for the view only when a character needs folding', () => {
    expect(findWindows('手机13812345678').needsView).toBe(false);
    expect(findWindows('手机１3812345678').needsView).toBe(true);
    expect(findWindows('机\u200B密').needsView).toBe(true);
  });

  it('spans separators, brackets and suffixes, and stops at other characters', () => {
    const t = '的（0716）812 3456转12。京A1234学，';
    const w = findWindows(t);
    expect(w.count).toBe(2);
    expect(t.slice(w.data[0], w.data[1])).toBe('（0716）812 3456转12');
    expect(t.slice(w.data[4], w.data[5])).toBe('A1234学');
  });

  it('notes rare seeds and marker starts outside windows, also right after a window', () => {
    const w = findWindows('a1@b 内部资料 注意保密 不得外传 令 密 x:1');
    expect(w.markers).toEqual([5, 10, 15]);
    expect(w.seen & 0xf0).toBe(0xf0);
  });
});
