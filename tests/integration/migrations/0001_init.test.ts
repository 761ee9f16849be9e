import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { loadMigrations, migrate } from '../../../db/migrations';

function dbAt(version: number) {
  const db = new Database(':memory:');
  migrate(db, loadMigrations().slice(0, version));
  return db;
}

describe('migration 0001_init', () => {
  it('creates users, roles, departments and the audit chain tables', () => {
    const db = dbAt(1);
    const tables = (db.prepare("SELECT name FROM sqlite_master WHERE type='table'").all() as { name: string }[]).map((t) => t.name);
    expect(tables).toEqual(expect.arrayContaining(['users', 'user_roles', 'departments', 'audit_log', 'audit_head', 'schema_migrations']));
  });

  it('makes the audit log append-only', () => {
    const db = dbAt(1);
    db.prepare("INSERT INTO audit_log VALUES (1, 't', 'a', 'x', 's', '{}', 'p', 'h')").run();
    expect(() => db.prepare("UPDATE audit_log SET action = 'y'").run()).toThrow(/append-only/);
    expect(() => db.prepare('DELETE FROM audit_log').run()).toThrow(/append-only/);
    expect(db.prepare('SELECT action FROM audit_log').get()).toEqual({ action: 'x' });
  });

  it('lets the chain head move forward by one entry only', () => {
    const db = dbAt(1);
    db.prepare("INSERT INTO audit_head VALUES (1, 1, 'h1')").run();
    db.prepare("UPDATE audit_head SET seq = 2, hash = 'h2'").run();
    expect(() => db.prepare("UPDATE audit_head SET seq = 1, hash = 'h1'").run()).toThrow(/forward/);
    expect(() => db.prepare('DELETE FROM audit_head').run()).toThrow(/cannot be deleted/);
  });

  it('rejects unknown roles', () => {
    const db = dbAt(1);
    db.prepare(`INSERT INTO users (id, username, display_name, password_hash, public_key, private_key_sealed, created_at)
                VALUES (1, 'u', 'U', 'x', 'k', 's', 't')`).run();
    expect(() => db.prepare("INSERT INTO user_roles VALUES (1, 'superuser')").run()).toThrow(/CHECK/);
  });
});
