// Test helpers with their OWN check-digit arithmetic (derived differently from the detectors'
// tables), so a wrong weight in a detector cannot be mirrored by the test that checks it.
import { expect } from 'vitest';
import { resolveSettings } from '../../../core/detectors/index';
import type { Detector, DetectorFinding, DetectorSettings } from '../../../core/detectors/types';

/** Runs one detector with its defaults (plus overrides) and checks every offset on the way. */
export function detect(d: Detector, text: string, partial?: Partial<DetectorSettings>): DetectorFinding[] {
  const found = d.detect(text, resolveSettings(d, partial));
  for (const f of found) {
    expect(f.text).toBe(text.slice(f.start, f.end));
    expect(f.category).toBe(d.id);
    expect(f.rule.startsWith(d.id)).toBe(true);
  }
  return found;
}

export function texts(found: readonly DetectorFinding[]): string[] {
  return found.map((f) => f.text);
}

/** GB 11643 via its definition: weight of position i (from the right, 1-based) is 2^(i-1) mod 11. */
export function idCheck(first17: string): string {
  let sum = 0;
  for (let i = 0; i < 17; i++) {
    const posFromRight = 18 - i;
    let w = 1;
    for (let k = 1; k < posFromRight; k++) w = (w * 2) % 11;
    sum += Number(first17[i]) * w;
  }
  const c = (12 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

export function makeId(first17: string): string {
  return first17 + idCheck(first17);
}

/** GB 32100 via its definition: weight of position i (0-based) is 3^i mod 31. */
const CC_ALPHABET = '0123456789ABCDEFGHJKLMNPQRTUWXY';
export function creditCheck(first17: string): string {
  let sum = 0;
  let w = 1;
  for (let i = 0; i < 17; i++) {
    sum += CC_ALPHABET.indexOf(first17[i]) * w;
    w = (w * 3) % 31;
  }
  return CC_ALPHABET[(31 - (sum % 31)) % 31];
}

/** GB 11714 organisation-code check digit of 8 characters. */
export function orgCheck(first8: string): string {
  const weights = [3, 7, 9, 10, 5, 8, 4, 2];
  let sum = 0;
  for (let i = 0; i < 8; i++) sum += parseInt(first8[i], 36) * weights[i];
  const c = (11 - (sum % 11)) % 11;
  return c === 10 ? 'X' : String(c);
}

/** Luhn: completes `body` with the digit that makes the whole number pass. */
export function luhnComplete(body: string): string {
  const digits = [...body].reverse().map(Number);
  const sum = digits.reduce((acc, d, i) => acc + (i % 2 === 0 ? (d * 2 > 9 ? d * 2 - 9 : d * 2) : d), 0);
  return body + String((10 - (sum % 10)) % 10);
}

/** Full-width form of ASCII digits and letters. */
export function fullWidth(s: string): string {
  return s.replace(/[0-9A-Za-z]/g, (c) => String.fromCharCode(c.charCodeAt(0) + 0xfee0));
}

/** Inserts a zero-width space after every character. */
export function zeroWidth(s: string): string {
  return [...s].join('\u200B');
}
