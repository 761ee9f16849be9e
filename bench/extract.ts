// node --import tsx bench/extract.ts [--mb N] [--runs N] [--only WORD]
//
// Document extraction speed, format by format, against a baseline measured in the same
// run on the same bytes: for text formats, decoding them (TextDecoder: what any reader
// must at least do); for zip formats, inflating every part (zlib); for PDF, pdf.js
// building every page's operator list (bench/pdf-baseline.ts), which our code reads.
// Inputs are built in memory (bench/extract-inputs.ts), about N MB each: the file for
// text formats, the inflated parts for docx and OFD; the PDF is a quarter of that. The
// digest column is a SHA-256 of the extracted document, so a speed change can be
// checked to leave every layer as it was.

import { createHash } from 'node:crypto';
import { cpus, loadavg } from 'node:os';
import { inflateRawSync } from 'node:zlib';
import { extractDocument } from '../core/documents/index';
import { bigDocx, bigOfd, glyphPdf, htmlPage, htmlTable, textFile } from './extract-inputs';
import { pdfOperatorLists } from './pdf-baseline';
import { numberArg, wordArg } from './args';
import { bestOf } from './timing';

const MB = numberArg('mb', 24);
/** Only the inputs whose name contains this word (`--only html`). */
const ONLY = wordArg('only', '');
const RUNS = numberArg('runs', 3);
const BYTES = MB * 1024 * 1024;

/** Inflates every stored or deflated entry, found through the central directory. */
function inflateParts(zip: Uint8Array): number {
  const buf = Buffer.from(zip.buffer, zip.byteOffset, zip.byteLength);
  const eocd = buf.lastIndexOf(Buffer.from([0x50, 0x4b, 0x05, 0x06]));
  const count = buf.readUInt16LE(eocd + 10);
  let at = buf.readUInt32LE(eocd + 16);
  let total = 0;
  for (let i = 0; i < count; i++) {
    const method = buf.readUInt16LE(at + 10);
    const size = buf.readUInt32LE(at + 20);
    const local = buf.readUInt32LE(at + 42);
    const data = local + 30 + buf.readUInt16LE(local + 26) + buf.readUInt16LE(local + 28);
    const raw = buf.subarray(data, data + size);
    total += method === 8 ? inflateRawSync(raw).length : raw.length;
    at += 46 + buf.readUInt16LE(at + 28) + buf.readUInt16LE(at + 30) + buf.readUInt16LE(at + 32);
  }
  return total;
}

interface Case { name: string; file: string; bytes: Uint8Array; baselineName: string; baseline: () => unknown }
type CaseMaker = [name: string, make: () => Promise<Case> | Case];

const text = (name: string, file: string, bytes: Uint8Array, encoding = 'utf-8'): Case =>
  ({ name, file, bytes, baselineName: `TextDecoder('${encoding}')`, baseline: () => new TextDecoder(encoding).decode(bytes).length });
const zipped = (name: string, file: string, bytes: Uint8Array): Case =>
  ({ name, file, bytes, baselineName: 'inflate every part', baseline: () => inflateParts(bytes) });

/** Built one at a time, when their turn comes: seven 24 MB inputs need not sit in memory together. */
const makers: CaseMaker[] = [
  ['txt, UTF-8', () => text('txt, UTF-8', 'a.txt', textFile(BYTES, 'utf-8'))],
  ['txt, GB18030', () => text('txt, GB18030', 'a.txt', textFile(BYTES * 1.5, 'gb18030'), 'gb18030')],
  ['md, UTF-8', () => text('md, UTF-8', 'a.md', textFile(BYTES, 'utf-8'))],
  ['html, article page', () => text('html, article page', 'a.html', htmlPage(BYTES))],
  ['html, spreadsheet table', () => text('html, spreadsheet table', 'a.html', htmlTable(BYTES))],
  ['docx', async () => zipped('docx', 'a.docx', await bigDocx(BYTES))],
  ['ofd', async () => zipped('ofd', 'a.ofd', await bigOfd(BYTES))],
  // A quarter of the size: pdf.js takes about a second per megabyte of glyph-by-glyph pages.
  ['pdf, glyph by glyph', () => {
    const bytes = glyphPdf(BYTES / 4);
    return { name: 'pdf, glyph by glyph', file: 'a.pdf', bytes, baselineName: 'pdf.js operator lists', baseline: () => pdfOperatorLists(bytes) };
  }],
];

const digest = (doc: unknown) => createHash('sha256').update(JSON.stringify(doc)).digest('hex').slice(0, 12);
const fmt = (n: number, d = 1) => n.toFixed(d);
const lines: string[] = [];
lines.push(`Node ${process.version}, ${cpus().length} CPUs, about ${MB} MB per input, CPU time, best of ${RUNS} interleaved rounds.`);
lines.push('');
lines.push('| input | file MB | read MB | extract MB/s | baseline | baseline MB/s | extract time ÷ baseline | wall MB/s | digest |');
lines.push('| --- | ---: | ---: | ---: | --- | ---: | ---: | ---: | --- |');
for (const [name, make] of makers.filter(([n]) => n.includes(ONLY))) {
  console.error(`building and timing ${name}…`);
  const c = await make();
  const readBytes = c.baselineName.startsWith('inflate') ? inflateParts(c.bytes) : c.bytes.byteLength;
  const { extract, baseline } = await bestOf(RUNS, {
    extract: () => extractDocument(c.bytes, c.file),
    baseline: c.baseline,
  });
  const mb = readBytes / 1048576;
  const rate = (ms: number) => mb / (ms / 1000);
  lines.push(`| ${c.name} | ${fmt(c.bytes.byteLength / 1048576)} | ${fmt(mb)} | ${fmt(rate(extract.ms))} | ${c.baselineName} | ${fmt(rate(baseline.ms))} | ${fmt(extract.ms / baseline.ms)}× | ${fmt(rate(extract.wallMs))} | ${digest(extract.result)} |`);
}
lines.push('', `Load average at the end: ${fmt(loadavg()[0])}.`);
console.log(lines.join('\n'));
