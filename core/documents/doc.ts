// Word 97–2003 binary (.doc) and WPS files that use the same OLE container.
// word-extractor reads the text streams (body, headers, footers, notes, comments,
// text boxes); the property streams (author, last saved by, company, custom
// properties) are read with cfb and doc-properties.ts. Limits of word-extractor:
// deleted tracked changes are not separated from the body (it returns the piece
// table text), hidden (vanished) text reads as body, and field codes are dropped.

import CFB from 'cfb';
import type { CFB$Container, CFB$Entry } from 'cfb';
import WordExtractor from 'word-extractor';
import { ClearanceError } from '../errors';
import { checkBudget, startBudget, type Budget } from './budget';
import { readPropertySet } from './doc-properties';
import { extensionOf } from './sniff';
import { assembleDocument, zeroWidthWarning } from './txt';
import type { DocumentFormat, ExtractedDocument, ExtractionLimits } from './types';

const wpsUnreadable = () =>
  new ClearanceError('wps-unreadable', '无法读取该 WPS 文件，请在 WPS 中另存为 .docx 后再导入', 'This WPS file cannot be read; save it as .docx in WPS and import that');

const corruptDoc = (detail: string) =>
  new ClearanceError('corrupt-file', `Word 文档已损坏，无法读取（${detail}）。请另存为 .docx 后再导入。`, `The Word document is corrupt and cannot be read (${detail}). Save it as .docx and import again.`);

const encryptedDoc = () =>
  new ClearanceError('doc-encrypted', 'Word 文档已加密（需要密码），无法审查。请提供未加密的文件。', 'The Word document is encrypted (a password is required) and cannot be reviewed.');

const notWord = () =>
  new ClearanceError('unsupported-format', '该 OLE 文件不是 Word 文档（可能是 Excel 或 PowerPoint 97–2003 文件），暂不支持。', 'This OLE file is not a Word document (perhaps an Excel or PowerPoint 97–2003 file); not supported.');

/** Word's text uses \r for paragraphs and \x07 for cell ends; word-extractor maps most; tidy the rest. */
function clean(text: string): string {
  return text
    .replace(/\r\n?/g, '\n')
    .split('\n')
    .map((l) => l.replace(/[\t ]+$/g, '').replace(/^\t+/, ''))
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** FibBase flag fEncrypted (bit 8 of the word at 0x0A); wIdent 0xA5EC marks a Word FIB. */
function fibEncrypted(wordDocument: Uint8Array): boolean {
  if (wordDocument.length < 12) return false;
  const ident = wordDocument[0] | (wordDocument[1] << 8);
  const flags = wordDocument[10] | (wordDocument[11] << 8);
  return ident === 0xa5ec && (flags & 0x0100) !== 0;
}

function streamBytes(entry: CFB$Entry | null | undefined): Uint8Array | null {
  const c = entry?.content as unknown;
  if (!c) return null;
  return c instanceof Uint8Array ? c : Uint8Array.from(c as number[]);
}

/** `formatOrName` is 'doc' | 'wps' or the file name (the dispatcher passes the name). */
export async function extractDoc(
  bytes: Uint8Array, formatOrName: string, limits: ExtractionLimits, budget: Budget = startBudget(limits.timeBudgetMs),
): Promise<ExtractedDocument> {
  const ext = formatOrName === 'doc' || formatOrName === 'wps' ? formatOrName : extensionOf(formatOrName);
  const format: DocumentFormat = ext === 'wps' || ext === 'wpt' ? 'wps' : 'doc';
  const refuse = (detail: string) => (format === 'wps' ? wpsUnreadable() : corruptDoc(detail));
  const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

  let container: CFB$Container;
  try {
    container = CFB.read(buffer, { type: 'buffer' });
  } catch (e) {
    throw refuse(`OLE container unreadable: ${e instanceof Error ? e.message.slice(0, 120) : String(e)}`);
  }
  const wordStream = streamBytes(CFB.find(container, 'WordDocument'));
  if (!wordStream) throw format === 'wps' ? wpsUnreadable() : notWord();
  if (fibEncrypted(wordStream)) throw encryptedDoc();
  checkBudget(budget);

  let doc;
  try {
    doc = await new WordExtractor().extract(buffer);
  } catch (e) {
    throw refuse(e instanceof Error ? e.message.slice(0, 120) : String(e));
  }
  checkBudget(budget);

  const metadata: Record<string, string> = {};
  const summary = streamBytes(CFB.find(container, '\x05SummaryInformation'));
  const docSummary = streamBytes(CFB.find(container, '\x05DocumentSummaryInformation'));
  if (summary) Object.assign(metadata, readPropertySet(summary, 'summary'));
  if (docSummary) Object.assign(metadata, readPropertySet(docSummary, 'docsummary'));

  // filterUnicode:false keeps the characters as written (the filter rewrites quotes and dashes).
  const raw = { filterUnicode: false };
  const layers = {
    body: clean(doc.getBody(raw)),
    header: clean(doc.getHeaders({ ...raw, includeFooters: false })),
    footer: clean(doc.getFooters(raw)),
    footnotes: clean(doc.getFootnotes(raw)),
    endnotes: clean(doc.getEndnotes(raw)),
    comments: clean(doc.getAnnotations(raw)),
    'text-boxes': clean(doc.getTextboxes({ ...raw, includeHeadersAndFooters: true, includeBody: true })),
    metadata: Object.entries(metadata).map(([k, v]) => `${k}: ${v.replace(/\s+/g, ' ')}`).join('\n'),
  };
  return assembleDocument(format, layers, metadata, [zeroWidthWarning(Object.values(layers))]);
}
