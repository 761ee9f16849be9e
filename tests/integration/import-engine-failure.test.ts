// An import whose scan engine cannot be prepared (reading or seeding the lexicon failed:
// a locked or damaged database) ends like any other failed import: failed with `internal`,
// its refusal audited. It used to fail outside the job's error handling, so the job was
// reported as queued for good and the rejection went unhandled.
import { describe, expect, it } from 'vitest';
import { ImportQueue } from '../../api/imports/import-queue';
import { openDatabase } from '../../db/connection';
import { auditActions } from '../support/db-snapshot';
import { tempDir } from '../support/temp';

describe('an import whose scan engine cannot be prepared', () => {
  it('fails, records only its refusal, and is reported as failed', async () => {
    const dataDir = tempDir();
    const db = openDatabase(dataDir);
    const before = auditActions(dataDir);
    const queue = new ImportQueue({ db, now: () => new Date(), engineSpecFor: () => { throw new Error('database is locked'); }, limits: {} });
    const user = { id: 1, username: 'liaison', displayName: '联络员', roles: [], departmentId: 1, departmentName: '办公室' };
    const { jobId } = queue.start({ user, draftId: null, title: '通知', departmentId: 1, fileName: '通知.txt', bytes: Buffer.from('关于做好年度工作的通知'), sha256: 'x' });
    await queue.idle();
    expect(queue.status(jobId, user.id)).toMatchObject({ state: 'failed', error: { code: 'internal', message: '导入失败，未保存任何内容。' } });
    expect(auditActions(dataDir)).toEqual([...before, 'drafts.import-refused']);
    db.close();
  });
});
