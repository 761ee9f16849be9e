// A lexicon version stored as a delta: canonical text, when a full text is kept instead,
// and refusal of a chain that does not rebuild the recorded full text.
import { describe, expect, it } from 'vitest';
import { canonicalJson } from '../../../core/audit/chain';
import { deltaText, FULL_EVERY, openVersion, storedForm, type StoredVersion } from '../../../core/lexicon/snapshot-delta';
import { sealSnapshot, type SnapshotTerm } from '../../../core/lexicon/snapshot';

const term = (id: number, text: string, version: number, severity: SnapshotTerm['severity'] = 'warn'): SnapshotTerm => ({
  id, term: text, category: '', severity, rationale: 'r\u2028"x"', enabled: id % 2 === 0, departmentId: null, version,
});

/** Versions 1 (full) to 3 (deltas): add 乙, then re-grade 甲 and delete 乙. */
function chain(): { stored: StoredVersion[]; sealed: ReturnType<typeof sealSnapshot>[] } {
  const v1 = sealSnapshot(1, [term(1, '甲', 1)], []);
  const v2 = sealSnapshot(2, [term(1, '甲', 1), term(7, '乙', 2)], []);
  const v3 = sealSnapshot(3, [term(1, '甲', 3, 'block')], []);
  const d2 = deltaText(2, { terms: [term(7, '乙', 2)], allow: [], removedTerms: [], removedAllow: [] });
  const d3 = deltaText(3, { terms: [term(1, '甲', 3, 'block')], allow: [], removedTerms: [7], removedAllow: [] });
  return {
    stored: [
      { version: 1, kind: 'full', content: v1.content, sha256: v1.sha256 },
      { version: 2, kind: 'delta', content: d2, sha256: v2.sha256 },
      { version: 3, kind: 'delta', content: d3, sha256: v3.sha256 },
    ],
    sealed: [v1, v2, v3],
  };
}

describe('snapshot deltas', () => {
  it('are canonical JSON, ids ascending', () => {
    const text = deltaText(4, { terms: [term(2, '丙', 4)], allow: [], removedTerms: [9, 3], removedAllow: [5, 1] });
    expect(text).toBe(canonicalJson(JSON.parse(text)));
    expect(JSON.parse(text)).toMatchObject({ removedTerms: [3, 9], removedAllow: [1, 5], version: 4 });
  });

  it('rebuild every version to its full text', () => {
    const { stored, sealed } = chain();
    for (const v of [1, 2, 3]) {
      const snap = openVersion(v, stored.slice(0, v), [sealed[v - 1].sha256]);
      expect(sealSnapshot(v, snap.terms, snap.allow).content).toBe(sealed[v - 1].content);
    }
  });

  it('keep a full text with no stored previous version, every FULL_EVERY versions, and when the delta is not at most half', () => {
    const full = 'x'.repeat(100);
    expect(storedForm(5, full, null, () => 'd')).toEqual({ kind: 'full', content: full });
    expect(storedForm(5, full, 4, () => 'd')).toEqual({ kind: 'delta', content: 'd' });
    expect(storedForm(FULL_EVERY, full, 1, () => 'd').kind).toBe('delta');
    expect(storedForm(FULL_EVERY + 1, full, 1, () => 'd').kind).toBe('full');
    expect(storedForm(5, full, 4, () => 'd'.repeat(50)).kind).toBe('delta');
    expect(storedForm(5, full, 4, () => 'd'.repeat(51)).kind).toBe('full');
  });

  it('refuse a chain that is broken, out of order, or rebuilds another text', () => {
    const { stored, sealed } = chain();
    const refused = (v: number, c: StoredVersion[], audited: string[] = []) => expect(() => openVersion(v, c, audited)).toThrow(/lexicon-snapshot-tampered/);
    refused(3, []);
    refused(3, stored.slice(1));
    refused(3, [stored[0], stored[2]]);
    refused(2, stored);
    refused(3, [stored[0], { ...stored[1], kind: 'full' }, stored[2]]);
    refused(3, stored, ['f'.repeat(64)]);
    // A delta that re-grades a row, one that says it is another version, one that is not JSON.
    refused(2, [stored[0], { ...stored[1], content: stored[1].content.replace('"warn"', '"block"') }]);
    refused(2, [stored[0], { ...stored[1], content: stored[1].content.replace('"version":2}', '"version":3}') }]);
    refused(2, [stored[0], { ...stored[1], content: 'null' }]);
    // A rewritten base text, even with its own hash rewritten to match, changes the versions built on it.
    const base = stored[0].content.replace('"warn"', '"block"');
    refused(2, [{ ...stored[0], content: base }, stored[1]]);
    refused(2, [{ ...stored[0], content: base, sha256: sealSnapshot(1, [term(1, '甲', 1, 'block')], []).sha256 }, stored[1]]);
    // A version that is its own full text: the same checks, its hash and the audit chain's.
    refused(1, [{ ...stored[0], content: base }]);
    refused(1, stored.slice(0, 1), ['f'.repeat(64)]);
    // A changed byte that would not change the content: a row given an extra key, a space.
    refused(2, [stored[0], { ...stored[1], content: stored[1].content.replace('"terms":[{', '"terms":[{"a":1,') }], [sealed[1].sha256]);
    refused(2, [stored[0], { ...stored[1], content: `${stored[1].content} ` }], [sealed[1].sha256]);
    expect(openVersion(2, stored.slice(0, 2), [sealed[1].sha256]).terms.map((t) => t.id)).toEqual([1, 7]);
  });
});
