// Fixtures for end-to-end tests: a `clearance serve` on a fresh data folder, and a
// headless Chromium with its own profile. Logs and folders are kept when a test fails.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';

export const ROOT = resolve(import.meta.dirname, '../../..');
export const ARTIFACTS = join(ROOT, 'artifacts');
export const SCREENSHOTS = join(ARTIFACTS, 'screenshots');
const URL_PATTERN = /http:\/\/127\.0\.0\.1:\d+\/\?token=[A-Za-z0-9_-]+/;

export interface RunningDesk {
  url: string;
  dataDir: string;
  log: string[];
  stop(): Promise<void>;
}

export async function startDesk(): Promise<RunningDesk> {
  if (!existsSync(join(ROOT, 'dist/renderer/index.html'))) {
    throw new Error('dist/renderer is missing: run `npm run build:renderer` before the end-to-end tests.');
  }
  const dataDir = mkdtempSync(join(tmpdir(), 'clearance-e2e-data-'));
  const log: string[] = [];
  const child: ChildProcess = spawn(process.execPath, ['bin/clearance.mjs', 'serve', '--data', dataDir, '--port', '0'], {
    cwd: ROOT,
    stdio: ['ignore', 'pipe', 'pipe'],
    env: { ...process.env, NO_COLOR: '1' },
  });
  const url = await new Promise<string>((resolveUrl, reject) => {
    const timer = setTimeout(() => reject(new Error(`clearance serve printed no URL in 30 s:\n${log.join('')}`)), 30_000);
    let seen = '';
    child.stdout!.on('data', (chunk: Buffer) => {
      const text = chunk.toString('utf8');
      log.push(text);
      seen += text;
      const match = URL_PATTERN.exec(seen);
      if (match) { clearTimeout(timer); resolveUrl(match[0]); }
    });
    child.stderr!.on('data', (chunk: Buffer) => log.push(`[stderr] ${chunk.toString('utf8')}`));
    child.once('exit', (code) => { clearTimeout(timer); reject(new Error(`clearance serve exited (${code}):\n${log.join('')}`)); });
  });
  return {
    url,
    dataDir,
    log,
    async stop() {
      if (child.exitCode !== null) return;
      const exited = new Promise((r) => child.once('exit', r));
      child.kill('SIGTERM');
      await Promise.race([exited, new Promise((r) => setTimeout(r, 5000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    },
  };
}

export interface Browser { context: BrowserContext; page: Page; profile: string; console: string[]; close(): Promise<void> }

export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'clearance-e2e-profile-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--headless', '--no-sandbox', '--disable-gpu', '--no-first-run', '--disable-background-networking',
      '--disable-component-update', '--disable-sync'],
    viewport: { width: 1366, height: 820 },
    locale: 'zh-CN',
    acceptDownloads: true,
  });
  const page = context.pages()[0] ?? (await context.newPage());
  const consoleLines: string[] = [];
  page.on('console', (m) => consoleLines.push(`[${m.type()}] ${m.text()}`));
  page.on('pageerror', (e) => consoleLines.push(`[pageerror] ${e.message}`));
  page.on('requestfailed', (r) => consoleLines.push(`[requestfailed] ${r.url()} ${r.failure()?.errorText ?? ''}`));
  return {
    context,
    page,
    profile,
    console: consoleLines,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(SCREENSHOTS, { recursive: true });
  await page.screenshot({ path: join(SCREENSHOTS, `${name}.png`), fullPage: true });
}

/** Writes the desk's and the browser's logs next to the screenshots (always; cheap and useful). */
export function keepLogs(name: string, desk: RunningDesk | undefined, browser: Browser | undefined): string {
  const dir = join(ARTIFACTS, 'e2e-logs');
  mkdirSync(dir, { recursive: true });
  const file = join(dir, `${name}.log`);
  writeFileSync(file, [
    `data folder: ${desk?.dataDir ?? '-'}`,
    '--- clearance serve ---', ...(desk?.log ?? []),
    '--- browser console ---', ...(browser?.console ?? []),
  ].join('\n'));
  return file;
}
