import { parseArgs } from 'node:util';
import { defaultDataDir } from '../../api/data-dir';
import { openDatabaseReadOnly } from '../../db/connection';
import { verifyAudit } from '../../db/audit-repo';
import type { CliIo } from '../io';

export async function auditCommand(args: string[], io: CliIo): Promise<number> {
  const [sub, ...rest] = args;
  if (sub !== 'verify') {
    io.stderr.write('用法 / Usage: clearance audit verify [--data DIR]\n');
    return 2;
  }
  const { values } = parseArgs({ args: rest, options: { data: { type: 'string' }, json: { type: 'boolean' } } });
  const db = openDatabaseReadOnly(values.data ?? defaultDataDir());
  try {
    const v = verifyAudit(db);
    if (values.json) io.stdout.write(`${JSON.stringify(v)}\n`);
    else if (v.intact) io.stdout.write(`审计链完整 / audit chain intact: ${v.entries} entries, head #${v.head.seq} ${v.head.hash}\n`);
    else io.stdout.write(`审计链在第 ${v.brokenAt} 条处断裂 / audit chain broken at entry #${v.brokenAt} (${v.reason})\n`);
    return v.intact ? 0 : 1;
  } finally {
    db.close();
  }
}
