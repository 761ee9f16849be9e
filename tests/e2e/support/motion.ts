// Waiting out antd's motion (a dialog zooming in, a menu fading) before a click. Playwright
// waits for an element to hold still for two frames, but on a loaded machine a zoom can
// stall for two frames and move on, and the click then lands beside the button (seen in
// CI: an import dialog's "确认导入" click lost, the dialog left open).
import type { Locator, Page } from 'playwright-core';

/** Resolves once every finite CSS animation and transition inside `locator` has ended
 * (spinners and other endless animations are not waited for). */
export async function settled(locator: Locator): Promise<void> {
  await locator.evaluate((element) => Promise.all(element.getAnimations({ subtree: true })
    .filter((a) => Number.isFinite(a.effect?.getComputedTiming().endTime ?? Infinity))
    .map((a) => a.finished.catch(() => undefined))));
}

/** Resolves once antd's toasts (message.success and the like) have all faded out, so a
 * picture taken after switching language does not show toasts said in the other one. */
export async function toastsGone(page: Page): Promise<void> {
  await page.locator('.ant-message-notice').first().waitFor({ state: 'detached', timeout: 15_000 });
}
