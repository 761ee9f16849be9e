import { parseArgs } from 'node:util';
import { resolve } from 'node:path';
import { ClearanceError } from '../../core/errors';
import { defaultDataDir } from '../../api/data-dir';
import { openDatabaseReadOnly } from '../../db/connection';
import { backupDatabase } from '../../db/backup';
import type { CliIo } from '../io';

export async function backupCommand(args: string[], io: CliIo): Promise<number> {
  const { values } = parseArgs({ args, options: { data: { type: 'string' }, to: { type: 'string' } } });
  if (!values.to) throw new ClearanceError('missing-option', '请用 --to FILE 指定备份文件。', 'Name the backup file with --to FILE.');
  const db = openDatabaseReadOnly(values.data ?? defaultDataDir());
  try {
    const r = await backupDatabase(db, resolve(values.to));
    io.stdout.write(`备份完成并已校验 / backup written and verified: ${r.file}\n`);
    io.stdout.write(`pages=${r.pages} integrity=${r.integrity} audit_entries=${r.auditEntries}\n`);
    return 0;
  } finally {
    db.close();
  }
}
