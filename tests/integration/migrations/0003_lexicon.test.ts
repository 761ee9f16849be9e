import { describe, expect, it } from 'vitest';
import { migratedTo } from './support';

describe('migration 0003_lexicon', () => {
  function withVersion() {
    const db = migratedTo(3);
    db.prepare("INSERT INTO lexicon_versions VALUES (1, 't', 'admin', 'starter')").run();
    return db;
  }
  const addTerm = "INSERT INTO terms (term, severity, department_id, created_at, updated_at, version) VALUES (?, 'block', ?, 't', 't', 1)";

  it('keeps one entry per term per owner (desk-wide or a department)', () => {
    const db = withVersion();
    db.prepare(addTerm).run('绝密', null);
    db.prepare(addTerm).run('绝密', 1);
    expect(() => db.prepare(addTerm).run('绝密', null)).toThrow(/UNIQUE/);
    expect(() => db.prepare(addTerm).run('绝密', 1)).toThrow(/UNIQUE/);
  });

  it('refuses an empty term, an unknown severity and an unknown version', () => {
    const db = withVersion();
    expect(() => db.prepare(addTerm).run('  ', null)).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO terms (term, severity, created_at, updated_at, version) VALUES ('x', 'info', 't', 't', 1)").run()).toThrow(/CHECK/);
    expect(() => db.prepare("INSERT INTO terms (term, severity, created_at, updated_at, version) VALUES ('x', 'warn', 't', 't', 9)").run()).toThrow(/FOREIGN KEY/);
  });

  it('scopes allow-list phrases and detector settings', () => {
    const db = withVersion();
    db.prepare("INSERT INTO allow_phrases (phrase, scope_kind, scope, created_at, version) VALUES ('揭开宇宙的秘密', 'rule', 'classification-mark', 't', 1)").run();
    expect(() => db.prepare("INSERT INTO allow_phrases (phrase, scope_kind, created_at, version) VALUES ('x', 'everything', 't', 1)").run()).toThrow(/CHECK/);
    db.prepare("INSERT INTO detector_settings (department_id, detector, enabled, severity, updated_at) VALUES (1, 'mobile', 0, 'warn', 't')").run();
    expect(() => db.prepare("INSERT INTO detector_settings (department_id, detector, enabled, severity, updated_at) VALUES (1, 'mobile', 1, 'warn', 't')").run()).toThrow(/UNIQUE|PRIMARY/);
  });
});
