// Page objects for the signed-in desk: the frame and the screens behind its menu.
import type { Locator, Page } from 'playwright-core';

export class Frame {
  constructor(readonly page: Page) {}

  menu(name: string): Locator { return this.page.getByRole('menuitem', { name }); }
  async open(name: string) { await this.menu(name).click(); }
  signedInAs(displayName: string): Locator { return this.page.getByText(displayName, { exact: false }).first(); }
  async signOut(label = '退出登录') { await this.page.getByRole('button', { name: label }).click(); }
  async switchLanguage(to: 'English' | '中文') { await this.page.getByRole('button', { name: to }).click(); }
}

/** The open dialog (antd Modal) by its title. */
function dialog(page: Page, title: string): Locator {
  return page.getByRole('dialog').filter({ hasText: title });
}

/** Picks an option of an antd Select the keyboard way: type to filter, Enter to choose. */
async function choose(field: Locator, text: string) {
  await field.click();
  await field.fill(text);
  await field.press('Enter');
}

export class DepartmentsScreen {
  constructor(private readonly page: Page) {}

  row(name: string): Locator { return this.page.getByRole('row').filter({ hasText: name }); }

  async create(name: string) {
    await this.page.getByRole('button', { name: '新建部门' }).click();
    const d = dialog(this.page, '新建部门');
    await d.getByLabel('部门名称').fill(name);
    await d.getByLabel('部门名称').press('Enter');
    await d.waitFor({ state: 'hidden' });
  }
}

export class UsersScreen {
  constructor(private readonly page: Page) {}

  row(username: string): Locator { return this.page.getByRole('row').filter({ hasText: username }); }

  async create(u: { username: string; displayName: string; password: string; department: string; role: string }) {
    await this.page.getByRole('button', { name: '新建用户' }).click();
    const d = dialog(this.page, '新建用户');
    await d.getByLabel('用户名').fill(u.username);
    await d.getByLabel('姓名').fill(u.displayName);
    await d.getByLabel('初始密码').fill(u.password);
    await choose(d.getByLabel('部门'), u.department);
    await choose(d.getByLabel('角色'), u.role);
    // A multiple select keeps its list open after Enter; click back into the form to close it.
    await d.getByLabel('姓名').click();
    await d.getByRole('button', { name: '确定' }).click();
    await d.waitFor({ state: 'hidden' });
  }
}

export class DraftsScreen {
  constructor(private readonly page: Page) {}

  async create(d: { title: string; body: string }) {
    await this.page.getByRole('button', { name: '新建稿件' }).click();
    const modal = dialog(this.page, '新建稿件');
    await modal.getByLabel('标题').fill(d.title);
    await modal.getByLabel('正文').fill(d.body);
    await modal.getByRole('button', { name: '保存' }).click();
    await modal.waitFor({ state: 'hidden' });
  }
}

export class AuditScreen {
  constructor(private readonly page: Page) {}

  rows(): Locator { return this.page.getByRole('row'); }
  entry(action: string): Locator { return this.rows().filter({ hasText: action }); }
  /** Shows only the entries whose action starts with `prefix`. */
  async filterByAction(prefix: string) {
    await this.page.getByPlaceholder('例如 drafts.create').fill(prefix);
    await this.page.getByRole('button', { name: '查询' }).click();
  }
  async verify() { await this.page.getByRole('button', { name: '校验审计链' }).click(); }
  async exportLog() {
    const download = this.page.waitForEvent('download');
    await this.page.getByRole('button', { name: '导出' }).click();
    return download;
  }
  verdict(): Locator { return this.page.getByRole('status').filter({ hasText: '审计链完整' }); }
}
