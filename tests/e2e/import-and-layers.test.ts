// A liaison imports files into drafts: the layers of a docx with the findings in each,
// a hostile file refused without a trace, and a 20 MB file imported while the window
// keeps answering.
import { statSync } from 'node:fs';
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

describe('importing files and reading their layers', () => {
  const session = e2eSession('import-and-layers');
  const { onFailure } = session;
  let fixtures: Record<string, string>;
  beforeAll(async () => {
    fixtures = await buildFixtures(session.dir);
  }, 120_000);

  test('first run, then the liaison signs in', async () => {
    onFailure('import-setup');
    await firstRun(session.browser.page, [LIAISON]);
    const frame = await signIn(session.browser.page, LIAISON);
    await frame.open('稿件');
    await session.browser.page.getByRole('button', { name: '导入文件' }).waitFor();
    await screenshot(session.browser.page, 'drafts-import-area');
  }, 90_000);

  test('a docx becomes a draft whose every layer is a tab, hidden ones marked', async () => {
    onFailure('import-docx');
    const { page } = session.browser;
    await new ImportArea(page).importFile(fixtures['every-layer.docx']);
    await page.waitForURL(/#\/drafts\/\d+$/, { timeout: 30_000 });
    const layers = new LayersView(page);
    for (const name of ['正文', '页眉', '页脚', '脚注', '尾注', '批注', '修订删除', '修订插入', '隐藏文字', '文本框', '元数据']) {
      await layers.tab(name).waitFor();
    }
    // The body's classification mark is found and highlighted; its badge counts it in red.
    await expect(layers.badge('正文').textContent()).resolves.toMatch(/[1-9]/);
    await layers.findings().filter({ hasText: '机密★1年' }).first().waitFor();
    await layers.mark('机密').first().waitFor();
    await expect(layers.findings().filter({ hasText: '密级标志' }).count()).resolves.toBeGreaterThan(0);
    // Hidden layers carry the tag in their tab and the explanation in their panel.
    await expect(layers.tab('修订删除').textContent()).resolves.toContain('隐藏层');
    await expect(layers.tab('正文').textContent()).resolves.not.toContain('隐藏层');
    await page.getByText('SHA-256').first().waitFor();
    await screenshot(page, 'layers-body');

    await layers.open('修订删除');
    await layers.activePanel().getByText('此层内容在屏幕或纸面上看不到', { exact: false }).waitFor();
    await expect(layers.activePanel().locator('[data-hidden]').count()).resolves.toBe(1);
    await layers.activePanel().getByText('修订删除的秘密').first().waitFor();
    await screenshot(page, 'layers-tracked-deletion');

    // The keyboard: from the layer's tab, j steps into its findings; focus and the highlight follow.
    await layers.tab('正文').focus();
    await page.keyboard.press('Enter');
    await page.keyboard.press('j');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).resolves.toBe('true');
    await layers.activePanel().locator('mark[data-active]').first().waitFor();
    // ↓ and ↑ move on from a finding and wrap around the list.
    const count = await layers.findings().count();
    for (let i = 0; i < count; i += 1) await page.keyboard.press('ArrowDown');
    await expect(page.evaluate(() => document.activeElement?.getAttribute('aria-current'))).resolves.toBe('true');
    await screenshot(page, 'layers-keyboard');
  }, 90_000);

  test('the author imports a new version; the same bytes twice are refused', async () => {
    onFailure('import-version');
    const { page } = session.browser;
    const area = new ImportArea(page);
    const dialog = await area.importNewVersion(fixtures['every-layer.docx']);
    await dialog.getByRole('alert').filter({ hasText: '导入失败' }).waitFor({ timeout: 30_000 });
    await screenshot(page, 'import-duplicate');
    await dialog.locator('input[type=file]').setInputFiles(fixtures['layers.pdf']);
    await dialog.waitFor({ state: 'hidden', timeout: 30_000 });
    await page.getByText('第 2 版').first().waitFor();
    await new LayersView(page).tab('PDF').first().waitFor();
    await page.getByText('layers.pdf').first().waitFor();
    await screenshot(page, 'layers-pdf-version');
  }, 60_000);

  test('a zip bomb is refused with a clear message and no draft is created', async () => {
    onFailure('import-hostile');
    const { page } = session.browser;
    await new Frame(page).open('稿件');
    const rows = page.getByRole('row').filter({ hasText: 'every-layer' });
    await rows.first().waitFor();
    const before = await page.getByRole('row').count();
    const area = new ImportArea(page);
    await area.importFile(fixtures['hostile-zip-bomb.docx']);
    await area.error().waitFor({ timeout: 30_000 });
    await expect(area.error().textContent()).resolves.toMatch(/压缩|解压|上限|炸弹|比/);
    expect(page.url()).toMatch(/#\/drafts$/);
    await expect(page.getByRole('row').filter({ hasText: 'hostile' }).count()).resolves.toBe(0);
    await expect(page.getByRole('row').count()).resolves.toBe(before);
    await screenshot(page, 'import-refused');
  }, 60_000);

  test('a file dropped on the drop zone becomes a draft', async () => {
    onFailure('import-drop');
    const { page } = session.browser;
    await new Frame(page).open('稿件');
    await new ImportArea(page).dropFile(fixtures['sample.ofd'], 'sample.ofd');
    await page.waitForURL(/#\/drafts\/\d+$/, { timeout: 30_000 });
    await new LayersView(page).tab('OFD').first().waitFor();
    await page.getByText('sample.ofd').first().waitFor();
    await screenshot(page, 'import-dropped');
    await new Frame(page).open('稿件');
  }, 60_000);

  test('a 20 MB docx imports with a progress bar while the window keeps answering', async () => {
    onFailure('import-large');
    const { page } = session.browser;
    const big = join(session.dir, '大文件-20MB.docx');
    const bytes = await buildBigDocx(fixtures['every-layer.docx'], big);
    expect(statSync(big).size).toBe(bytes);
    expect(bytes).toBeGreaterThan(18 * 1024 * 1024);

    const area = new ImportArea(page);
    const started = Date.now();
    await area.importFile(big);
    await area.progressBar().waitFor({ timeout: 10_000 });
    await screenshot(page, 'import-progress');
    const roundTrips: number[] = [];
    let clickMs: number | null = null;
    while (await area.progress().isVisible()) {
      // A call to the desk and back (auth.me, as the window's own client sends it): it
      // waits for the desk's main thread, and for the window's, which handles the reply.
      const t0 = Date.now();
      const answered = await page.evaluate(async () => {
        const r = await fetch('/api/invoke', {
          method: 'POST', credentials: 'same-origin', headers: { 'Content-Type': 'application/json', 'X-Clearance': '1' },
          body: JSON.stringify({ method: 'auth.me', params: {} }),
        });
        return ((await r.json()) as { ok: boolean }).ok;
      });
      roundTrips.push(Date.now() - t0);
      expect(answered).toBe(true);
      if (clickMs === null && roundTrips.length >= 3) {
        // A click during the import is answered: the new-draft dialog opens and closes.
        const t1 = Date.now();
        await page.getByRole('button', { name: '新建稿件' }).click();
        await page.getByRole('dialog').filter({ hasText: '新建稿件' }).waitFor({ timeout: 2_000 });
        clickMs = Date.now() - t1;
        await page.keyboard.press('Escape');
      }
      await page.waitForTimeout(150);
    }
    await page.waitForURL(/#\/drafts\/\d+$/, { timeout: 120_000 });
    const imported = Date.now() - started;
    await new LayersView(page).tab('正文').waitFor({ timeout: 60_000 });
    const shown = Date.now() - started;
    console.log(`20 MB import: ${(bytes / 1048576).toFixed(1)} MB on disk, done in ${imported} ms, layers shown at ${shown} ms; `
      + `round trips during import (ms): ${roundTrips.join(', ')}; a click answered in ${clickMs} ms`);
    expect(roundTrips.length).toBeGreaterThanOrEqual(3);
    expect(clickMs).not.toBeNull();
    expect(clickMs!).toBeLessThan(2_000);
    // Reading and scanning this file takes the worker well over ten seconds; done on the
    // desk's main thread it would hold a call for most of that. The bound leaves room for
    // a busy shared machine (a CI run beside other work once saw 582 ms).
    expect(Math.max(...roundTrips)).toBeLessThan(2_000);
    await screenshot(page, 'layers-large');
  }, 240_000);

  test('the liaison checks a text in 敏感词检测 and sees the highlight', async () => {
    onFailure('liaison-try');
    const { page } = session.browser;
    await new Frame(page).open('敏感词检测');
    await page.getByRole('textbox', { name: '在此粘贴待检测的文字' }).fill('本通知为机密★5年，请勿外传。');
    await page.locator('mark', { hasText: '机密' }).first().waitFor();
    await screenshot(page, 'try-it-liaison');
  }, 60_000);

  testPolicyNeverBroken(session);
});
