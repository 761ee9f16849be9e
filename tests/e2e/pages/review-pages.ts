// Page objects for importing files, the layers of a revision, and the term library.
import { readFileSync } from 'node:fs';
import type { Locator, Page } from 'playwright-core';
import { settled } from '../support/motion';

export class ImportArea {
  constructor(private readonly page: Page) {}

  /** The file dialog's input behind "导入文件" (the drop zone has its own). */
  fileInput(): Locator { return this.page.locator('input[type=file]').first(); }
  async importFile(path: string) { await this.fileInput().setInputFiles(path); }
  /** Drops a file on the drop zone as the OS would: a real `drop` event carrying a DataTransfer. */
  async dropFile(path: string, name: string) {
    const b64 = readFileSync(path).toString('base64');
    const dataTransfer = await this.page.evaluateHandle(({ b64, name }) => {
      const dt = new DataTransfer();
      dt.items.add(new File([Uint8Array.from(atob(b64), (c) => c.charCodeAt(0))], name));
      return dt;
    }, { b64, name });
    const zone = this.page.getByText('拖到此处', { exact: false }).first();
    await zone.dispatchEvent('dragenter', { dataTransfer });
    await zone.dispatchEvent('drop', { dataTransfer });
  }
  progress(): Locator { return this.page.getByRole('status').filter({ hasText: '正在导入' }); }
  progressBar(): Locator { return this.page.getByRole('progressbar'); }
  error(): Locator { return this.page.getByRole('alert').filter({ hasText: '导入失败' }); }
  /** 取消 (正在取消… once pressed) beside the progress bar, while the desk can still stop the import. */
  cancelButton(): Locator { return this.progress().getByRole('button', { name: /取消/ }); }
  /** What the progress area says once the import was cancelled. */
  cancelled(): Locator { return this.page.getByRole('status').filter({ hasText: '已取消导入' }); }

  /** "导入新版本" on an open draft: the dialog and its drop zone's input. */
  async importNewVersion(path: string): Promise<Locator> {
    await this.page.getByRole('button', { name: '导入新版本' }).click();
    const dialog = this.page.getByRole('dialog').filter({ hasText: '导入新版本' });
    await dialog.locator('input[type=file]').setInputFiles(path);
    return dialog;
  }
}

export class LayersView {
  constructor(private readonly page: Page) {}

  tab(name: string): Locator { return this.page.getByRole('tab', { name: new RegExp(name) }); }
  /** The tab's badge: the number of findings in that layer. */
  badge(name: string): Locator { return this.tab(name).locator('.ant-badge'); }
  async open(name: string) { await this.tab(name).click(); }
  /** Inactive panels are aria-hidden, so the role query finds only the open one. */
  activePanel(): Locator { return this.page.getByRole('tabpanel'); }
  mark(text: string): Locator { return this.activePanel().locator('mark', { hasText: text }); }
  findings(): Locator { return this.activePanel().getByRole('region', { name: '发现列表' }).getByRole('button'); }
  /** A value of the revision's summary table, e.g. 词库版本 (the library its newest scan used). */
  detail(label: string): Locator { return this.page.locator(`xpath=//th[normalize-space()="${label}"]/following-sibling::td[1]`); }
}

export class LexiconScreen {
  constructor(private readonly page: Page) {}

  tab(name: string): Locator { return this.page.getByRole('tab', { name }); }
  row(text: string): Locator { return this.page.getByRole('row').filter({ hasText: text }); }

  async addTerm(t: { term: string; category: string; severity: string; rationale: string }) {
    await this.page.getByRole('button', { name: '新增词条' }).click();
    const d = this.page.getByRole('dialog').filter({ hasText: '新增词条' });
    await d.getByLabel('词条').fill(t.term);
    await d.getByLabel('分类').fill(t.category);
    // On a loaded machine a click while the dropdown slides open can land beside the
    // option, or the dropdown closes before the click: pick with a short timeout, check
    // what the select shows, and try again (the next click on the select reopens it).
    const shown = d.locator(`.ant-select-content[title="${t.severity}"]:has(#severity)`);
    for (let attempt = 1; ; attempt++) {
      await d.getByLabel('级别').click();
      await this.page.locator('.ant-select-dropdown:visible').getByTitle(t.severity, { exact: true })
        .click({ timeout: 5_000 }).catch(() => undefined);
      if (await shown.waitFor({ timeout: 2_000 }).then(() => true, () => false)) break;
      if (attempt === 5) throw new Error(`the severity select did not take ${t.severity}`);
    }
    await d.getByLabel('依据说明').fill(t.rationale);
    await d.getByRole('button', { name: '保存' }).click();
    await d.waitFor({ state: 'hidden' });
  }

  async search(text: string) {
    const box = this.page.getByLabel('搜索词条或分类');
    await box.fill(text);
    await box.press('Enter');
  }

  async importFile(path: string) {
    // The import button's own hidden input, in the open tab (terms or allow list).
    await this.page.getByRole('tabpanel').locator('input[type=file][accept=".csv,.xlsx"]').setInputFiles(path);
  }

  /** Exports one version's list from 版本历史; `item` is the menu entry, e.g. 词条（CSV）. */
  async exportVersion(version: number, item: string) {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: `导出第 ${version} 版` }).click();
    // A menu opened before may still be fading out; the one to click is the visible one,
    // and the next export waits until this menu has gone (a click on another version's
    // button while it fades is lost).
    const entry = this.page.getByRole('menuitem', { name: item }).filter({ visible: true });
    await entry.click();
    await entry.waitFor({ state: 'hidden' });
    return download;
  }

  report(): Locator { return this.page.getByRole('dialog').filter({ hasText: '导入预览' }); }

  /** Closes the open import report without saving. */
  async cancelImport() {
    const report = this.report();
    await settled(report);
    await report.getByRole('button', { name: '取消' }).click();
    await report.waitFor({ state: 'hidden' });
  }

  /** Commits the open import report; the dialog must close. If the desk refused, the
   * failure says why (the report shows the refusal in an alert and stays open). */
  async commitImport() {
    const report = this.report();
    await settled(report);
    await report.getByRole('button', { name: '确认导入' }).click();
    await report.waitFor({ state: 'hidden' }).catch(async (cause: unknown) => {
      const why = await report.getByRole('alert').allTextContents();
      throw new Error(`the import report stayed open${why.length ? `: ${why.join('; ')}` : ''}`, { cause });
    });
  }

  async exportCsv() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出 CSV' }).click();
    return download;
  }

  tryBox(): Locator { return this.page.getByRole('textbox', { name: '在此粘贴待检测的文字' }); }
}
