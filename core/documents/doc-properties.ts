// OLE property sets ([MS-OLEPS]): the `\x05SummaryInformation` and
// `\x05DocumentSummaryInformation` streams of .doc/.wps files, where Word keeps
// the author, the last person who saved, the company and custom properties.
// Read by hand because no maintained package does it; every read is bounds-checked
// and a malformed property is skipped, never trusted.

import iconv from 'iconv-lite';

const SUMMARY_NAMES: Record<number, string> = {
  2: 'Title', 3: 'Subject', 4: 'Author', 5: 'Keywords', 6: 'Comments', 7: 'Template', 8: 'LastAuthor',
  9: 'RevNumber', 11: 'LastPrinted', 12: 'CreateTime', 13: 'LastSaveTime', 18: 'AppName',
};
const DOC_SUMMARY_NAMES: Record<number, string> = {
  2: 'Category', 14: 'Manager', 15: 'Company', 26: 'ContentType', 27: 'ContentStatus', 28: 'Language', 29: 'DocVersion',
};

const VT_I2 = 0x02;
const VT_I4 = 0x03;
const VT_R8 = 0x05;
const VT_BOOL = 0x0b;
const VT_LPSTR = 0x1e;
const VT_LPWSTR = 0x1f;
const VT_FILETIME = 0x40;
const CP_UTF16 = 1200;
const MAX_PROPERTIES = 1000;
const MAX_STRING_BYTES = 64 * 1024;

class Reader {
  constructor(private readonly b: Uint8Array) {}
  get length(): number { return this.b.length; }
  ok(at: number, n: number): boolean { return at >= 0 && n >= 0 && at + n <= this.b.length; }
  u16(at: number): number { return this.ok(at, 2) ? this.b[at] | (this.b[at + 1] << 8) : NaN; }
  u32(at: number): number { return this.ok(at, 4) ? (this.b[at] | (this.b[at + 1] << 8) | (this.b[at + 2] << 16)) + this.b[at + 3] * 0x1000000 : NaN; }
  i32(at: number): number { return this.ok(at, 4) ? this.u32(at) | 0 : NaN; }
  bytes(at: number, n: number): Uint8Array | null { return this.ok(at, n) ? this.b.subarray(at, at + n) : null; }
}

function decodeCodepage(bytes: Uint8Array, codepage: number): string {
  const enc = codepage === CP_UTF16 ? 'utf16le' : codepage === 65001 ? 'utf8' : `cp${codepage}`;
  const name = iconv.encodingExists(enc) ? enc : 'cp936'; // unknown code page: Chinese Windows is the likely writer
  return iconv.decode(Buffer.from(bytes), name).replace(/\0[\s\S]*$/, '');
}

function fileTime(r: Reader, at: number): string | null {
  const lo = r.u32(at);
  const hi = r.u32(at + 4);
  if (!Number.isFinite(lo) || !Number.isFinite(hi) || (lo === 0 && hi === 0)) return null;
  const ms = (hi * 0x100000000 + lo) / 10_000 - 11_644_473_600_000;
  if (!Number.isFinite(ms) || ms < 0 || ms > 8.64e15) return null;
  return new Date(ms).toISOString();
}

/** One typed value as text; null for types not worth showing (blobs, vectors, clipboard). */
function readValue(r: Reader, at: number, codepage: number): string | null {
  const type = r.u16(at);
  const v = at + 4;
  switch (type) {
    case VT_I2: { const n = r.u16(v); return Number.isFinite(n) ? String((n << 16) >> 16) : null; }
    case VT_I4: { const n = r.i32(v); return Number.isFinite(n) ? String(n) : null; }
    case VT_BOOL: { const n = r.u16(v); return Number.isFinite(n) ? String(n !== 0) : null; }
    case VT_R8: { const b = r.bytes(v, 8); return b ? String(Buffer.from(b).readDoubleLE(0)) : null; }
    case VT_FILETIME: return fileTime(r, v);
    case VT_LPSTR: {
      const size = r.u32(v);
      const b = size <= MAX_STRING_BYTES ? r.bytes(v + 4, size) : null;
      return b ? decodeCodepage(b, codepage) : null;
    }
    case VT_LPWSTR: {
      const chars = r.u32(v);
      const b = chars * 2 <= MAX_STRING_BYTES ? r.bytes(v + 4, chars * 2) : null;
      return b ? decodeCodepage(b, CP_UTF16) : null;
    }
    default: return null;
  }
}

/** The dictionary (property 0) of a user-defined section: property id → name. */
function readDictionary(r: Reader, at: number, codepage: number): Map<number, string> {
  const names = new Map<number, string>();
  const count = r.u32(at);
  if (!Number.isFinite(count) || count > MAX_PROPERTIES) return names;
  let p = at + 4;
  for (let i = 0; i < count; i++) {
    const id = r.u32(p);
    const len = r.u32(p + 4);
    if (!Number.isFinite(id) || !Number.isFinite(len) || len > MAX_STRING_BYTES) break;
    const byteLen = codepage === CP_UTF16 ? len * 2 : len;
    const b = r.bytes(p + 8, byteLen);
    if (!b) break;
    names.set(id, decodeCodepage(b, codepage));
    p += 8 + byteLen;
    if (codepage === CP_UTF16) p += (4 - (byteLen % 4)) % 4; // UTF-16 names are padded to 4 bytes
  }
  return names;
}

interface Section { fmtid: string; props: Map<number, number>; base: number; codepage: number }

function sections(r: Reader): Section[] {
  if (r.u16(0) !== 0xfffe) return [];
  const count = r.u32(24);
  if (!Number.isFinite(count) || count > 4) return [];
  const out: Section[] = [];
  for (let s = 0; s < count; s++) {
    const fmtidBytes = r.bytes(28 + s * 20, 16);
    const base = r.u32(28 + s * 20 + 16);
    if (!fmtidBytes || !Number.isFinite(base)) break;
    const n = r.u32(base + 4);
    if (!Number.isFinite(n) || n > MAX_PROPERTIES) continue;
    const props = new Map<number, number>();
    for (let i = 0; i < n; i++) {
      const id = r.u32(base + 8 + i * 8);
      const off = r.u32(base + 12 + i * 8);
      if (!Number.isFinite(id) || !Number.isFinite(off)) break;
      props.set(id, base + off);
    }
    const cpAt = props.get(1);
    const cp = cpAt !== undefined && r.u16(cpAt) === VT_I2 ? r.u16(cpAt + 4) : 1252;
    out.push({ fmtid: Buffer.from(fmtidBytes).toString('hex'), props, base, codepage: cp === 0xfde9 ? 65001 : cp });
  }
  return out;
}

/** `{D5CDD505-2E9C-101B-9397-08002B2CF9AE}` as stored (first three fields little-endian). */
const USER_DEFINED_FMTID = '05d5cdd59c2e1b10939708002b2cf9ae';

/**
 * Reads a SummaryInformation (`kind` 'summary') or DocumentSummaryInformation
 * ('docsummary') stream into `summary.Author`, `docsummary.Company`, `custom.<name>`, ….
 */
export function readPropertySet(stream: Uint8Array, kind: 'summary' | 'docsummary'): Record<string, string> {
  const r = new Reader(stream);
  const out: Record<string, string> = {};
  for (const sec of sections(r)) {
    if (sec.fmtid === USER_DEFINED_FMTID) {
      const dictAt = sec.props.get(0);
      const names = dictAt !== undefined ? readDictionary(r, dictAt, sec.codepage) : new Map<number, string>();
      for (const [id, at] of sec.props) {
        if (id < 2 || id >= 0x80000000) continue;
        const value = readValue(r, at, sec.codepage);
        const name = names.get(id)?.trim();
        if (name && value?.trim()) out[`custom.${name}`] = value.trim();
      }
      continue;
    }
    const table = kind === 'summary' ? SUMMARY_NAMES : DOC_SUMMARY_NAMES;
    for (const [id, at] of sec.props) {
      const name = table[id];
      if (!name) continue;
      const value = readValue(r, at, sec.codepage);
      if (value?.trim()) out[`${kind}.${name}`] = value.trim();
    }
  }
  return out;
}
