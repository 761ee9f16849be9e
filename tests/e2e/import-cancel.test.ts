// A liaison picks a large file by mistake and cancels the import from the progress area:
// the desk stops reading it, says nothing was saved, no draft appears, and the next file
// imports as usual.
import { join } from 'node:path';
import { beforeAll, describe, expect, test } from 'vitest';
import { buildFixtures } from '../fixtures/build/index';
import { screenshot } from './support/desk';
import { e2eSession } from './support/session';
import { testPolicyNeverBroken } from './support/csp';
import { buildBigDocx } from './support/big-docx';
import { LIAISON, firstRun, signIn } from './support/people';
import { Frame } from './pages/desk-pages';
import { ImportArea, LayersView } from './pages/review-pages';

describe('cancelling an import', () => {
  const session = e2eSession('import-cancel');
  const { onFailure } = session;
  let fixtures: Record<string, string>;
  let big: string;
  beforeAll(async () => {
    fixtures = await buildFixtures(session.dir);
    big = join(session.dir, '误选的大文件.docx');
    await buildBigDocx(fixtures['every-layer.docx'], big);
  }, 120_000);

  test('first run, then the liaison signs in', async () => {
    onFailure('import-cancel-setup');
    await firstRun(session.browser.page, [LIAISON]);
    const frame = await signIn(session.browser.page, LIAISON);
    await frame.open('稿件');
    await session.browser.page.getByRole('button', { name: '导入文件' }).waitFor();
  }, 90_000);

  test('取消 during a large import: the import stops, nothing is saved and no draft appears', async () => {
    onFailure('import-cancel-click');
    const { page } = session.browser;
    const area = new ImportArea(page);
    const rowsBefore = await page.getByRole('row').count();
    await area.importFile(big);
    await area.cancelButton().waitFor({ timeout: 30_000 });
    await area.progressBar().waitFor();
    await screenshot(page, 'import-cancel-button');
    await area.cancelButton().click();
    await area.cancelled().waitFor({ timeout: 30_000 });
    await expect(area.cancelled().textContent()).resolves.toContain('已取消导入，未保存任何内容。');
    await expect(area.progress().count()).resolves.toBe(0);
    expect(page.url()).toMatch(/#\/drafts$/);
    await screenshot(page, 'import-cancelled');
    // The list as the desk has it now (left and opened again): no draft from the file.
    await new Frame(page).open('敏感词检测');
    await new Frame(page).open('稿件');
    await page.getByRole('button', { name: '导入文件' }).waitFor();
    await expect(page.getByRole('row').filter({ hasText: '误选的大文件' }).count()).resolves.toBe(0);
    await expect(page.getByRole('row').count()).resolves.toBe(rowsBefore);
  }, 120_000);

  test('the button works from the keyboard, and the next file imports as usual', async () => {
    onFailure('import-cancel-keyboard');
    const { page } = session.browser;
    const area = new ImportArea(page);
    await area.importFile(big);
    await area.cancelButton().waitFor({ timeout: 30_000 });
    await area.cancelButton().focus();
    await page.keyboard.press('Enter');
    await area.cancelled().waitFor({ timeout: 30_000 });
    await expect(page.getByRole('row').filter({ hasText: '误选的大文件' }).count()).resolves.toBe(0);

    await area.importFile(fixtures['every-layer.docx']);
    await page.waitForURL(/#\/drafts\/\d+$/, { timeout: 30_000 });
    await new LayersView(page).tab('正文').waitFor();
    await new Frame(page).open('稿件');
    await page.getByRole('row').filter({ hasText: 'every-layer' }).first().waitFor();
    await expect(page.getByRole('row').filter({ hasText: '误选的大文件' }).count()).resolves.toBe(0);
  }, 120_000);

  testPolicyNeverBroken(session);
});
