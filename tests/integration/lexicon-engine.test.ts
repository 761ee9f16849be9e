import { describe, expect, it } from 'vitest';
import { scanText } from '../../core/scan/scan';
import { STARTER_TERMS } from '../../core/terms/starter-library';
import { engineFor, effectiveTerms } from '../../api/scan-engine';
import { listAudit } from '../../db/audit-repo';
import { openDatabase } from '../../db/connection';
import { changeLexicon, currentVersion, insertTerm, type TermRow } from '../../db/lexicon-repo';
import { tempDir } from '../support/temp';

const NOW = new Date('2026-03-01T09:00:00Z');

describe('the scan engine from the database', () => {
  it('seeds the starter library on first use (a desk set up before the lexicon), with an audit entry', () => {
    const db = openDatabase(tempDir());
    try {
      expect(currentVersion(db)).toBe(0);
      const engine = engineFor(db, null, NOW);
      expect(engine.libraryVersion).toBe('1');
      expect(engine.terms.size).toBe(STARTER_TERMS.filter((t) => t.enabled !== false).length);
      expect(listAudit(db, { limit: 10, offset: 0 }).entries.map((e) => [e.actor, e.action])).toEqual([['system', 'lexicon.seed']]);
      expect(scanText('此件绝密', 'body', engine).map((f) => f.rule)).toContain('term:1');
    } finally {
      db.close();
    }
  });

  it('reuses the compiled matcher until the lexicon changes', () => {
    const db = openDatabase(tempDir());
    try {
      const a = engineFor(db, null, NOW);
      const b = engineFor(db, null, NOW);
      expect(b.matcher).toBe(a.matcher);
      db.transaction(() => {
        changeLexicon(db, { at: NOW.toISOString(), actor: 't', summary: 'add' }, (v) =>
          insertTerm(db, { term: '新词条', category: '', severity: 'warn', rationale: '', enabled: true, departmentId: null }, NOW.toISOString(), v));
      })();
      const c = engineFor(db, null, NOW);
      expect(c.matcher).not.toBe(a.matcher);
      expect(c.libraryVersion).toBe('2');
      expect(scanText('一个新词条', 'body', c).map((f) => f.text)).toEqual(['新词条']);
    } finally {
      db.close();
    }
  });

  it('does not serve a matcher compiled inside a rolled-back transaction', () => {
    const db = openDatabase(tempDir());
    try {
      engineFor(db, null, NOW);
      const add = (term: string) => {
        changeLexicon(db, { at: NOW.toISOString(), actor: 't', summary: 'same' }, (v) =>
          insertTerm(db, { term, category: '', severity: 'warn', rationale: '', enabled: true, departmentId: null }, NOW.toISOString(), v));
      };
      // The rolled-back version and the committed one share number, time, actor, summary and row count.
      expect(() => db.transaction(() => {
        add('甲词');
        expect(scanText('甲词', 'body', engineFor(db, null, NOW))).toHaveLength(1);
        throw new Error('roll back');
      })()).toThrow('roll back');
      db.transaction(() => add('乙词'))();
      const engine = engineFor(db, null, NOW);
      expect(scanText('甲词乙词', 'body', engine).map((f) => f.text)).toEqual(['乙词']);
    } finally {
      db.close();
    }
  });

  it('lets a department entry shadow a desk-wide one that folds alike', () => {
    const row = (id: number, term: string, department_id: number | null, enabled: 0 | 1 = 1) => ({ id, term, department_id, enabled } as TermRow);
    const rows = [row(1, '机密', null), row(2, '秘密', null), row(3, '機密', 7, 0), row(4, '本地', 7)];
    expect(effectiveTerms(rows, 7).map((t) => t.id)).toEqual([2, 4]);
    expect(effectiveTerms(rows.filter((r) => r.department_id === null), null).map((t) => t.id)).toEqual([1, 2]);
  });
});
