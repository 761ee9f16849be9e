// A lexicon version's stored content: canonical text, and refused when it does not check out.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../core/audit/chain';
import { openSnapshot, sealSnapshot } from '../../../core/lexicon/snapshot';

describe('snapshot text', () => {
  it('is canonical JSON (keys sorted, no whitespace), whatever order the rows came in', () => {
    const sealed = sealSnapshot(3, [
      { id: 9, term: '乙', category: '', severity: 'warn', rationale: 'a\u2028b', enabled: false, departmentId: 4, version: 3 },
      { id: 1, term: '甲', category: 'x', severity: 'block', rationale: '', enabled: true, departmentId: null, version: 1 },
    ], []);
    expect(sealed.content).toBe(canonicalJson(JSON.parse(sealed.content)));
    expect(openSnapshot(3, sealed).terms.map((t) => t.id)).toEqual([1, 9]);
    expect(() => openSnapshot(3, sealed, ['f'.repeat(64)])).toThrow(/lexicon-snapshot-tampered/);
    expect(() => openSnapshot(4, sealed)).toThrow(/lexicon-snapshot-tampered/);
  });
});
