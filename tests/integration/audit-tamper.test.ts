// The archivist's guarantee: any change to the stored chain is found and named.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../db/connection';
import { deskWithLiaison } from '../support/desk';

async function deskWithHistory() {
  const t = await deskWithLiaison();
  await t.call('liaison-win', 'drafts.create', { title: '关于开展节能宣传周活动的通知', departmentId: t.dept.id, body: '各科室：现将有关事项通知如下。' });
  await t.call('liaison-win', 'auth.signOut', {});
  return t;
}

/** A second connection, as an attacker with the file would have. */
function tamper(dataDir: string, fn: (db: Database.Database) => void) {
  const db = new Database(databasePath(dataDir));
  try { fn(db); } finally { db.close(); }
}

describe('audit chain tamper evidence', () => {
  it('verifies an untouched chain as intact, through the API', async () => {
    const t = await deskWithHistory();
    const v = await t.call('admin-win', 'audit.verify', {});
    expect(v).toMatchObject({ intact: true });
    if (v.intact) expect(v.entries).toBeGreaterThanOrEqual(6);
  });

  it('names the entry whose stored bytes were changed', async () => {
    const t = await deskWithHistory();
    const target = 4;
    tamper(t.dataDir, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      const row = db.prepare('SELECT details FROM audit_log WHERE seq = ?').get(target) as { details: string };
      // Change a single byte of the stored details.
      const bytes = Buffer.from(row.details, 'utf8');
      bytes[bytes.length - 2] = bytes[bytes.length - 2] === 0x31 ? 0x32 : 0x31;
      db.prepare('UPDATE audit_log SET details = ? WHERE seq = ?').run(bytes.toString('utf8'), target);
    });
    const v = await t.call('admin-win', 'audit.verify', {});
    expect(v).toEqual({ intact: false, entries: target, brokenAt: target, reason: 'hash-mismatch' });
  });

  it('reports a removed last entry as truncation against the recorded head', async () => {
    const t = await deskWithHistory();
    let last = 0;
    tamper(t.dataDir, (db) => {
      last = (db.prepare('SELECT max(seq) AS s FROM audit_log').get() as { s: number }).s;
      db.exec('DROP TRIGGER audit_log_no_delete');
      db.prepare('DELETE FROM audit_log WHERE seq = ?').run(last);
    });
    const v = await t.call('admin-win', 'audit.verify', {});
    expect(v).toEqual({ intact: false, entries: last - 1, brokenAt: last, reason: 'truncated' });
  });

  it('notices an entry rewritten with a recomputed hash through the next entry', async () => {
    const t = await deskWithHistory();
    tamper(t.dataDir, (db) => {
      db.exec('DROP TRIGGER audit_log_no_update');
      db.prepare("UPDATE audit_log SET actor = 'someone-else', hash = ? WHERE seq = 2").run('f'.repeat(64));
    });
    const v = await t.call('admin-win', 'audit.verify', {});
    expect(v).toMatchObject({ intact: false, brokenAt: 2 });
  });
});
