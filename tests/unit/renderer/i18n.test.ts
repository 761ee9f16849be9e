import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
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

  test('every audit action the desk writes has a label for the archivist', () => {
    // The actions named where the main process writes the chain: the first argument of
    // ctx.audit / audit(...) (both sides of a choice), and `action:` of an entry appended directly.
    const root = join(import.meta.dirname, '../../..');
    const written = new Set<string>();
    for (const dir of ['api', 'db']) {
      for (const f of readdirSync(join(root, dir), { recursive: true, encoding: 'utf8' })) {
        if (!f.endsWith('.ts')) continue;
        const source = readFileSync(join(root, dir, f), 'utf8');
        const named = [...source.matchAll(/\baudit\(([^,]*),/g), ...source.matchAll(/\baction: ('[^']*')/g)].map((m) => m[1]);
        for (const text of named) for (const a of text.matchAll(/'([a-z-]+\.[a-z-]+)'/g)) written.add(a[1]);
      }
    }
    expect(written.size).toBeGreaterThan(20);
    const missing = [...written].filter((a) => !(a.replace(/\./g, '_') in zhCN.audit.actions) || !(a.replace(/\./g, '_') in en.audit.actions));
    expect(missing).toEqual([]);
  });
});
