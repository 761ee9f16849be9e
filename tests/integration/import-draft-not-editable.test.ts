// A draft that stops being editable while a file is being imported into it. The worker
// reads the file outside any transaction, so by the time it is done the author may have
// lost the liaison role, been moved to another department or been disabled by the
// administrator; the commit must then be refused (not-editable, forbidden or
// wrong-department) and leave only the drafts.import-refused audit entry behind.
// A real SQLite file, a real .docx large enough to be caught mid-extraction.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import type { ImportStatus } from '../../api/contract';
import { sha256Hex } from '../../core/hash';
import { buildBigDocx } from '../e2e/support/big-docx';
import { buildFixtures } from '../fixtures/build';
import { AUDIT_TABLES, auditActions, auditDetails, dbFingerprint } from '../support/db-snapshot';
import { deskWithLiaison } from '../support/desk';
import { importReached } from '../support/import-jobs';
import { tempDir } from '../support/temp';

type Desk = Awaited<ReturnType<typeof deskWithLiaison>>;

let docx: Buffer;
beforeAll(async () => {
  const dir = tempDir('big-docx-');
  const fixtures = await buildFixtures(join(dir, 'f'));
  const file = join(dir, 'big.docx');
  await buildBigDocx(fixtures['every-layer.docx'], file, 8 * 1024 * 1024);
  docx = readFileSync(file);
}, 120_000);

/**
 * Starts importing the large file into `draftId` (null: a new draft) and returns once the
 * worker reports that it is extracting. Between that report and the worker's result only
 * this test's calls run (they never leave the event loop's current turn), so whatever the
 * test changes next is in place before the import is recorded.
 */
async function importUnderWay(t: Desk, draftId: number | null): Promise<ImportStatus> {
  const job = await t.call('liaison-win', 'drafts.importFile', { draftId, fileName: '年度工作安排.docx', contentBase64: docx.toString('base64') });
  return importReached(t, job, 'extracting');
}

const typedDraft = async (t: Desk) =>
  (await t.call('liaison-win', 'drafts.create', { title: '年度工作安排', departmentId: t.dept.id, body: '初稿' })).id;

/** The draft's state and the audit chain just before the import would be recorded. */
function snapshot(t: Desk) {
  return { tables: dbFingerprint(t.dataDir, AUDIT_TABLES), actions: auditActions(t.dataDir) };
}

function expectRefusedAndNothingElse(t: Desk, before: ReturnType<typeof snapshot>, code: string) {
  expect(dbFingerprint(t.dataDir, AUDIT_TABLES)).toBe(before.tables);
  expect(auditActions(t.dataDir)).toEqual([...before.actions, 'drafts.import-refused']);
  expect(auditDetails(t.dataDir, 'drafts.import-refused')).toEqual([
    { fileName: '年度工作安排.docx', sha256: sha256Hex(docx), size: docx.byteLength, code },
  ]);
}

describe('a draft that stops being editable while its import runs in the worker', () => {
  it('refuses the commit when the author lost the liaison role meanwhile', async () => {
    const t = await deskWithLiaison();
    const draftId = await typedDraft(t);
    const job = await importUnderWay(t, draftId);
    await t.call('admin-win', 'users.setRoles', { userId: t.liaison.id, roles: ['section-head'] });
    const before = snapshot(t);
    await t.desk.importsIdle();
    expectRefusedAndNothingElse(t, before, 'not-editable');

    // Given the role back, the author reads why: the job failed with not-editable, and the
    // draft still has only its typed revision.
    await t.call('admin-win', 'users.setRoles', { userId: t.liaison.id, roles: ['liaison'] });
    expect(await t.call('liaison-win', 'imports.status', { jobId: job.jobId })).toMatchObject({
      state: 'failed', revision: null, error: { code: 'not-editable' },
    });
    expect((await t.call('liaison-win', 'drafts.open', { draftId })).revisions).toBe(1);
  }, 120_000);

  it('refuses the commit when the author was disabled meanwhile', async () => {
    const t = await deskWithLiaison();
    await importUnderWay(t, await typedDraft(t));
    await t.call('admin-win', 'users.setDisabled', { userId: t.liaison.id, disabled: true });
    const before = snapshot(t);
    await t.desk.importsIdle();
    expectRefusedAndNothingElse(t, before, 'not-editable');
  }, 120_000);

  it('creates no draft when the liaison lost the role while a file for a new draft was read', async () => {
    const t = await deskWithLiaison();
    await importUnderWay(t, null);
    await t.call('admin-win', 'users.setRoles', { userId: t.liaison.id, roles: ['section-head'] });
    const before = snapshot(t);
    await t.desk.importsIdle();
    expectRefusedAndNothingElse(t, before, 'forbidden');
  }, 120_000);

  it('creates no draft in the old department when the liaison was moved to another one meanwhile', async () => {
    const t = await deskWithLiaison();
    await importUnderWay(t, null);
    const other = await t.call('admin-win', 'departments.create', { name: '综合科' });
    await t.call('admin-win', 'users.setDepartment', { userId: t.liaison.id, departmentId: other.id });
    const before = snapshot(t);
    await t.desk.importsIdle();
    expectRefusedAndNothingElse(t, before, 'wrong-department');
  }, 120_000);
});
