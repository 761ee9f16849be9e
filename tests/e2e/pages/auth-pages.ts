// Page objects for the screens before the desk: first-run setup and sign-in.
import type { Page } from 'playwright-core';

export class SetupPage {
  constructor(private readonly page: Page) {}

  heading() { return this.page.getByText('首次运行：创建系统管理员'); }

  async createAdmin(a: { username: string; displayName: string; password: string }) {
    await this.page.getByLabel('用户名').fill(a.username);
    await this.page.getByLabel('姓名').fill(a.displayName);
    await this.page.getByLabel('密码', { exact: true }).fill(a.password);
    await this.page.getByLabel('确认密码').fill(a.password);
    await this.page.getByRole('button', { name: '创建管理员' }).click();
  }
}

export class SignInPage {
  constructor(private readonly page: Page) {}

  heading(name = '登录') { return this.page.getByText(name, { exact: true }).first(); }
  error() { return this.page.getByRole('alert'); }

  async signIn(username: string, password: string) {
    await this.page.getByLabel('用户名').fill(username);
    await this.page.getByLabel('密码').fill(password);
    // Wait for the desk's answer, so a message left from the last try is not mistaken for this one's.
    const answered = this.page.waitForResponse((r) => r.url().endsWith('/api/invoke') && (r.request().postData() ?? '').includes('"auth.signIn"'));
    // Enter submits, as staff are used to.
    await this.page.getByLabel('密码').press('Enter');
    await answered;
  }
}
