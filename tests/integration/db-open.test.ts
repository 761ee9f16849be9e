import { execFileSync } from 'node:child_process';
import { chmodSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath, openDatabase } from '../../db/connection';
import { loadMigrations, migrate } from '../../db/migrations';
import { tempDir } from '../support/temp';

function codeOf(fn: () => unknown): string {
  try { fn(); } catch (e) { return (e as { code: string }).code; }
  throw new Error('expected a refusal');
}

describe('opening the store', () => {
  it('creates a WAL database with foreign keys and all migrations applied', () => {
    const db = openDatabase(tempDir());
    expect(db.pragma('journal_mode', { simple: true })).toBe('wal');
    expect(db.pragma('foreign_keys', { simple: true })).toBe(1);
    expect(db.pragma('busy_timeout', { simple: true })).toBe(5000);
    const versions = (db.prepare('SELECT version FROM schema_migrations').all() as { version: number }[]).map((r) => r.version);
    expect(versions).toEqual(loadMigrations().map((m) => m.version));
    db.close();
  });

  it('opens an existing database again without re-applying anything', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const db = openDatabase(dir);
    expect((db.prepare('SELECT count(*) AS n FROM schema_migrations').get() as { n: number }).n).toBe(loadMigrations().length);
    db.close();
  });

  it('refuses a file that is not SQLite and leaves it untouched', () => {
    const dir = tempDir();
    const junk = Buffer.from('这不是数据库 — just some text that is long enough to look like a header');
    writeFileSync(databasePath(dir), junk);
    expect(codeOf(() => openDatabase(dir))).toBe('db-not-sqlite');
    expect(readFileSync(databasePath(dir))).toEqual(junk);
  });

  it('refuses a database written by a newer version', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const raw = new Database(databasePath(dir));
    raw.prepare("INSERT INTO schema_migrations VALUES (999, 'future', 'x', 't')").run();
    raw.close();
    expect(codeOf(() => openDatabase(dir))).toBe('db-newer-version');
  });

  it('refuses a database whose recorded history does not match the migration files', () => {
    const dir = tempDir();
    openDatabase(dir).close();
    const raw = new Database(databasePath(dir));
    raw.prepare("UPDATE schema_migrations SET checksum = 'edited' WHERE version = 1").run();
    raw.close();
    expect(codeOf(() => openDatabase(dir))).toBe('db-history-mismatch');
  });

  it('applies only the missing migrations to an older database', () => {
    const dir = tempDir();
    const raw = new Database(databasePath(dir));
    migrate(raw, loadMigrations().slice(0, 1));
    raw.close();
    const db = openDatabase(dir);
    expect(db.prepare("SELECT name FROM sqlite_master WHERE name = 'drafts'").get()).toBeTruthy();
    db.close();
  });

  it('refuses a read-only data folder with a clear error and creates nothing', () => {
    const parent = tempDir();
    chmodSync(parent, 0o755);
    const dir = join(parent, 'ro');
    mkdirSync(dir);
    chmodSync(dir, 0o555);
    // Root may write anywhere, so the attempt runs as an unprivileged user when we are root.
    const script = `import('./db/connection.ts').then(m => { try { m.openDatabase(${JSON.stringify(dir)}); console.log('opened'); }
      catch (e) { console.log(e.code); } })`;
    const uid = process.getuid?.() === 0 ? { uid: 65534, gid: 65534 } : {};
    const out = execFileSync(process.execPath, ['--import', 'tsx', '-e', script], { cwd: process.cwd(), encoding: 'utf8', ...uid,
      env: { ...process.env, TSX_DISABLE_CACHE: '1', HOME: parent } });
    expect(out.trim()).toBe('data-dir-not-writable');
    expect(readdirSync(dir)).toEqual([]);
    chmodSync(dir, 0o700);
  });
});
