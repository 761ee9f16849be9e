import { describe, expect, it } from 'vitest';
import { SEVERITIES } from '../../../core/model';
import { compileTerms } from '../../../core/terms/matcher';
import { normalizeTerm } from '../../../core/terms/normalize';
import { STARTER_ALLOW, STARTER_LIBRARY, STARTER_TERMS } from '../../../core/terms/starter-library';
import { createEngine } from '../../../core/scan/engine';
import { scanTextWith } from '../../../core/scan/compose';

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

  it('does not report a statement that a text holds no secret, and still reports a mention of one', () => {
    const engine = createEngine({ library: STARTER_LIBRARY });
    const found = (text: string) => scanTextWith(text, 'body', engine, () => []).map((f) => f.text);
    expect(found('经审查，本文件不涉及国家秘密。该系统为非涉密系统，项目不涉密。')).toEqual([]);
    expect(found('本文涉及国家秘密。')).toEqual(['国家秘密', '秘密']);
  });
});
