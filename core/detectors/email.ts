// E-mail addresses. Found from each '@' outwards by hand rather than with one regex: a
// pattern that starts with `[\w.+-]+` retries from every character of a long alphanumeric run
// (base64, hashes) and goes quadratic; walking out from the rare '@' is linear.

import { emit, viewOf } from './finding';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { SEEN_AT } from './windows';

function isLocalChar(c: number): boolean {
  return (
    (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) ||
    c === 46 || c === 95 || c === 37 || c === 43 || c === 45 // . _ % + -
  );
}

function isDomainChar(c: number): boolean {
  return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 45 || c === 46;
}

const LABEL = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?$/;
const TLD = /^[A-Za-z]{2,24}$/;

export function isValidDomain(domain: string): boolean {
  const labels = domain.split('.');
  if (labels.length < 2) return false;
  if (!TLD.test(labels[labels.length - 1])) return false;
  return labels.every((l) => LABEL.test(l));
}

export const emailDetector: Detector = {
  id: 'email',
  // Contact data like a phone number: the reviewer decides whether the address is public.
  defaultSeverity: 'warn',
  label: { zh: '电子邮箱', en: 'E-mail address' },
  defaultContextWindow: 0,
  detect(text, settings, view) {
    return findEmails(viewOf(text, view), settings);
  },
  // Found from each @: a text the prefilter saw without one has none.
  scan: (v, settings, windows) => ((windows.seen & SEEN_AT) !== 0 ? findEmails(v, settings) : []),
};

function findEmails(v: NormalizedView, settings: DetectorSettings): DetectorFinding[] {
  const t = v.text;
  const out: DetectorFinding[] = [];
  let lastEnd = 0;
  for (let at = t.indexOf('@'); at >= 0; at = t.indexOf('@', at + 1)) {
    let s = at;
    while (s > lastEnd && at - s < 64 && isLocalChar(t.charCodeAt(s - 1))) s--;
    while (s < at && t.charCodeAt(s) === 46) s++; // a local part does not start with '.'
    if (s === at || t.charCodeAt(at - 1) === 46) continue;
    let e = at + 1;
    while (e < t.length && e - at <= 255 && isDomainChar(t.charCodeAt(e))) e++;
    // A sentence may end right after the address: 请发至 a@b.cn.
    while (e > at + 1 && (t.charCodeAt(e - 1) === 46 || t.charCodeAt(e - 1) === 45)) e--;
    if (!isValidDomain(t.slice(at + 1, e))) continue;
    out.push(emit(v, s, e, 'email', settings.severity, 'email', 0.9));
    lastEnd = e;
  }
  return out;
}
