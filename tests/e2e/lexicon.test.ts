// The secrecy office keeps the term library: adds a term, sees it highlighted in the
// try-it box, is shown a report (and nothing saved) for a CSV with bad rows, exports the
// list, imports and exports the allow list, exports a past version from 版本历史, and
// switches a detector off for the whole desk.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Download } from 'playwright-core';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/desk';
import { settled, toastsGone } from './support/motion';
import { e2eSession } from './support/session';
import { testPolicyNeverBroken } from './support/csp';
import { TERM } from './support/terms';
import { OFFICER, firstRun, signIn } from './support/people';
import { LexiconScreen } from './pages/review-pages';
import { Frame } from './pages/desk-pages';

describe('the term library', () => {
  const session = e2eSession('lexicon');
  const { onFailure } = session;

  test('the secrecy officer opens 词库管理 with the starter library', async () => {
    onFailure('lexicon-open');
    const { page } = session.browser;
    await firstRun(page, [OFFICER]);
    const frame = await signIn(page, OFFICER);
    await frame.open('词库管理');
    const lexicon = new LexiconScreen(page);
    await lexicon.row('绝密').first().waitFor();
    await screenshot(page, 'lexicon-terms');
  }, 90_000);

  test('adds a term and finds it', async () => {
    onFailure('lexicon-add');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    await lexicon.addTerm(TERM);
    await lexicon.search(TERM.term);
    const row = lexicon.row(TERM.term);
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(/星火计划.*项目代号.*禁止.*全局/);
  }, 60_000);

  test('the try-it box highlights the new term as one types', async () => {
    onFailure('lexicon-try');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    await lexicon.tab('检测试用').click();
    await lexicon.tryBox().fill('关于星火计划的进展，请联系 13800138000。');
    await page.getByRole('tabpanel').locator('mark', { hasText: TERM.term }).waitFor();
    await page.getByRole('tabpanel').getByRole('button').filter({ hasText: TERM.rationale }).waitFor();
    await screenshot(page, 'lexicon-try-it');
  }, 60_000);

  test('a CSV with invalid rows gets a report, no import button, and saves nothing', async () => {
    onFailure('lexicon-import');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    await lexicon.tab('敏感词库').click();
    const csv = join(session.dir, '词库-有错误.csv');
    writeFileSync(csv, ['词条,类别,程度,依据', '甲乙工程,项目代号,禁止,测试', ',项目代号,提示,空词条', '丙丁计划,项目代号,非常严重,程度不对', '星火计划,项目代号,提示,改为提示'].join('\r\n'));
    await lexicon.importFile(csv);
    const report = lexicon.report();
    await report.waitFor();
    await report.getByRole('row').filter({ hasText: '非常严重' }).waitFor();
    await expect(report.getByRole('row').filter({ hasText: /^3/ }).count()).resolves.toBeGreaterThan(0);
    await report.getByText('星火计划').first().waitFor();
    await expect(report.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    // The dialog's opening animation done, the picture shows what the user reads.
    await settled(report);
    await screenshot(page, 'lexicon-import-report');
    await lexicon.cancelImport();
    await lexicon.search('甲乙工程');
    await page.getByText('没有符合条件的词条').waitFor();
  }, 60_000);

  test('exports the library as CSV', async () => {
    onFailure('lexicon-export');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    await lexicon.search('');
    const download = await lexicon.exportCsv();
    expect(download.suggestedFilename()).toMatch(/\.csv$/);
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text).toContain('星火计划');
    expect(text).toContain('词条');

    // A double click exports once (each export is recorded in the audit log): both clicks
    // land before the first export ends, and every toast has faded before counting.
    await toastsGone(page);
    const downloads: Download[] = [];
    const count = (d: Download) => { downloads.push(d); };
    page.on('download', count);
    await page.getByRole('button', { name: '导出 CSV' }).dblclick();
    await page.getByText(/^已导出 \d+ 条词条$/).first().waitFor();
    await toastsGone(page);
    page.off('download', count);
    expect(downloads).toHaveLength(1);
  }, 60_000);

  test('the allow list: a file with a bad row is reported, a clean one imported, and the list exported', async () => {
    onFailure('lexicon-allow-import');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    const shownVersion = async () => Number((await page.getByText(/^词库版本：\d+$/).textContent())!.replace(/\D/g, ''));
    const before = await shownVersion();
    await lexicon.tab('允许清单').click();
    const bad = join(session.dir, '允许清单-有错误.csv');
    writeFileSync(bad, ['例外短语,适用范围,规则或类别,说明', '星火计划书,全部,,公开的计划书名称', '甲,类别,no-such-category,类别不对'].join('\r\n'));
    await lexicon.importFile(bad);
    const report = lexicon.report();
    await report.getByRole('row').filter({ hasText: 'no-such-category' }).waitFor();
    await expect(report.getByRole('button', { name: '确认导入' }).count()).resolves.toBe(0);
    await lexicon.cancelImport();
    await expect(lexicon.row('星火计划书').count()).resolves.toBe(0);

    const good = join(session.dir, '允许清单.csv');
    writeFileSync(good, ['例外短语,适用范围,规则或类别,说明', '星火计划书,全部,,公开的计划书名称'].join('\r\n'));
    await lexicon.importFile(good);
    await lexicon.commitImport();
    // The new desk-wide phrase comes after the starter list's, on the last page.
    await page.getByRole('tabpanel').getByTitle('下一页').click();
    await lexicon.row('星火计划书').waitFor();

    const download = await lexicon.exportCsv();
    expect(download.suggestedFilename()).toMatch(/^例外短语-全局-v\d+\.csv$/);
    expect(readFileSync((await download.path())!, 'utf8')).toContain('星火计划书,全部,,公开的计划书名称');
    // The import opened a new version, which the term list (kept open in its tab) now shows too.
    await lexicon.tab('敏感词库').click();
    await page.getByText(`词库版本：${before + 1}`, { exact: true }).waitFor();
  }, 60_000);

  test('版本历史 lists every change and exports a past version as it was', async () => {
    onFailure('lexicon-history');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    await lexicon.tab('版本历史').click();
    const added = lexicon.row('新增词条 星火计划');
    await added.waitFor();
    await lexicon.row('导入例外短语 允许清单.csv').filter({ hasText: '（当前）' }).waitFor();
    const version = Number((await added.getByRole('cell').first().textContent())!.trim());
    await toastsGone(page);
    await screenshot(page, 'lexicon-history');

    const then = await lexicon.exportVersion(version, '词条（CSV）');
    expect(then.suggestedFilename()).toBe(`词库-全局-v${version}.csv`);
    expect(readFileSync((await then.path())!, 'utf8')).toContain('星火计划');
    const before = await lexicon.exportVersion(version - 1, '词条（CSV）');
    expect(readFileSync((await before.path())!, 'utf8')).not.toContain('星火计划');
  }, 60_000);

  test('switches a detector off for the whole desk', async () => {
    onFailure('lexicon-detectors');
    const { page } = session.browser;
    const lexicon = new LexiconScreen(page);
    await lexicon.tab('检测项设置').click();
    const panel = page.getByRole('tabpanel');
    const first = panel.getByRole('row').nth(1);
    await first.getByRole('switch').click();
    await first.getByText('全局设置').waitFor();
    await expect(first.getByRole('switch').getAttribute('aria-checked')).resolves.toBe('false');
    await toastsGone(page);
    await screenshot(page, 'lexicon-detectors');
  }, 60_000);

  test('the library screen in English', async () => {
    onFailure('lexicon-english');
    const { page } = session.browser;
    const frame = new Frame(page);
    await frame.switchLanguage('English');
    await frame.menu('Term library').waitFor();
    await page.getByRole('tab', { name: 'Allow list' }).click();
    await page.getByRole('button', { name: 'Add allowed phrase' }).waitFor();
    await page.getByRole('tab', { name: 'Try it' }).click();
    await page.getByRole('tabpanel').locator('mark', { hasText: TERM.term }).waitFor();
    await toastsGone(page);
    await screenshot(page, 'lexicon-english');
    await frame.switchLanguage('中文');
    await frame.menu('词库管理').waitFor();
  }, 60_000);

  testPolicyNeverBroken(session);
});
