// Page object for "重新扫描" on an open draft.
import type { Locator, Page } from 'playwright-core';

export class RescanPanel {
  constructor(private readonly page: Page) {}

  button(): Locator { return this.page.getByRole('button', { name: '重新扫描' }); }
  async start() { await this.button().click(); }
  progress(): Locator { return this.page.getByRole('status').filter({ hasText: '正在重新扫描' }); }
  progressBar(): Locator { return this.progress().getByRole('progressbar'); }
  cancelButton(): Locator { return this.progress().getByRole('button', { name: /取消扫描|正在取消/ }); }
  done(): Locator { return this.page.getByText('重新扫描完成', { exact: false }); }
  cancelled(): Locator { return this.page.getByText('已取消重新扫描', { exact: false }); }
}
