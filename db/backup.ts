// Online backup through SQLite's backup API (safe while the desk is running),
// then the copy is opened on its own and checked before it is called a backup.
import { existsSync, rmSync } from 'node:fs';
import Database from 'better-sqlite3';
import { ClearanceError } from '../core/errors';
import type { Db } from './connection';
import { verifyAudit } from './audit-repo';

export interface BackupReport {
  file: string;
  pages: number;
  integrity: 'ok';
  auditEntries: number;
}

export async function backupDatabase(db: Db, toFile: string): Promise<BackupReport> {
  if (existsSync(toFile)) {
    throw new ClearanceError('backup-exists', `备份文件已存在：${toFile}，不会覆盖。`, `The backup file already exists: ${toFile}; it will not be overwritten.`);
  }
  let pages = 0;
  try {
    const r = await db.backup(toFile);
    pages = r.totalPages;
  } catch (e) {
    rmSync(toFile, { force: true });
    throw new ClearanceError('backup-failed', `备份失败：${(e as Error).message}`, `Backup failed: ${(e as Error).message}`);
  }
  const copy = new Database(toFile, { readonly: true, fileMustExist: true });
  try {
    const result = copy.pragma('integrity_check', { simple: true });
    const verdict = verifyAudit(copy);
    if (result !== 'ok' || !verdict.intact) {
      throw new ClearanceError('backup-corrupt', `备份文件校验失败（${String(result)}），请重试。`, `The backup copy failed its check (${String(result)}); try again.`);
    }
    return { file: toFile, pages, integrity: 'ok', auditEntries: verdict.entries };
  } finally {
    copy.close();
  }
}
