// One SQLite file per desk. Opening it applies the pragmas the desk relies on
// (WAL for a reader beside the writer, foreign keys, a busy timeout) and migrates.
import { accessSync, constants, existsSync, mkdirSync, openSync, readSync, closeSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { ClearanceError } from '../core/errors';
import { migrate } from './migrations';

export const DB_FILE_NAME = 'clearance.sqlite';
const SQLITE_MAGIC = 'SQLite format 3\0';

export type Db = Database.Database;

export function databasePath(dataDir: string): string {
  return join(dataDir, DB_FILE_NAME);
}

export function openDatabase(dataDir: string): Db {
  prepareDataDir(dataDir);
  const file = databasePath(dataDir);
  if (existsSync(file)) assertSqliteFile(file);
  let db: Db | undefined;
  try {
    db = new Database(file);
    db.pragma('journal_mode = WAL');
    db.pragma('foreign_keys = ON');
    db.pragma('busy_timeout = 5000');
    db.pragma('synchronous = FULL');
    migrate(db);
    return db;
  } catch (e) {
    db?.close();
    if (e instanceof ClearanceError) throw e;
    throw translateOpenError(e, file);
  }
}

function prepareDataDir(dataDir: string): void {
  try {
    mkdirSync(dataDir, { recursive: true });
    accessSync(dataDir, constants.W_OK);
  } catch {
    throw new ClearanceError('data-dir-not-writable',
      `数据目录不可写：${dataDir}。请选择可写的目录，或检查文件夹权限。`,
      `The data folder is not writable: ${dataDir}. Choose a writable folder or check its permissions.`);
  }
}

function assertSqliteFile(file: string): void {
  const header = Buffer.alloc(16);
  const fd = openSync(file, 'r');
  let read = 0;
  try { read = readSync(fd, header, 0, 16, 0); } finally { closeSync(fd); }
  // An empty file is what SQLite itself creates before the first write; accept it.
  if (read > 0 && header.toString('latin1', 0, read) !== SQLITE_MAGIC.slice(0, read)) throw notADatabase(file);
  if (read > 0 && read < 16) throw notADatabase(file);
}

function notADatabase(file: string): ClearanceError {
  return new ClearanceError('db-not-sqlite',
    `${file} 不是保密审查台的数据库文件（不是 SQLite 格式）。程序未作任何修改。`,
    `${file} is not a Clearance database (not an SQLite file). Nothing was changed.`);
}

function translateOpenError(e: unknown, file: string): ClearanceError {
  const code = (e as { code?: string }).code ?? '';
  if (code === 'SQLITE_NOTADB' || code === 'SQLITE_CORRUPT') return notADatabase(file);
  if (code.startsWith('SQLITE_READONLY') || code.startsWith('SQLITE_CANTOPEN') || code === 'EACCES') {
    return new ClearanceError('data-dir-not-writable',
      `无法写入数据库文件 ${file}，请检查文件夹权限。`,
      `Cannot write the database file ${file}; check the folder's permissions.`);
  }
  return new ClearanceError('db-open-failed',
    `无法打开数据库 ${file}：${(e as Error).message}`,
    `Cannot open the database ${file}: ${(e as Error).message}`);
}

/** For inspection (audit verify, backup source checks): never migrates, never writes. */
export function openDatabaseReadOnly(dataDir: string): Db {
  const file = databasePath(dataDir);
  if (!existsSync(file)) {
    throw new ClearanceError('db-missing', `数据目录中没有数据库：${file}`, `No database in the data folder: ${file}`);
  }
  assertSqliteFile(file);
  try {
    const db = new Database(file, { readonly: true, fileMustExist: true });
    db.pragma('busy_timeout = 5000');
    db.prepare('SELECT count(*) FROM sqlite_master').get();
    return db;
  } catch (e) {
    throw translateOpenError(e, file);
  }
}
