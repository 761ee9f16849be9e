import { describe, expect, test } from 'vitest';
import zhCN from '../../../renderer/i18n/zh-CN';
import en from '../../../renderer/i18n/en';

function keys(o: object, prefix = ''): string[] {
  return Object.entries(o).flatMap(([k, v]) => (typeof v === 'object' && v !== null ? keys(v as object, `${prefix}${k}.`) : [`${prefix}${k}`]));
}

function leaf(o: object, key: string): string {
  return key.split('.').reduce<unknown>((v, k) => (v as Record<string, unknown>)[k], o) as string;
}

describe('UI strings', () => {
  test('Chinese and English have the same keys, none empty', () => {
    expect(keys(en).sort()).toEqual(keys(zhCN).sort());
    for (const k of keys(zhCN)) {
      expect(leaf(zhCN, k), k).not.toBe('');
      expect(leaf(en, k), k).not.toBe('');
    }
  });

  test('interpolations match between the languages', () => {
    const vars = (s: string) => [...s.matchAll(/\{\{(\w+)\}\}/g)].map((m) => m[1]).sort();
    for (const k of keys(zhCN)) expect(vars(leaf(en, k)), k).toEqual(vars(leaf(zhCN, k)));
  });

  test('every role has a label', () => {
    expect(Object.keys(zhCN.roles).sort()).toEqual(
      ['admin', 'archivist', 'leader', 'liaison', 'reviewer', 'secrecy-officer', 'section-head'],
    );
  });
});
