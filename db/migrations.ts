// Migrations are append-only SQL files `NNNN_name.sql`. Each applied migration is
// recorded with the SHA-256 of its text; a database whose recorded history differs
// from the files (edited, reordered, missing) or that is ahead of them is refused.
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type Database from 'better-sqlite3';
import { ClearanceError } from '../core/errors';
import { sha256Hex } from '../core/hash';

export interface Migration {
  version: number;
  name: string;
  sql: string;
  checksum: string;
}

const FILE_NAME = /^(\d{4})_([a-z0-9_]+)\.sql$/;

export function migrationsDir(): string {
  return fileURLToPath(new URL('./migrations/', import.meta.url));
}

export function loadMigrations(dir = migrationsDir()): Migration[] {
  const migrations = readdirSync(dir)
    .filter((f) => f.endsWith('.sql'))
    .sort()
    .map((file) => {
      const m = FILE_NAME.exec(file);
      if (!m) throw new Error(`Migration file name not NNNN_name.sql: ${file}`);
      const sql = readFileSync(`${dir}/${file}`, 'utf8');
      return { version: Number(m[1]), name: m[2], sql, checksum: sha256Hex(sql) };
    });
  migrations.forEach((m, i) => {
    if (m.version !== i + 1) throw new Error(`Migrations must be numbered 1..n without gaps; found ${m.version} at ${i + 1}`);
  });
  return migrations;
}

interface AppliedRow { version: number; name: string; checksum: string }

/** Applies pending migrations, each in its own transaction; refuses a mismatched history. */
export function migrate(db: Database.Database, migrations: Migration[] = loadMigrations()): { applied: number[] } {
  db.exec(`CREATE TABLE IF NOT EXISTS schema_migrations (
    version INTEGER PRIMARY KEY, name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)`);
  const applied = db.prepare('SELECT version, name, checksum FROM schema_migrations ORDER BY version').all() as AppliedRow[];
  const newest = migrations.length;
  const ahead = applied.find((row) => row.version > newest);
  if (ahead) {
    throw new ClearanceError('db-newer-version',
      `该数据库由更新版本的保密审查台创建（数据库版本 ${applied[applied.length - 1].version}，本程序支持到 ${newest}），请使用新版程序打开。`,
      `This database was written by a newer version of Clearance (schema ${applied[applied.length - 1].version}; this program knows up to ${newest}). Open it with the newer version.`);
  }
  applied.forEach((row, i) => {
    const expected = migrations[i];
    if (row.version !== i + 1 || row.name !== expected.name || row.checksum !== expected.checksum) {
      throw new ClearanceError('db-history-mismatch',
        `数据库的迁移记录与程序不一致（第 ${row.version} 号迁移 ${row.name}），为防止数据损坏已拒绝打开。`,
        `The database's migration history does not match this program (migration ${row.version} ${row.name}); refusing to open it to avoid damage.`);
    }
  });
  // Migrations that record content hashes (0005's lexicon snapshot) call this; SQLite has no SHA-256 of its own.
  db.function('sha256_hex', { deterministic: true }, (text: unknown) => sha256Hex(String(text)));
  const done: number[] = [];
  const record = db.prepare('INSERT INTO schema_migrations (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)');
  for (const m of migrations.slice(applied.length)) {
    db.transaction(() => {
      db.exec(m.sql);
      record.run(m.version, m.name, m.checksum, new Date().toISOString());
    })();
    done.push(m.version);
  }
  return { applied: done };
}
