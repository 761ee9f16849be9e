// A newcomer's first day at the desk, in headless Chromium against `clearance serve`:
// first run → admin → department → liaison → the liaison's draft → the audit log.
import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { screenshot } from './support/desk';
import { toastsGone } from './support/motion';
import { e2eSession } from './support/session';
import { testPolicyNeverBroken } from './support/csp';
import { ADMIN, DEPARTMENT, LIAISON } from './support/people';
import { SetupPage, SignInPage } from './pages/auth-pages';
import { AuditScreen, DepartmentsScreen, DraftsScreen, Frame, UsersScreen } from './pages/desk-pages';

const ARCHIVIST = { username: 'li.si', displayName: '李四', password: 'archive-pass-2026' };
const DRAFT = { title: '关于开展2026年政府信息公开工作的通知', body: '各科室：\n现将2026年政府信息公开工作安排通知如下。' };

describe('the desk, end to end', () => {
  const session = e2eSession('desk-flow');
  const { onFailure } = session;

  test('first run: create the administrator, who is then signed in', async () => {
    onFailure('setup');
    const { page } = session.browser;
    const setup = new SetupPage(page);
    await setup.heading().waitFor();
    await screenshot(page, 'setup');
    await setup.createAdmin(ADMIN);
    const frame = new Frame(page);
    await frame.menu('用户').waitFor();
    await expect(frame.signedInAs(ADMIN.displayName).isVisible()).resolves.toBe(true);
    await screenshot(page, 'frame-admin');
  }, 60_000);

  test('the administrator creates a department and a liaison in it', async () => {
    onFailure('admin');
    const { page } = session.browser;
    const frame = new Frame(page);
    await frame.open('部门');
    const departments = new DepartmentsScreen(page);
    await departments.create(DEPARTMENT);
    await departments.row(DEPARTMENT).waitFor();
    await screenshot(page, 'departments');

    await frame.open('用户');
    const users = new UsersScreen(page);
    await users.create({ ...LIAISON, department: DEPARTMENT, role: '承办人' });
    const row = users.row(LIAISON.username);
    await row.waitFor();
    await expect(row.textContent()).resolves.toMatch(new RegExp(`${LIAISON.displayName}.*${DEPARTMENT}.*承办人.*正常`));
    await users.create({ ...ARCHIVIST, department: DEPARTMENT, role: '档案员' });
    await users.row(ARCHIVIST.username).waitFor();
    await screenshot(page, 'users');
    await frame.signOut();
    await new SignInPage(page).heading().waitFor();
  }, 60_000);

  test('a wrong password is refused with a clear message', async () => {
    onFailure('wrong-password');
    const { page } = session.browser;
    const signIn = new SignInPage(page);
    await signIn.signIn(LIAISON.username, 'not-the-password');
    await signIn.error().filter({ hasText: '用户名或密码不正确' }).waitFor();
    await screenshot(page, 'sign-in-wrong-password');
  }, 60_000);

  test('the liaison signs in and writes a draft', async () => {
    onFailure('liaison');
    const { page } = session.browser;
    await new SignInPage(page).signIn(LIAISON.username, LIAISON.password);
    const frame = new Frame(page);
    await frame.menu('稿件').waitFor();
    await expect(frame.menu('用户').count()).resolves.toBe(0);
    await frame.open('稿件');
    await screenshot(page, 'drafts-empty');
    await new DraftsScreen(page).create(DRAFT);
    // The new draft opens in the editor at revision 1 with its content hash.
    await page.getByRole('heading', { name: DRAFT.title }).waitFor();
    await page.getByText('第 1 版').first().waitFor();
    await page.getByText(/^[0-9a-f]{64}$/).first().waitFor();
    await screenshot(page, 'draft-editor');
    // Saving makes a new immutable revision with its own hash.
    // The layers view above has a 正文 tab of its own: the editor's box is the textbox named exactly 正文.
    await page.getByRole('textbox', { name: '正文', exact: true }).fill(`${DRAFT.body}\n一、工作目标。`);
    await page.getByRole('button', { name: '保存（生成新版本）' }).click();
    await page.getByText('第 2 版').first().waitFor();
    await expect(page.getByRole('row').filter({ hasText: /^第 \d+ 版/ }).count()).resolves.toBe(2);
    await frame.open('稿件');
    await page.getByRole('row').filter({ hasText: DRAFT.title }).filter({ hasText: DEPARTMENT }).waitFor();
    await screenshot(page, 'drafts-list');
    await frame.signOut();
  }, 60_000);

  test('an archivist reads the draft but cannot change it', async () => {
    onFailure('archivist');
    const { page } = session.browser;
    await new SignInPage(page).signIn(ARCHIVIST.username, ARCHIVIST.password);
    const frame = new Frame(page);
    await frame.open('稿件');
    await page.getByRole('link', { name: DRAFT.title }).click();
    await page.getByText('只读：仅稿件承办人可以修改。').waitFor();
    await page.getByText('修订历史').waitFor();
    await expect(page.getByRole('button', { name: '保存（生成新版本）' }).count()).resolves.toBe(0);
    await screenshot(page, 'draft-read-only');
    await frame.signOut();
  }, 60_000);

  test('the administrator finds every step in the audit log and the chain intact', async () => {
    onFailure('audit');
    const { page } = session.browser;
    await new SignInPage(page).signIn(ADMIN.username, ADMIN.password);
    const frame = new Frame(page);
    await frame.open('审计日志');
    const audit = new AuditScreen(page);
    for (const action of ['setup.create-admin', 'departments.create', 'users.create', 'auth.sign-in-failed', 'drafts.create', 'drafts.update']) {
      await audit.entry(action).first().waitFor();
    }
    await audit.verify();
    await audit.verdict().waitFor();
    await screenshot(page, 'audit-verified');

    // Export hands out the whole chain as JSON Lines, ending with the export's own entry.
    const download = await audit.exportLog();
    expect(download.suggestedFilename()).toMatch(/^clearance-audit-.*\.jsonl$/);
    const lines = readFileSync((await download.path())!, 'utf8').trim().split('\n').map((l) => JSON.parse(l) as { action: string });
    expect(lines.map((l) => l.action)).toEqual(expect.arrayContaining(['setup.create-admin', 'users.create', 'drafts.create']));
    expect(lines.at(-1)?.action).toBe('audit.export');
  }, 60_000);

  test('the English switch changes the whole UI and back', async () => {
    onFailure('english');
    const { page } = session.browser;
    const frame = new Frame(page);
    await frame.switchLanguage('English');
    await frame.menu('Audit log').waitFor();
    await page.getByRole('button', { name: 'Verify audit chain' }).waitFor();
    await page.getByRole('button', { name: 'Sign out' }).waitFor();
    await toastsGone(page);
    await screenshot(page, 'audit-english');
    await frame.signOut('Sign out');
    await page.getByText('Sign in', { exact: true }).first().waitFor();
    await screenshot(page, 'sign-in-english');
    await frame.switchLanguage('中文');
    await new SignInPage(page).heading().waitFor();
  }, 60_000);

  test('five wrong passwords lock the account, and the message says until when', async () => {
    onFailure('locked');
    const { page } = session.browser;
    const signIn = new SignInPage(page);
    // The liaison's later successful sign-in reset the count: five failures in a row lock the account.
    for (let i = 0; i < 5; i += 1) {
      await signIn.signIn(LIAISON.username, `wrong-${i}-password`);
      await signIn.error().filter({ hasText: '用户名或密码不正确' }).waitFor();
    }
    await signIn.signIn(LIAISON.username, LIAISON.password);
    await signIn.error().filter({ hasText: /账户已锁定至 .*\d{1,2}:\d{2}/ }).waitFor();
    await screenshot(page, 'sign-in-locked');
  }, 60_000);

  testPolicyNeverBroken(session);
});
