// A library change reaches a draft already written: the secrecy office adds a term, the
// author of a large imported draft clicks 重新扫描, sees the progress bar, and the new
// term is among the findings when it ends; a second rescan is cancelled midway.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/desk';
import { e2eSession } from './support/session';
import { testPolicyNeverBroken } from './support/csp';
import { TERM } from './support/terms';
import { LIAISON, OFFICER, firstRun, signIn } from './support/people';
import { ImportArea, LayersView, LexiconScreen } from './pages/review-pages';
import { RescanPanel } from './pages/rescan-pages';

describe('rescanning a draft after the library changed', () => {
  const session = e2eSession('rescan');
  const { onFailure } = session;

  test('the liaison imports a large text that mentions a project not yet in the library', async () => {
    onFailure('rescan-import');
    const { page } = session.browser;
    await firstRun(page, [LIAISON, OFFICER]);
    const frame = await signIn(page, LIAISON);
    await frame.open('稿件');
    const file = join(session.dir, '年度工作安排.txt');
    const line = '关于做好年度工作安排的通知，请各单位认真落实，按期报送材料。\n';
    writeFileSync(file, `关于星火计划的进展。\n${line.repeat(Math.ceil(4_000_000 / line.length))}`);
    await new ImportArea(page).importFile(file);
    await page.waitForURL(/#\/drafts\/\d+$/, { timeout: 120_000 });
    const layers = new LayersView(page);
    await layers.tab('正文').waitFor({ timeout: 60_000 });
    // The project's name is in the text, and not yet a finding: the library does not know it.
    await layers.activePanel().getByText('关于星火计划的进展', { exact: false }).first().waitFor();
    await expect(layers.mark('星火计划').count()).resolves.toBe(0);
    await frame.signOut();
  }, 240_000);

  test('the secrecy officer adds the term', async () => {
    onFailure('rescan-term');
    const { page } = session.browser;
    const frame = await signIn(page, OFFICER);
    await frame.open('词库管理');
    await new LexiconScreen(page).addTerm(TERM);
    await frame.signOut();
  }, 90_000);

  test('the liaison rescans: progress, then the new finding', async () => {
    onFailure('rescan-run');
    const { page } = session.browser;
    const frame = await signIn(page, LIAISON);
    await frame.open('稿件');
    await page.getByRole('link', { name: '年度工作安排' }).click();
    const rescan = new RescanPanel(page);
    await rescan.start();
    await rescan.progressBar().waitFor({ timeout: 10_000 });
    await expect(rescan.progress().textContent()).resolves.toMatch(/排队中|扫描中|保存中/);
    await screenshot(page, 'rescan-progress');
    await rescan.done().first().waitFor({ timeout: 120_000 });
    await rescan.progress().waitFor({ state: 'hidden' });
    const layers = new LayersView(page);
    await layers.findings().filter({ hasText: '星火计划' }).first().waitFor({ timeout: 30_000 });
    await layers.mark('星火计划').first().waitFor();
    await screenshot(page, 'rescan-done');
  }, 180_000);

  test('a rescan can be cancelled; nothing changes', async () => {
    onFailure('rescan-cancel');
    const { page } = session.browser;
    const rescan = new RescanPanel(page);
    await rescan.start();
    await rescan.cancelButton().click({ timeout: 10_000 });
    await rescan.cancelled().first().waitFor({ timeout: 60_000 });
    await rescan.progress().waitFor({ state: 'hidden' });
    await expect(rescan.button().isEnabled()).resolves.toBe(true);
    await new LayersView(page).findings().filter({ hasText: '星火计划' }).first().waitFor();
    await screenshot(page, 'rescan-cancelled');
  }, 120_000);

  testPolicyNeverBroken(session);
});
