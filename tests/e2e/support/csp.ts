// The check every e2e file ends with: nothing the desk served broke its content security
// policy. A blocked script, style, frame or connection shows up only in the browser's
// console, so the console the whole file collected is searched once, at the end.
import { expect, test } from 'vitest';
import type { E2eSession } from './session';

const CSP_VIOLATION = /Content Security Policy|Refused to (load|execute|apply|connect)/i;

/** Registers the file's closing test: the session's browser console holds no CSP violation. */
export function testPolicyNeverBroken(session: E2eSession): void {
  test('the page never broke the content security policy', () => {
    expect(session.browser.console.filter((l) => CSP_VIOLATION.test(l))).toEqual([]);
  });
}
