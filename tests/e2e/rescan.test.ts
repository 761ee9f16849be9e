// A library change reaches a draft already written: the secrecy office adds a term; the
// author of a large imported draft starts 重新扫描 and cancels it, and the draft stays as
// the import scanned it, even once the rescan would have ended; she rescans again, sees the
// progress bar, and the new term is among the findings when it ends. The administrator's
// audit log holds the rescans that finished and nothing from the cancelled one.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/desk';
import { toastsGone } from './support/motion';
import { e2eSession } from './support/session';
import { testPolicyNeverBroken } from './support/csp';
import { TERM } from './support/terms';
import { ADMIN, LIAISON, OFFICER, firstRun, signIn } from './support/people';
import { AuditScreen, DraftsScreen, Frame } from './pages/desk-pages';
import { SignInPage } from './pages/auth-pages';
import { ImportArea, LayersView, LexiconScreen } from './pages/review-pages';
import { RescanPanel } from './pages/rescan-pages';

const TITLE = '年度工作安排';
const SHORT_DRAFT = { title: '值班安排', body: '本周值班安排如下。' };

/** From anywhere in the desk to the draft, through the drafts list, as a user goes back to it. */
async function openDraft(page: Page): Promise<LayersView> {
  await new Frame(page).open('稿件');
  await page.getByRole('link', { name: TITLE }).click();
  const layers = new LayersView(page);
  await layers.activePanel().getByText('关于星火计划的进展', { exact: false }).first().waitFor({ timeout: 30_000 });
  return layers;
}

describe('rescanning a draft after the library changed', () => {
  const session = e2eSession('rescan');
  const { onFailure } = session;
  /** The library version the import scanned the draft with, as the draft shows it. */
  let importedWith = '';

  test('the liaison imports a large text that mentions a project not yet in the library', async () => {
    onFailure('rescan-import');
    const { page } = session.browser;
    await firstRun(page, [LIAISON, OFFICER]);
    const frame = await signIn(page, LIAISON);
    await frame.open('稿件');
    const file = join(session.dir, `${TITLE}.txt`);
    const line = '关于做好年度工作安排的通知，请各单位认真落实，按期报送材料。\n';
    writeFileSync(file, `关于星火计划的进展。\n${line.repeat(Math.ceil(4_000_000 / line.length))}`);
    await new ImportArea(page).importFile(file);
    await page.waitForURL(/#\/drafts\/\d+$/, { timeout: 120_000 });
    const layers = new LayersView(page);
    await layers.tab('正文').waitFor({ timeout: 60_000 });
    // The project's name is in the text, and not yet a finding: the library does not know it.
    await layers.activePanel().getByText('关于星火计划的进展', { exact: false }).first().waitFor();
    await expect(layers.mark('星火计划').count()).resolves.toBe(0);
    importedWith = (await layers.detail('词库版本').textContent()) ?? '';
    expect(importedWith).toMatch(/\d/);
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

  test('a rescan cancelled midway records nothing: the draft stays as the import scanned it', async () => {
    onFailure('rescan-cancel');
    const { page } = session.browser;
    let frame = await signIn(page, LIAISON);
    await openDraft(page);
    const rescan = new RescanPanel(page);
    await rescan.start();
    await rescan.cancelButton().click({ timeout: 10_000 });
    await rescan.cancelled().first().waitFor({ timeout: 60_000 });
    await rescan.progress().waitFor({ state: 'hidden' });
    await expect(rescan.button().isEnabled()).resolves.toBe(true);
    await screenshot(page, 'rescan-cancelled');

    // Past the time the cancelled rescan would have taken: the desk runs one rescan at a
    // time, so a short draft's rescan ends only after the cancelled one's worker is gone
    // (an ignored cancel would have finished and been recorded by then).
    await frame.open('稿件');
    await new DraftsScreen(page).create(SHORT_DRAFT);
    await page.getByRole('heading', { name: SHORT_DRAFT.title }).waitFor();
    await rescan.start();
    await rescan.done().first().waitFor({ timeout: 120_000 });

    // Signed in afresh (nothing cached), the large draft still shows the import's scan.
    await frame.signOut();
    frame = await signIn(page, LIAISON);
    const layers = await openDraft(page);
    await expect(layers.detail('词库版本').textContent()).resolves.toBe(importedWith);
    await expect(layers.mark('星火计划').count()).resolves.toBe(0);
  }, 180_000);

  test('the liaison rescans: progress, then the new finding', async () => {
    onFailure('rescan-run');
    const { page } = session.browser;
    await toastsGone(page); // the short draft's 重新扫描完成 must not pass for this one's
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
    await expect(layers.detail('词库版本').textContent()).resolves.not.toBe(importedWith);
    await screenshot(page, 'rescan-done');
    await new Frame(page).signOut();
  }, 180_000);

  test('the audit log holds the rescans that finished and nothing of the cancelled one', async () => {
    onFailure('rescan-audit');
    const { page } = session.browser;
    await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
    await new Frame(page).open('审计日志');
    const audit = new AuditScreen(page);
    await audit.entry('auth.sign-in').first().waitFor();
    await audit.filterByAction('revision.rescan');
    await audit.entry('auth.sign-in').first().waitFor({ state: 'detached' });
    await audit.entry('revision.rescanned').first().waitFor();
    // Newest first: the large draft's finished rescan, the short draft's; nothing else.
    await expect(audit.entry('revision.rescan').allTextContents()).resolves.toEqual([
      expect.stringMatching(/revision\.rescanned\s*draft:1(?!\d)/), expect.stringMatching(/revision\.rescanned\s*draft:2(?!\d)/),
    ]);
    await screenshot(page, 'rescan-audit');
  }, 60_000);

  testPolicyNeverBroken(session);
});
