import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../core/model';
import { compileTerms } from '../../../core/terms/matcher';
import { normalizeTerm } from '../../../core/terms/normalize';
import { STARTER_ALLOW, STARTER_TERMS } from '../../../core/terms/starter-library';

describe('starter library', () => {
  it('has unique ids and unique folded terms, each with a severity and a Chinese rationale', () => {
    expect(STARTER_TERMS.length).toBeGreaterThanOrEqual(100);
    expect(new Set(STARTER_TERMS.map((t) => t.id)).size).toBe(STARTER_TERMS.length);
    const folded = STARTER_TERMS.map((t) => normalizeTerm(t.text, { ignoreSeparators: true }));
    expect(folded.filter((f, i) => folded.indexOf(f) !== i)).toEqual([]);
    for (const t of STARTER_TERMS) {
      expect(t.category).toBe('term');
      expect(SEVERITIES).toContain(t.severity);
      expect(t.rationale).toMatch(/[\u4e00-\u9fff]/);
    }
  });

  it('compiles without rejected terms', () => {
    expect(compileTerms(STARTER_TERMS.map((t) => ({ id: t.id, text: t.text }))).rejected).toEqual([]);
  });

  it('scopes every allow entry to a rule of the library', () => {
    const rules = new Set(STARTER_TERMS.map((t) => `term:${t.id}`));
    for (const a of STARTER_ALLOW) expect(rules.has(a.rule!)).toBe(true);
  });

  it('classification wording blocks publication', () => {
    for (const word of ['绝密', '机密', '绝密文件']) {
      expect(STARTER_TERMS.find((t) => t.text === word)?.severity).toBe('block');
    }
  });
});
