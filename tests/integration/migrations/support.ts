import Database from 'better-sqlite3';
import { loadMigrations, migrate } from '../../../db/migrations';

/** An in-memory database migrated up to and including `version`, with one user and department. */
export function migratedTo(version: number) {
  const db = new Database(':memory:');
  db.pragma('foreign_keys = ON');
  migrate(db, loadMigrations().slice(0, version));
  db.prepare("INSERT INTO departments VALUES (1, '办公室', 't')").run();
  db.prepare(`INSERT INTO users (id, username, display_name, password_hash, public_key, private_key_sealed, created_at)
              VALUES (1, 'u', 'U', 'x', 'k', 's', 't')`).run();
  return db;
}
