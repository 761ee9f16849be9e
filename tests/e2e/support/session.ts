// The frame of every e2e file: a fresh desk, a browser on it and a scratch folder
// before the tests; after them the logs kept, the browser closed, the desk stopped and
// the folders removed — except the desk's data folder when a test failed, kept for
// inspection (its path is in the log). A failing test leaves a screenshot.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, onTestFailed } from 'vitest';
import { keepLogs, launchBrowser, screenshot, startDesk, type Browser, type RunningDesk } from './desk';

export interface E2eSession {
  readonly desk: RunningDesk;
  readonly browser: Browser;
  /** A scratch folder for the files a test hands to the desk. */
  readonly dir: string;
  /** Call first in a test: a failure then marks the run and saves `failed-<name>.png`. */
  onFailure(name: string): void;
}

export function e2eSession(name: string): E2eSession {
  let desk: RunningDesk | undefined;
  let browser: Browser | undefined;
  let dir: string | undefined;
  let failed = false;

  beforeAll(async () => {
    dir = mkdtempSync(join(tmpdir(), `clearance-e2e-${name}-`));
    [desk, browser] = await Promise.all([startDesk(), launchBrowser()]);
    await browser.page.goto(desk.url);
  }, 60_000);

  afterAll(async () => {
    keepLogs(name, desk, browser);
    await browser?.close();
    await desk?.stop();
    if (desk && !failed) rmSync(desk.dataDir, { recursive: true, force: true });
    if (dir) rmSync(dir, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error(`the e2e session "${name}" has not started`);
    return value;
  };
  return {
    get desk() { return started(desk); },
    get browser() { return started(browser); },
    get dir() { return started(dir); },
    onFailure(test: string) {
      onTestFailed(async () => {
        failed = true;
        if (browser) await screenshot(browser.page, `failed-${test}`).catch(() => undefined);
      });
    },
  };
}
