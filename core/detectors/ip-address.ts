// IP addresses. IPv4 is parsed with octet bounds (0–255, no leading zeros) and an optional
// /prefix or :port; IPv6 is parsed group by group, including :: compression and an embedded
// IPv4 tail. Private, loopback and link-local ranges reveal internal network details and are
// reported more severely. Version strings (V3.2.1.8, 版本号 2.0.1.12) are not addresses.

import { contextConfidence, hasContextWord } from './context';
import { emit, isAlnum, isIdeograph, stricter, stringOption } from './finding';
import type { Severity } from '../model';
import type { NormalizedView } from './normalized-view';
import type { Detector, DetectorFinding, DetectorSettings } from './types';
import { HAS_DOT, SEEN_COLON, windowText } from './windows';
import { overWindows } from './over-windows';

export function parseIPv4(s: string): number[] | null {
  const parts = s.split('.');
  if (parts.length !== 4) return null;
  const out: number[] = [];
  for (const p of parts) {
    if (!/^\d{1,3}$/.test(p) || (p.length > 1 && p[0] === '0')) return null;
    const n = Number(p);
    if (n > 255) return null;
    out.push(n);
  }
  return out;
}

export function isPrivateIPv4(o: readonly number[]): boolean {
  const [a, b] = o;
  return (
    a === 10 || a === 127 ||
    (a === 172 && b >= 16 && b <= 31) ||
    (a === 192 && b === 168) ||
    (a === 169 && b === 254) ||
    (a === 100 && b >= 64 && b <= 127) // carrier-grade NAT, used inside government networks too
  );
}

/** The eight 16-bit groups of an IPv6 address, or null. */
export function parseIPv6(s: string): number[] | null {
  if (s.includes(':::')) return null;
  const halves = s.split('::');
  if (halves.length > 2) return null;
  const parse = (h: string): number[] | null => {
    if (h === '') return [];
    const groups = h.split(':');
    const out: number[] = [];
    for (let i = 0; i < groups.length; i++) {
      const g = groups[i];
      if (i === groups.length - 1 && g.includes('.')) {
        const v4 = parseIPv4(g);
        if (v4 === null) return null;
        out.push((v4[0] << 8) | v4[1], (v4[2] << 8) | v4[3]);
      } else if (/^[0-9A-Fa-f]{1,4}$/.test(g)) out.push(parseInt(g, 16));
      else return null;
    }
    return out;
  };
  const left = parse(halves[0]);
  if (left === null) return null;
  if (halves.length === 1) return left.length === 8 ? left : null;
  const right = parse(halves[1]);
  if (right === null) return null;
  const fill = 8 - left.length - right.length;
  // `::` stands for at least one zero group; a lone `::` says nothing worth reporting.
  if (fill < 1 || left.length + right.length === 0) return null;
  return [...left, ...new Array<number>(fill).fill(0), ...right];
}

export function isPrivateIPv6(g: readonly number[]): boolean {
  const first = g[0];
  if ((first & 0xfe00) === 0xfc00) return true; // unique local fc00::/7
  if ((first & 0xffc0) === 0xfe80 || (first & 0xffc0) === 0xfec0) return true; // link/site-local
  const loopback = g.slice(0, 7).every((x) => x === 0) && g[7] === 1;
  const mappedV4 = g.slice(0, 5).every((x) => x === 0) && g[5] === 0xffff;
  if (mappedV4) return isPrivateIPv4([g[6] >> 8, g[6] & 255, g[7] >> 8, g[7] & 255]);
  return loopback;
}

// Patterns start at the digits (the '.' a few characters in lets V8 skip ahead); the "not
// inside a longer token" checks are done by hand on the character before.
const V4_RE = /(\d{1,3}\.\d{1,3}\.\d{1,3}\.\d{1,3})(?:\/(\d{1,2})(?![0-9])|:(\d{1,5})(?![0-9]))?(?![0-9]|\.\d)/g;
// IPv6 is found from its colons, which Chinese text (using ：) rarely has: indexOf jumps from
// one ':' to the next, and an address is widened by hand around two colons close together.
// What just precedes a version number: V3.2.1.8, 版本 2.0.1.12, 版本号：2.0.1.12, version 2.0.1.12.
const VERSION_BEFORE = /(?:版本号?|(?:^|[^A-Za-z])(?:version|ver\.?|v))\s*[:：]?\s*$/i;
const OUTLINE_AFTER = /^\s*(?:节|条|章|款|项|版)/;

/**
 * a::b and std::x-like fragments parse as IPv6 too; a real address in prose has three or more
 * groups written out, or a group of three or four hex digits (fe80::1), or is ::1.
 */
function substantialIPv6(s: string): boolean {
  if (s === '::1') return true;
  const groups = s.split(':').filter((g) => g !== '');
  return groups.length >= 3 || groups.some((g) => g.length >= 3);
}

/** At the start of its line and followed by a title in Chinese. */
function isHeading(t: string, start: number, end: number): boolean {
  for (let i = start - 1; i >= 0 && t[i] !== '\n'; i--) if (t[i] !== ' ' && t[i] !== '\u3000' && t[i] !== '\t') return false;
  let j = end;
  while (t[j] === ' ' || t[j] === '\u3000' || t[j] === '\t') j++;
  return j < t.length && isIdeograph(t.charCodeAt(j));
}

function onlyHex(t: string, from: number, to: number): boolean {
  for (let i = from; i < to; i++) {
    const c = t.charCodeAt(i);
    if (!((c >= 48 && c <= 57) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102))) return false;
  }
  return true;
}

function isV6Char(c: number): boolean {
  return (c >= 48 && c <= 58) || (c >= 65 && c <= 70) || (c >= 97 && c <= 102) || c === 46;
}

const CONTEXT = ['IP', '地址', '服务器', '网关', '子网', '网段', '主机', '内网', '外网', 'DNS', '路由', '防火墙', '端口'];

function severityFor(isPrivate: boolean, settings: { severity: Severity }, privateSeverity: string | undefined): Severity {
  if (!isPrivate) return settings.severity;
  const p: Severity = privateSeverity === 'block' || privateSeverity === 'warn' ? privateSeverity : 'escalate';
  return stricter(p, settings.severity);
}

/** IPv4 matches lying in one of `ranges` (flat [start, end, …] of `v.text`), and every IPv6 if `colons`. */
function findAddresses(v: NormalizedView, settings: DetectorSettings, ranges: readonly number[], colons: boolean): DetectorFinding[] {
  const t = v.text;
  const privateSeverity = stringOption(settings, ipAddressDetector, 'privateSeverity');
  const out: DetectorFinding[] = [];

  for (let w = 0; w < ranges.length; w += 2) {
    const a = ranges[w];
    const sub = windowText(t, a, ranges[w + 1]);
    V4_RE.lastIndex = 0;
    for (let m = V4_RE.exec(sub); m !== null; m = V4_RE.exec(sub)) {
      const start = a + m.index;
      const before = start > 0 ? t.charCodeAt(start - 1) : 0;
      if (isAlnum(before) || before === 46) continue;
      const octets = parseIPv4(m[1]);
      if (octets === null) continue;
      if (m[2] !== undefined && Number(m[2]) > 32) continue;
      const end = start + m[0].length;
      if (VERSION_BEFORE.test(t.slice(Math.max(0, start - 12), start))) continue;
      if (OUTLINE_AFTER.test(t.slice(end, end + 3)) || t[start - 1] === '第') continue;
      const isPrivate = isPrivateIPv4(octets);
      // A heading "3.1.2.1 总体要求" at the start of a line is outline numbering, not an address,
      // unless network words say otherwise.
      const networky = hasContextWord(t, start, end, settings.contextWindow, CONTEXT);
      if (!isPrivate && !networky && m[2] === undefined && m[3] === undefined && isHeading(t, start, end)) continue;
      // Small numbers only (3.2.1.1) look like outline numbering unless the context says network.
      const base = isPrivate ? 0.85 : octets.every((o) => o <= 20) ? 0.4 : 0.75;
      const confidence = contextConfidence(t, start, end, settings.contextWindow, base, [
        { words: CONTEXT, confidence: Math.max(base, 0.9) },
      ]);
      const rule = isPrivate ? 'ip-address:private' : 'ip-address';
      out.push(emit(v, start, end, 'ip-address', severityFor(isPrivate, settings, privateSeverity), rule, confidence));
    }
  }

  let v6End = 0;
  for (let c = colons ? t.indexOf(':') : -1; c >= 0; c = t.indexOf(':', c + 1)) {
    if (c < v6End) continue;
    const next = t.indexOf(':', c + 1);
    if (next < 0) break;
    if (next - c > 5 || !onlyHex(t, c + 1, next)) continue;
    let start = c;
    while (start > 0 && isV6Char(t.charCodeAt(start - 1)) && c - start < 45) start--;
    let end = next + 1;
    while (end < t.length && isV6Char(t.charCodeAt(end)) && end - start < 45) end++;
    v6End = end;
    if ((start > 0 && isAlnum(t.charCodeAt(start - 1))) || (end < t.length && isAlnum(t.charCodeAt(end)))) continue;
    // Sentence punctuation glued to the end (fe80::1.) is not part of the address.
    while (end > start && (t[end - 1] === '.' || (t[end - 1] === ':' && t[end - 2] !== ':'))) end--;
    const written = t.slice(start, end);
    const groups = parseIPv6(written);
    if (groups === null || !substantialIPv6(written)) continue;
    const isPrivate = isPrivateIPv6(groups);
    const confidence = contextConfidence(t, start, end, settings.contextWindow, 0.8, [
      { words: CONTEXT, confidence: 0.9 },
    ]);
    const rule = isPrivate ? 'ip-address:private' : 'ip-address';
    out.push(emit(v, start, end, 'ip-address', severityFor(isPrivate, settings, privateSeverity), rule, confidence));
  }
  // An IPv4 tail inside an IPv6 address (::ffff:192.168.1.1) is part of that one finding.
  out.sort((a, b) => a.start - b.start || b.end - a.end);
  return out.filter((f, i) => i === 0 || !(f.start >= out[i - 1].start && f.end <= out[i - 1].end));
}

export const ipAddressDetector: Detector = {
  id: 'ip-address',
  // Public addresses are often harmless (a published website), so `warn`; private ranges map
  // the internal network and are escalated (option `privateSeverity`, never below `severity`).
  defaultSeverity: 'warn',
  label: { zh: 'IP 地址', en: 'IP address' },
  defaultContextWindow: 50,
  defaultOptions: { privateSeverity: 'escalate' },
  // IPv4 needs four digits and a point; IPv6 is found from its colons in the whole text.
  ...overWindows(findAddresses, 4, HAS_DOT, SEEN_COLON),
};
