// The one entry point for reading a draft file. Size and emptiness are refused
// before any parser sees the bytes; the format comes from the bytes first and the
// name second; every extractor runs under the same limits and budget (budget.ts): one
// wall-clock deadline for the whole extraction, and the caller's `cancelled` predicate.
//
// Each extractor has the signature of `Extractor` below. To add a format, add its
// import and one line to the table it belongs in.

import { ClearanceError, isClearanceError } from '../errors';
import type { Finding } from '../model';
import { DEFAULT_LIMITS } from './types';
import type { ExtractedDocument, ExtractionLimits } from './types';
import { extensionOf, sniffBytes } from './sniff';
import { openZip } from './zip';
import { startBudget, timeoutError, type Budget } from './budget';
import { extractDocx } from './docx';
import { extractOfd } from './ofd';
import { extractTxt } from './txt';
import { extractHtml } from './html';
import { extractPdf } from './pdf';
import { extractDoc } from './doc';
import { documentFindings as findingsOf } from './layer-findings';

export type Extractor = (bytes: Uint8Array, fileName: string, limits: ExtractionLimits, budget: Budget) => Promise<ExtractedDocument>;

/** Plain-text formats, chosen by extension when the bytes carry no magic (a Map: a file named x.constructor must not find Object's). */
const TEXT_EXTRACTORS = new Map<string, Extractor>(Object.entries({
  txt: extractTxt,
  text: extractTxt,
  md: extractTxt,
  markdown: extractTxt,
  csv: extractTxt,
  html: extractHtml,
  htm: extractHtml,
  xhtml: extractHtml,
}));

const ZIP_EXTENSIONS = ['docx', 'docm', 'dotx', 'wps', 'wpt', 'ofd'];

export const SUPPORTED_EXTENSIONS = ['txt', 'md', 'html', 'htm', 'docx', 'doc', 'wps', 'pdf', 'ofd'];

export { DEFAULT_LIMITS };
export type { ExtractedDocument, ExtractionLimits };

const unsupported = (ext: string) =>
  new ClearanceError(
    'unsupported-format',
    `不支持的文件格式${ext ? `（.${ext}）` : ''}。支持：txt、md、html、docx、doc、wps、pdf、ofd。`,
    `Unsupported file format${ext ? ` (.${ext})` : ''}. Supported: txt, md, html, docx, doc, wps, pdf, ofd.`,
  );

/** Zip containers are told apart by their parts, not their names: a renamed docx is still a docx. */
async function pickZipExtractor(bytes: Uint8Array, ext: string, limits: ExtractionLimits, budget: Budget): Promise<Extractor> {
  const zip = await openZip(bytes, limits, budget);
  try {
    if (zip.has('OFD.xml')) return extractOfd;
    if (zip.has('[Content_Types].xml') && zip.entries.some((e) => e.name.startsWith('word/'))) return extractDocx;
  } finally {
    zip.close();
  }
  if (ext === 'ofd') return extractOfd;
  if (ZIP_EXTENSIONS.includes(ext)) return extractDocx; // will explain what part is missing
  throw unsupported(ext);
}

async function pickExtractor(bytes: Uint8Array, ext: string, limits: ExtractionLimits, budget: Budget): Promise<Extractor> {
  const kind = sniffBytes(bytes);
  if (kind === 'zip') return pickZipExtractor(bytes, ext, limits, budget);
  if (kind === 'ole') return extractDoc; // doc, and wps files that are OLE; extractDoc tells them apart by name
  if (kind === 'pdf') return extractPdf;
  if (kind === 'rtf') {
    throw new ClearanceError('unsupported-format', '文件是 RTF 格式，请另存为 .docx 后再导入。', 'The file is RTF; save it as .docx and import again.');
  }
  if (ext === 'wps') {
    throw new ClearanceError('unsupported-format', '无法读取此 WPS 文件（不是 OLE 或 OOXML 格式）。请在 WPS 中另存为 .docx 后再导入。', 'This WPS file cannot be read (neither OLE nor OOXML). Save it as .docx in WPS and import again.');
  }
  if (ZIP_EXTENSIONS.includes(ext)) {
    throw new ClearanceError('not-a-zip', `文件扩展名为 .${ext}，但内容不是有效的压缩包（可能已损坏或被改名）。`, `The file is named .${ext} but is not a valid zip archive (corrupt or renamed).`);
  }
  if (kind === 'html') return extractHtml;
  if (ext === 'pdf') return extractPdf; // let the PDF reader say precisely why it is broken
  if (ext === 'doc') {
    throw new ClearanceError('corrupt-file', '文件扩展名为 .doc，但内容不是 Word 文档格式，请另存为 .docx 后再导入。', 'The file is named .doc but is not a Word binary document; save it as .docx and import again.');
  }
  const text = TEXT_EXTRACTORS.get(ext);
  if (text) return text;
  throw unsupported(ext);
}

export interface ExtractOptions {
  /**
   * Checked wherever the extractors check their time budget: once it returns true,
   * extraction stops with `cancelled` (an import worker passes its job's cancel flag).
   */
  cancelled?: () => boolean;
}

/**
 * Reads every layer of a file. Throws only ClearanceError: any other exception from
 * a parser is a bug or a hostile file, and is reported as `corrupt-file`.
 */
export async function extractDocument(
  bytes: Uint8Array,
  fileName: string,
  limits?: Partial<ExtractionLimits>,
  options: ExtractOptions = {},
): Promise<ExtractedDocument> {
  const lim: ExtractionLimits = { ...DEFAULT_LIMITS, ...limits };
  if (bytes.byteLength > lim.maxFileBytes) {
    const mb = (n: number) => (n / 1024 / 1024).toFixed(1);
    throw new ClearanceError('file-too-large', `文件大小 ${mb(bytes.byteLength)} MB 超过上限 ${mb(lim.maxFileBytes)} MB。`, `File is ${mb(bytes.byteLength)} MB, over the ${mb(lim.maxFileBytes)} MB limit.`);
  }
  if (bytes.byteLength === 0) {
    throw new ClearanceError('empty-file', '文件为空（0 字节），无可审查内容。', 'The file is empty (0 bytes).');
  }
  const ext = extensionOf(fileName);
  let timer: NodeJS.Timeout | undefined;
  // The timer catches extractors that await (pdf.js); synchronous parsers check the budget themselves.
  const budget = startBudget(lim.timeBudgetMs, options.cancelled);
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timeoutError()), lim.timeBudgetMs);
  });
  try {
    const run = (async () => {
      const extractor = await pickExtractor(bytes, ext, lim, budget);
      return extractor(bytes, fileName, lim, budget);
    })();
    run.catch(() => undefined); // a run that loses the race must not surface as an unhandled rejection
    return await Promise.race([run, timeout]);
  } catch (e) {
    if (isClearanceError(e)) throw e;
    if (e instanceof RangeError) {
      // Stack or allocation exhaustion inside a parser: treat as hostile input.
      throw new ClearanceError('corrupt-file', '文件结构异常，超出解析能力，已拒绝。', 'The file structure is abnormal and exceeds what the reader accepts; refused.');
    }
    const detail = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
    throw new ClearanceError('corrupt-file', `文件已损坏或格式异常，无法读取（${detail}）。`, `The file is corrupt or malformed and cannot be read (${detail}).`);
  } finally {
    clearTimeout(timer);
  }
}

/** Findings that come from the document's structure rather than its words: hidden layers, metadata, GPS. */
export function documentFindings(doc: Pick<ExtractedDocument, 'layers' | 'images' | 'warnings'>): Finding[] {
  return findingsOf(doc);
}
