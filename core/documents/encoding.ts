// Turning a text file's bytes into a string without guessing silently wrong: a
// wrongly decoded draft would pass the scan because no term matches mojibake.
//
// Order: BOM → strict UTF-8 → UTF-16 without BOM (ASCII leaves NULs in every other
// byte) → a Chinese double-byte encoding. GB18030 is the default (a superset of GBK
// and GB2312); Big5 wins only when its byte statistics are clearly better, and
// jschardet breaks near ties. A file none of these reads plausibly is refused.

import iconv from 'iconv-lite';
import jschardet from 'jschardet';
import { ClearanceError } from '../errors';

export interface DecodedText {
  text: string;
  /** WHATWG-style label of the encoding used: utf-8, utf-16le, utf-16be, gb18030, big5. */
  encoding: string;
  /** Characters that could not be decoded and became U+FFFD. */
  replaced: number;
}

/** How many bytes the statistics look at; enough to judge, cheap on a 100 MB file. */
const SAMPLE_BYTES = 256 * 1024;

const notText = () =>
  new ClearanceError('not-text', '文件不是文本文件（含二进制内容），无法按文本读取。', 'The file is not a text file (it holds binary data).');

const wrongEncoding = () =>
  new ClearanceError(
    'wrong-encoding',
    '无法识别文件的字符编码（解码后为乱码）。请另存为 UTF-8 编码后再导入。',
    'The character encoding of the file could not be recognised (it decodes to garbage). Save it as UTF-8 and import again.',
  );

function countReplacements(text: string): number {
  let n = 0;
  for (let i = text.indexOf('\uFFFD'); i >= 0; i = text.indexOf('\uFFFD', i + 1)) n++;
  return n;
}

function decodeWith(bytes: Uint8Array, encoding: string): DecodedText {
  const text =
    encoding === 'utf-8'
      ? new TextDecoder('utf-8', { ignoreBOM: true }).decode(bytes)
      : iconv.decode(Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength), encoding, { stripBOM: false });
  return { text, encoding, replaced: countReplacements(text) };
}

function bomOf(bytes: Uint8Array): { encoding: string; length: number } | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return { encoding: 'utf-8', length: 3 };
  // FF FE 00 00 would be UTF-32 LE, which no Chinese office tool writes; treat as UTF-16 LE.
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return { encoding: 'utf-16le', length: 2 };
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return { encoding: 'utf-16be', length: 2 };
  return null;
}

/** The text when the bytes are strict UTF-8, else null: one decode is both the test and the result. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
  } catch {
    return null;
  }
}

/**
 * ASCII characters in UTF-16 put a NUL in the high byte, so UTF-16 without a BOM
 * shows NULs at one parity and almost none at the other. Binary files have NULs
 * at both.
 */
function utf16ByNuls(sample: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  let even = 0;
  let odd = 0;
  const pairs = Math.floor(sample.length / 2);
  if (pairs < 2) return null;
  for (let i = 0; i < pairs * 2; i += 2) {
    if (sample[i] === 0) even++;
    if (sample[i + 1] === 0) odd++;
  }
  if (odd >= pairs * 0.05 && even <= odd / 20) return 'utf-16le';
  if (even >= pairs * 0.05 && odd <= even / 20) return 'utf-16be';
  return null;
}

/** Share of C0 control bytes other than tab, newlines, form feed and escape. */
function controlShare(sample: Uint8Array): number {
  let n = 0;
  for (const b of sample) {
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0d && b !== 0x0c && b !== 0x1b) n++;
  }
  return sample.length ? n / sample.length : 0;
}

interface DoubleByteStats {
  /** Multi-byte characters seen. */
  chars: number;
  /** Of those, how many fall in the rows that hold the encoding's common characters and punctuation. */
  common: number;
  invalid: number;
}

/**
 * GB2312 rows A1–A9 (punctuation, full-width forms) and B0–D7 (the 3755 level-1
 * hanzi that make up ~99% of running text), trail A1–FE. Big5 text read as GB lands
 * there about half the time; random bytes about one time in eight.
 */
function gbStats(s: Uint8Array): DoubleByteStats {
  const st = { chars: 0, common: 0, invalid: 0 };
  for (let i = 0; i < s.length; i++) {
    const b = s[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) { st.invalid++; continue; }
    const t = s[i + 1];
    if (t === undefined) break; // cut by the sample boundary
    if (t >= 0x30 && t <= 0x39) { st.chars++; i += 3; continue; } // four-byte GB18030: rare characters
    if (t < 0x40 || t === 0x7f || t === 0xff) { st.invalid++; continue; }
    st.chars++;
    if (((b >= 0xa1 && b <= 0xa9) || (b >= 0xb0 && b <= 0xd7)) && t >= 0xa1) st.common++;
    i++;
  }
  return st;
}

/** Big5 rows A1–A3 (symbols) and A4–C6 (the 5401 frequent hanzi), both trail ranges. */
function big5Stats(s: Uint8Array): DoubleByteStats {
  const st = { chars: 0, common: 0, invalid: 0 };
  for (let i = 0; i < s.length; i++) {
    const b = s[i];
    if (b < 0x80) continue;
    if (b === 0x80 || b === 0xff) { st.invalid++; continue; }
    const t = s[i + 1];
    if (t === undefined) break;
    if (!((t >= 0x40 && t <= 0x7e) || (t >= 0xa1 && t <= 0xfe))) { st.invalid++; continue; }
    st.chars++;
    if (b >= 0xa1 && b <= 0xc6) st.common++;
    i++;
  }
  return st;
}

function score(st: DoubleByteStats): number {
  const total = st.chars + st.invalid;
  return total ? st.common / total : 0;
}

/** For UTF-16 text with no ASCII at all (so no NULs): mostly CJK and punctuation when read right. */
function plausibleUtf16(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length % 2 !== 0 || bytes.length < 8) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, SAMPLE_BYTES) & ~1);
  for (const enc of ['utf-16le', 'utf-16be'] as const) {
    const text = iconv.decode(Buffer.from(sample), enc);
    let good = 0;
    for (const ch of text) {
      const c = ch.codePointAt(0)!;
      if ((c >= 0x4e00 && c <= 0x9fff) || (c >= 0x3000 && c <= 0x303f) || (c >= 0xff00 && c <= 0xffef) || c === 0x0a || c === 0x0d) good++;
    }
    if (good >= text.length * 0.9) return enc;
  }
  return null;
}

/** Decides between the Chinese double-byte encodings; null when neither reads plausibly. */
function pickDoubleByte(sample: Uint8Array): 'gb18030' | 'big5' | null {
  const gb = gbStats(sample);
  const big5 = big5Stats(sample);
  const gbScore = score(gb);
  const big5Score = score(big5);
  // A handful of characters says little; the wrong guess then costs little too.
  if (gb.chars + gb.invalid < 8) return gb.invalid === 0 ? 'gb18030' : big5.invalid === 0 ? 'big5' : null;
  if (Math.max(gbScore, big5Score) < 0.5) return null;
  if (Math.abs(gbScore - big5Score) < 0.15) {
    const guess = jschardet.detect(Buffer.from(sample)).encoding?.toLowerCase() ?? '';
    if (guess === 'big5' || guess === 'euc-tw') return 'big5';
    return 'gb18030';
  }
  return gbScore >= big5Score ? 'gb18030' : 'big5';
}

/**
 * Decodes a text file. `declared` is an encoding the container names (an HTML
 * `<meta charset>`); a BOM overrides it, and it is ignored when iconv cannot use it.
 * Throws `not-text` for binary data and `wrong-encoding` for bytes nothing reads.
 */
export function decodeText(bytes: Uint8Array, declared?: string): DecodedText {
  const bom = bomOf(bytes);
  if (bom) {
    const decoded = decodeWith(bytes.subarray(bom.length), bom.encoding);
    return decoded;
  }
  const sample = bytes.subarray(0, SAMPLE_BYTES);
  const label = normaliseLabel(declared);
  // Decoding a large file is most of the cost here, so the strict UTF-8 decode runs at
  // most once and its text is the result (undefined: not tried yet).
  let utf8: string | null | undefined;
  const asUtf8 = () => (utf8 === undefined ? (utf8 = strictUtf8(bytes)) : utf8);
  if (label && label !== 'utf-8') {
    // A page that says GB2312 but is valid UTF-8 with non-ASCII bytes was saved by a modern editor.
    if (!(hasHighBytes(sample) && asUtf8() !== null)) return decodeWith(bytes, label);
  }
  const utf16 = utf16ByNuls(sample);
  if (utf16) return decodeWith(bytes, utf16);
  if (sample.includes(0) || controlShare(sample) > 0.1) throw notText();
  const text = asUtf8();
  // Strict UTF-8 may still spell U+FFFD itself; decodeWith counts those too.
  if (text !== null) return { text, encoding: 'utf-8', replaced: countReplacements(text) };
  // GB or Big5 bytes read as UTF-16 land in Hangul, surrogates and private use, never
  // in mostly-CJK text, so this check cannot steal a GB file.
  const wide = plausibleUtf16(bytes);
  if (wide) return decodeWith(bytes, wide);
  const doubleByte = pickDoubleByte(sample);
  if (doubleByte) {
    const decoded = decodeWith(bytes, doubleByte);
    if (decoded.replaced <= Math.max(2, decoded.text.length * 0.01)) return decoded;
  }
  throw wrongEncoding();
}

function hasHighBytes(sample: Uint8Array): boolean {
  for (const b of sample) if (b >= 0x80) return true;
  return false;
}

/** Maps charset labels to what iconv-lite decodes; GB labels all become GB18030 (the superset). */
export function normaliseLabel(label: string | undefined): string | null {
  if (!label) return null;
  const l = label.trim().toLowerCase().replace(/^["']|["']$/g, '');
  if (['gb2312', 'gbk', 'gb18030', 'x-gbk', 'cp936', 'euc-cn', 'gb_2312-80', 'windows-936'].includes(l)) return 'gb18030';
  if (['big5', 'big5-hkscs', 'x-x-big5', 'cn-big5'].includes(l)) return 'big5';
  // The HTML standard reads a declared UTF-16 as UTF-8: a real UTF-16 page carries a BOM.
  if (['utf-8', 'utf8', 'unicode-1-1-utf-8', 'utf-16', 'utf-16le', 'utf-16be'].includes(l)) return 'utf-8';
  return iconv.encodingExists(l) ? l : null;
}
