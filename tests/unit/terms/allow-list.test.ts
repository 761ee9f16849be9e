import { describe, expect, it } from 'vitest';
import { AllowList, ALLOW_GAP } from '../../../core/terms/allow-list';
import type { Category } from '../../../core/model';

const f = (text: string, word: string, rule: string, category: Category = 'term', from = 0) => {
  const start = text.indexOf(word, from);
  return { start, end: start + word.length, rule, category };
};

describe('allow list', () => {
  const allow = new AllowList([
    { phrase: '揭开…的秘密', rule: 'term:19' },
    { phrase: '机密性', category: 'term' },
  ]);

  it('drops a finding wholly inside an allowed phrase of the same rule', () => {
    const text = '本书揭开宇宙的秘密。这是秘密。';
    const kept = allow.filter(text, [f(text, '秘密', 'term:19'), f(text, '秘密', 'term:19', 'term', 8)]);
    expect(kept.map((x) => x.start)).toEqual([12]);
  });

  it('keeps findings of another rule or category inside the same phrase', () => {
    const text = '揭开宇宙的秘密';
    expect(allow.filter(text, [f(text, '秘密', 'term:2')])).toHaveLength(1);
    expect(allow.filter(text, [f(text, '秘密', 'classification-mark', 'classification-mark')])).toHaveLength(1);
  });

  it('scopes by category', () => {
    const text = '信息的机密性';
    expect(allow.filter(text, [f(text, '机密', 'term:2')])).toHaveLength(0);
    expect(allow.filter(text, [f(text, '机密', 'classification-mark', 'classification-mark')])).toHaveLength(1);
  });

  it('keeps a finding that reaches outside the allowed phrase', () => {
    const text = '信息的机密性文件';
    expect(allow.filter(text, [{ start: 3, end: 8, rule: 'term:9', category: 'term' as const }])).toHaveLength(1);
  });

  it('bounds the gap of …', () => {
    const near = '揭开' + '宇'.repeat(ALLOW_GAP - 1) + '的秘密';
    const far = '揭开' + '宇'.repeat(ALLOW_GAP + 1) + '的秘密';
    expect(allow.filter(near, [f(near, '秘密', 'term:19')])).toHaveLength(0);
    expect(allow.filter(far, [f(far, '秘密', 'term:19')])).toHaveLength(1);
  });

  it('allows traditional and zero-width variants of the phrase', () => {
    const text = '揭開宇宙的祕\u200b密';
    expect(allow.filter(text, [{ start: 5, end: 8, rule: 'term:19', category: 'term' as const }])).toHaveLength(0);
  });

  it('an unscoped entry applies to every finding', () => {
    const all = new AllowList([{ phrase: '秘密花园' }]);
    const text = '秘密花园';
    expect(all.filter(text, [f(text, '秘密', 'term:19'), f(text, '秘密', 'x', 'classification-mark')])).toHaveLength(0);
  });
});
