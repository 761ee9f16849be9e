import { describe, expect, it } from 'vitest';
import { migratedTo } from './support';

describe('migration 0004_revision_content', () => {
  function seeded() {
    const db = migratedTo(4);
    db.prepare("INSERT INTO drafts (id, title, department_id, author_id, created_at, updated_at) VALUES (1, 't', 1, 1, 't', 't')").run();
    db.prepare("INSERT INTO blobs VALUES (?, 3, x'616263', 't')").run('a'.repeat(64));
    db.prepare(`INSERT INTO draft_revisions (id, draft_id, number, body_text, content_hash, created_by, created_at, source, file_name, file_sha256, format)
                VALUES (1, 1, 1, 'abc', 'h', 1, 't', 'import', 'a.txt', ?, 'txt')`).run('a'.repeat(64));
    db.prepare("INSERT INTO revision_layers VALUES (1, 'body', 'abc')").run();
    db.prepare("INSERT INTO scans (id, revision_id, lexicon_version, detector_config, created_at) VALUES (1, 1, 1, '{}', 't')").run();
    db.prepare("INSERT INTO findings (scan_id, layer, start, end, text, category, severity, rule) VALUES (1, 'body', 0, 1, 'a', 'term', 'warn', 'term:1')").run();
    return db;
  }

  it('gives earlier revisions the typed source', () => {
    const db = migratedTo(4);
    db.prepare("INSERT INTO drafts (id, title, department_id, author_id, created_at, updated_at) VALUES (1, 't', 1, 1, 't', 't')").run();
    db.prepare("INSERT INTO draft_revisions (draft_id, number, body_text, content_hash, created_by, created_at) VALUES (1, 1, 'x', 'h', 1, 't')").run();
    expect(db.prepare('SELECT source, file_sha256 FROM draft_revisions').get()).toEqual({ source: 'typed', file_sha256: null });
  });

  it('keeps original bytes, layers and findings immutable', () => {
    const db = seeded();
    for (const sql of ["UPDATE blobs SET size = 4", 'DELETE FROM blobs', "UPDATE revision_layers SET text = 'x'", 'DELETE FROM revision_layers',
      "UPDATE findings SET severity = 'warn'", 'DELETE FROM findings']) {
      expect(() => db.prepare(sql).run(), sql).toThrow(/immutable/);
    }
  });

  it('refuses a revision pointing at bytes that were never stored', () => {
    const db = seeded();
    expect(() => db.prepare(`INSERT INTO draft_revisions (draft_id, number, body_text, content_hash, created_by, created_at, source, file_sha256)
      VALUES (1, 2, 'x', 'h', 1, 't', 'import', ?)`).run('b'.repeat(64))).toThrow(/FOREIGN KEY/);
  });
});
