// The first minutes of every desk the review tests need: an administrator, a department
// and the people who will work in it, created through the UI like a real first run.
import type { Page } from 'playwright-core';
import { SetupPage, SignInPage } from '../pages/auth-pages';
import { DepartmentsScreen, Frame, UsersScreen } from '../pages/desk-pages';

export interface Person { username: string; displayName: string; password: string; role: string }

export const ADMIN = { username: 'admin', displayName: '王管理', password: 'admin-pass-2026' };
export const DEPARTMENT = '办公室';
export const LIAISON: Person = { username: 'zhang.san', displayName: '张三', password: 'liaison-pass-2026', role: '承办人' };
export const OFFICER: Person = { username: 'zhao.liu', displayName: '赵六', password: 'officer-pass-2026', role: '保密办' };

export async function firstRun(page: Page, people: Person[]): Promise<void> {
  await new SetupPage(page).heading().waitFor();
  await new SetupPage(page).createAdmin(ADMIN);
  const frame = new Frame(page);
  await frame.open('部门');
  await new DepartmentsScreen(page).create(DEPARTMENT);
  await frame.open('用户');
  const users = new UsersScreen(page);
  for (const p of people) {
    await users.create({ ...p, department: DEPARTMENT });
    await users.row(p.username).waitFor();
  }
  await frame.signOut();
  await new SignInPage(page).heading().waitFor();
}

export async function signIn(page: Page, p: Person): Promise<Frame> {
  await new SignInPage(page).signIn(p.username, p.password);
  const frame = new Frame(page);
  await page.getByRole('button', { name: '退出登录' }).waitFor();
  return frame;
}
