import { describe, expect, it } from 'vitest';
import { DETECTORS, defaultDetectorSettings, resolveOverlaps, runDetectors } from '../../../core/detectors/index';
import type { DetectorFinding } from '../../../core/detectors/types';
import { CATEGORIES } from '../../../core/model';
import { luhnComplete, makeId, zeroWidth } from './helpers';

function checkOffsets(text: string, found: readonly DetectorFinding[]): void {
  for (const f of found) expect(f.text).toBe(text.slice(f.start, f.end));
  for (let i = 1; i < found.length; i++) {
    expect(found[i].start).toBeGreaterThanOrEqual(found[i - 1].end);
  }
}

describe('detector registry', () => {
  it('has one detector per detector category of DESIGN.md, ids unique', () => {
    const ids = DETECTORS.map((d) => d.id);
    expect(new Set(ids).size).toBe(12);
    for (const id of ids) expect(CATEGORIES).toContain(id);
    expect(ids).not.toContain('term');
  });

  it('documents the default severities', () => {
    const s = defaultDetectorSettings();
    expect(s['classification-mark'].severity).toBe('block');
    expect(s['internal-marker'].severity).toBe('escalate');
    expect(s['resident-id'].severity).toBe('block');
    expect(s['bank-card'].severity).toBe('block');
    expect(s['credit-code'].severity).toBe('warn');
    expect(s.coordinates.severity).toBe('escalate');
    expect(s['resident-id'].contextWindow).toBe(300);
    expect(s.coordinates.options?.minDecimals).toBe(4);
    for (const d of DETECTORS) expect(d.label.zh.length).toBeGreaterThan(0);
  });
});

describe('runDetectors', () => {
  const doc = [
    '000001',
    '机密★1年',
    '',
    '某市人民政府关于某事项的通知',
    '京政发〔2024〕12号',
    '联系人：张三，手机13812345678，电话0716-8123456，邮箱zhangsan@example.gov.cn。',
    '身份证号11010519491231002X，车牌京A12345，服务器192.168.1.10。',
    '选址位于城东经济开发区，东经116.3974°，北纬39.9165°。',
    '内部资料，注意保存',
  ].join('\n');

  it('finds every kind in one document, sorted and with exact offsets', () => {
    const found = runDetectors(doc);
    checkOffsets(doc, found);
    expect(found.map((f) => f.category)).toEqual([
      'classification-mark',
      'doc-number',
      'mobile',
      'landline',
      'email',
      'resident-id',
      'plate',
      'ip-address',
      'coordinates',
      'coordinates',
      'internal-marker',
      'internal-marker',
    ]);
  });

  it('switches a detector off and changes a severity per config', () => {
    const found = runDetectors(doc, { mobile: { enabled: false }, plate: { severity: 'block' } });
    expect(found.some((f) => f.category === 'mobile')).toBe(false);
    expect(found.find((f) => f.category === 'plate')?.severity).toBe('block');
  });

  it('passes detector options through the config', () => {
    const text = '东经116.397°';
    expect(runDetectors(text)).toEqual([]);
    expect(runDetectors(text, { coordinates: { options: { minDecimals: 3 } } })).toHaveLength(1);
  });

  it('lets an ID win over the mobile-looking run it contains', () => {
    // From its 7th digit on, this ID reads 19491231002: eleven digits starting 19, a mobile shape.
    const id = '11010519491231002X';
    expect(/1[3-9]\d{9}/.test(id.slice(6, 17))).toBe(true);
    for (const text of [`身份证${id}`, `身份证 ${id.slice(0, 6)} ${id.slice(6, 14)} ${id.slice(14)}`]) {
      expect(runDetectors(text).map((f) => f.category)).toEqual(['resident-id']);
    }
  });

  it('resolves an ID that also passes Luhn: the ID wins without card context', () => {
    // Find a valid ID that is also Luhn-valid and starts like no card: both detectors fire.
    let both = '';
    for (let n = 0; n < 400 && both === ''; n++) {
      const id = makeId(`62010519800101${String(n).padStart(3, '0')}`);
      if (!id.endsWith('X') && luhnComplete(id.slice(0, 17)) === id) both = id;
    }
    expect(both).not.toBe('');
    const plain = runDetectors(`号码 ${both}`);
    expect(plain.map((f) => f.category)).toEqual(['resident-id']);
    const asCard = runDetectors(`银行卡卡号 ${both}`);
    expect(asCard.map((f) => f.category)).toEqual(['bank-card']);
  });

  it('keeps offsets exact through zero-width characters for every finding', () => {
    const text = `手机${zeroWidth('13812345678')}，${zeroWidth('机密★1年')}，${zeroWidth('192.168.1.1')}`;
    const found = runDetectors(text);
    checkOffsets(text, found);
    expect(found.map((f) => f.category)).toEqual(['mobile', 'classification-mark', 'ip-address']);
  });

  it('returns nothing for ordinary prose with the usual near misses', () => {
    const prose =
      '揭开宇宙的秘密。城东经济开发区2023年产值12.85万元，增长98.5%。软件版本号2.0.1.12，V3.2.1.8。' +
      '订单号202311251234567890，日期2024-01-15，时间12:30:45。';
    expect(runDetectors(prose)).toEqual([]);
  });

  it('stays well-behaved on long pathological runs', () => {
    const runs = ['1'.repeat(50_000), 'a:'.repeat(20_000), '1.'.repeat(20_000), '机密'.repeat(10_000), 'a@'.repeat(20_000)];
    for (const r of runs) checkOffsets(r, runDetectors(r));
  });
});

describe('resolveOverlaps', () => {
  const f = (category: DetectorFinding['category'], start: number, end: number, confidence = 0.8): DetectorFinding => ({
    category, start, end, text: '', severity: 'warn', rule: category, confidence,
  });

  it('keeps non-overlapping findings and drops the lower-priority one of a pair', () => {
    expect(resolveOverlaps([f('mobile', 0, 11), f('landline', 20, 30)])).toHaveLength(2);
    expect(resolveOverlaps([f('resident-id', 0, 18), f('mobile', 3, 14)]).map((x) => x.category)).toEqual(['resident-id']);
    expect(resolveOverlaps([f('mobile', 0, 11), f('resident-id', 0, 18)]).map((x) => x.category)).toEqual(['resident-id']);
  });

  it('does not drop a third finding when the newcomer loses', () => {
    const kept = resolveOverlaps([f('plate', 0, 5), f('resident-id', 10, 28), f('mobile', 4, 12)]);
    expect(kept.map((x) => x.category)).toEqual(['plate', 'resident-id']);
  });
});
