// A desk with an admin, a department, a liaison and a secrecy officer (window 'officer-win').
import Database from 'better-sqlite3';
import { createHash } from 'node:crypto';
import { databasePath } from '../../db/connection';
import { expect } from 'vitest';
import { deskWithLiaison } from '../support/desk';

export async function deskWithOfficer() {
  const t = await deskWithLiaison();
  await t.call('admin-win', 'users.create', {
    username: 'zhou', displayName: '周保密', password: 'officer-password-1', roles: ['secrecy-officer'], departmentId: null,
  });
  await t.call('officer-win', 'auth.signIn', { username: 'zhou', password: 'officer-password-1' });
  return t;
}

export const b64 = (b: Buffer) => b.toString('base64');

/** A fingerprint of the lexicon's own tables: unchanged by anything refused (audit entries of refusals aside). */
export function lexiconFingerprint(dataDir: string): string {
  const db = new Database(databasePath(dataDir), { readonly: true });
  try {
    const h = createHash('sha256');
    for (const t of ['lexicon_versions', 'lexicon_snapshots', 'terms', 'allow_phrases', 'detector_settings']) {
      h.update(t).update(JSON.stringify(db.prepare(`SELECT * FROM ${t} ORDER BY rowid`).all()));
    }
    return h.digest('hex');
  } finally {
    db.close();
  }
}

export type BrokenFile = () => Promise<{ fileName: string; bytes: Buffer }>;

/**
 * A broken file is refused whole: by the preview and by the commit, with the same code
 * and a message in both languages, and the lexicon's tables are left as they were.
 */
export async function expectRefusedWhole(list: { preview: string; commit: string }, make: BrokenFile, code: string): Promise<void> {
  const t = await deskWithOfficer();
  const { fileName, bytes } = await make();
  const before = lexiconFingerprint(t.dataDir);
  const file = { fileName, contentBase64: b64(bytes), departmentId: null };
  const pre = await t.refuse('officer-win', list.preview, file);
  expect(pre.code).toBe(code);
  expect(pre.message.length).toBeGreaterThan(5);
  expect(pre.messageEn.length).toBeGreaterThan(5);
  expect((await t.refuse('officer-win', list.commit, { ...file, onExisting: 'update' })).code).toBe(code);
  expect(lexiconFingerprint(t.dataDir)).toBe(before);
}
