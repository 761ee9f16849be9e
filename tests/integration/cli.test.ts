// The `clearance` command as an operator runs it: real process, real files.
import { execFile } from 'node:child_process';
import { existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { databasePath } from '../../db/connection';
import { deskWithLiaison } from '../support/desk';
import { tempDir } from '../support/temp';

const run = promisify(execFile);

async function clearance(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  try {
    const { stdout, stderr } = await run(process.execPath, ['bin/clearance.mjs', ...args], { encoding: 'utf8' });
    return { code: 0, stdout, stderr };
  } catch (e) {
    const err = e as { code: number; stdout: string; stderr: string };
    return { code: err.code, stdout: err.stdout, stderr: err.stderr };
  }
}

describe('clearance audit verify', () => {
  it('says an intact chain is intact and names the first broken entry of a tampered one', async () => {
    const t = await deskWithLiaison();
    const ok = await clearance('audit', 'verify', '--data', t.dataDir);
    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/intact: \d+ entries/);
    const db = new Database(databasePath(t.dataDir));
    db.exec('DROP TRIGGER audit_log_no_update');
    db.prepare("UPDATE audit_log SET subject = 'user:someone' WHERE seq = 3").run();
    db.close();
    const broken = await clearance('audit', 'verify', '--data', t.dataDir, '--json');
    expect(broken.code).toBe(1);
    expect(JSON.parse(broken.stdout)).toMatchObject({ intact: false, brokenAt: 3, reason: 'hash-mismatch' });
  });

  it('refuses a data folder without a database, without creating one', async () => {
    const dir = tempDir();
    const r = await clearance('audit', 'verify', '--data', dir);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/No database/);
    expect(existsSync(databasePath(dir))).toBe(false);
  });
});

describe('clearance backup', () => {
  it('writes a verified copy that opens with the same audit chain', async () => {
    const t = await deskWithLiaison();
    const to = join(tempDir(), 'backup.sqlite');
    const r = await clearance('backup', '--data', t.dataDir, '--to', to);
    expect(r.code).toBe(0);
    expect(r.stdout).toMatch(/integrity=ok/);
    const copy = new Database(to, { readonly: true });
    expect(copy.pragma('integrity_check', { simple: true })).toBe('ok');
    expect((copy.prepare('SELECT count(*) AS n FROM users').get() as { n: number }).n).toBe(2);
    copy.close();
  });

  it('never overwrites an existing file', async () => {
    const t = await deskWithLiaison();
    const to = join(tempDir(), 'exists.sqlite');
    writeFileSync(to, 'keep me');
    const r = await clearance('backup', '--data', t.dataDir, '--to', to);
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/will not be overwritten/);
  });

  it('refuses a file that is not a database', async () => {
    const dir = tempDir();
    writeFileSync(databasePath(dir), 'not a database at all, just text');
    const r = await clearance('backup', '--data', dir, '--to', join(dir, 'b.sqlite'));
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/not an SQLite file/);
  });
});

describe('clearance usage', () => {
  it('prints usage for an unknown command and exits 2', async () => {
    const r = await clearance('frobnicate');
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/Usage/);
  });
});
