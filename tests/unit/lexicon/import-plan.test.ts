import { describe, expect, it } from 'vitest';
import { allowKey, termKey, validateAllowTable, validateTable } from '../../../core/lexicon';
import { planImport, withChanges, type ListMerge } from '../../../core/lexicon/import-plan';
import type { TermFields } from '../../../core/lexicon/types';

// Stored terms as the desk keeps them (enabled as 0/1), compared as the term import compares them.
interface Stored { id: number; term: string; category: string; severity: 'block' | 'escalate' | 'warn'; rationale: string; enabled: 0 | 1 }
const TERMS: ListMerge<Stored, TermFields, 'category' | 'severity' | 'rationale' | 'enabled'> = {
  keyOf: (s) => termKey(s.term),
  fieldsOf: (s) => ({ term: s.term, category: s.category, severity: s.severity, rationale: s.rationale, enabled: s.enabled === 1, departmentId: null }),
  updatable: ['category', 'severity', 'rationale', 'enabled'],
};
const STORED: Stored[] = [
  { id: 1, term: '机密', category: '密级标志', severity: 'block', rationale: '保密法', enabled: 1 },
  { id: 2, term: '内部资料', category: '内部标识', severity: 'warn', rationale: '', enabled: 1 },
];

describe('planning an import against the stored list', () => {
  it('finds new rows, and existing ones (folded alike) with what the file would change', () => {
    const table = validateTable([
      ['词条', '程度', '类别', '启用'],
      ['ＡＢＣ秘密', '提示', '', '是'],
      ['機密', '禁止', '密级标志', '是'],
      ['内部资料', '须送审', '内部标识', '否'],
    ]);
    const plan = planImport(table.rows, STORED, table.present, TERMS);
    expect(plan.fresh.map((r) => r.term)).toEqual(['ＡＢＣ秘密']);
    expect(plan.existing.map((e) => [e.row.term, e.stored.id, e.changes])).toEqual([
      ['機密', 1, []],
      ['内部资料', 2, [{ field: 'severity', from: 'warn', to: 'escalate' }, { field: 'enabled', from: true, to: false }]],
    ]);
    const updated = withChanges(TERMS.fieldsOf(STORED[1]), plan.existing[1].changes);
    expect(updated).toEqual({ term: '内部资料', category: '内部标识', severity: 'escalate', rationale: '', enabled: false, departmentId: null });
  });

  it('changes nothing in a column the file does not have', () => {
    // No 依据 column: the stored rationale 保密法 is not "changed" to the empty cell.
    const table = validateTable([['词条', '程度'], ['机密', '提示']]);
    const [existing] = planImport(table.rows, STORED, table.present, TERMS).existing;
    expect(existing.changes).toEqual([{ field: 'severity', from: 'block', to: 'warn' }]);
  });
});

describe('a row is folded once, for its check and its key', () => {
  it('gives file rows the key the stored entries are compared by', () => {
    const terms = validateTable([['词条', '程度'], [' 國家ＳＥＣＲＥＴ ', '禁止']]);
    expect(terms.rows[0].key).toBe(termKey(' 國家ＳＥＣＲＥＴ '));
    const allowed = validateAllowTable([['例外短语', '适用范围', '规则或类别'], ['不涉密', '类别', 'term'], ['不涉密', '全部', '']], () => true);
    expect(allowed.rows.map((r) => r.key)).toEqual(allowed.rows.map((r) => allowKey(r)));
    expect(new Set(allowed.rows.map((r) => r.key)).size).toBe(2);
  });
});
