// Decide what a file is from its bytes first and its name second: a renamed file
// must not slip past the extractor that can read its hidden layers.

export type Sniffed = 'zip' | 'ole' | 'pdf' | 'rtf' | 'html' | 'unknown';

const ZIP_MAGICS = [
  [0x50, 0x4b, 0x03, 0x04],
  [0x50, 0x4b, 0x05, 0x06], // empty archive
  [0x50, 0x4b, 0x07, 0x08], // spanned archive marker
];
const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, magic: number[], at = 0): boolean {
  if (bytes.length < at + magic.length) return false;
  return magic.every((b, i) => bytes[at + i] === b);
}

export function sniffBytes(bytes: Uint8Array): Sniffed {
  if (ZIP_MAGICS.some((m) => startsWith(bytes, m))) return 'zip';
  if (startsWith(bytes, OLE_MAGIC)) return 'ole';
  // PDF readers accept junk before the header within the first KiB; so must we.
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (head.includes('%PDF-')) return 'pdf';
  const start = head.replace(/^\uFEFF|^\u00EF\u00BB\u00BF/, '').trimStart().toLowerCase();
  if (start.startsWith('{\\rtf')) return 'rtf';
  // "Word documents" saved as HTML or MHT keep a .doc name; read them as HTML.
  if (start.startsWith('<!doctype html') || start.startsWith('<html')) return 'html';
  return 'unknown';
}

export function extensionOf(fileName: string): string {
  const base = fileName.split(/[\\/]/).pop() ?? '';
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1).toLowerCase() : '';
}
