import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrations';

describe('migration 0002_drafts', () => {
  function seeded() {
    const db = new Database(':memory:');
    db.pragma('foreign_keys = ON');
    migrate(db, loadMigrations().slice(0, 2));
    db.prepare("INSERT INTO departments VALUES (1, '办公室', 't')").run();
    db.prepare(`INSERT INTO users (id, username, display_name, password_hash, public_key, private_key_sealed, created_at)
                VALUES (1, 'u', 'U', 'x', 'k', 's', 't')`).run();
    db.prepare("INSERT INTO drafts (id, title, department_id, author_id, created_at, updated_at) VALUES (1, '标题', 1, 1, 't', 't')").run();
    db.prepare("INSERT INTO draft_revisions (draft_id, number, body_text, content_hash, created_by, created_at) VALUES (1, 1, '正文', 'h', 1, 't')").run();
    return db;
  }

  it('keeps revisions immutable', () => {
    const db = seeded();
    expect(() => db.prepare("UPDATE draft_revisions SET body_text = '改'").run()).toThrow(/immutable/);
    expect(() => db.prepare('DELETE FROM draft_revisions').run()).toThrow(/immutable/);
  });

  it('numbers revisions uniquely per draft', () => {
    const db = seeded();
    expect(() => db.prepare("INSERT INTO draft_revisions (draft_id, number, body_text, content_hash, created_by, created_at) VALUES (1, 1, 'x', 'h', 1, 't')").run())
      .toThrow(/UNIQUE/);
  });

  it('refuses a draft of a department that does not exist', () => {
    const db = seeded();
    expect(() => db.prepare("INSERT INTO drafts (title, department_id, author_id, created_at, updated_at) VALUES ('t', 99, 1, 't', 't')").run())
      .toThrow(/FOREIGN KEY/);
  });
});
