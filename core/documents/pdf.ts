// PDF: pdf.js (legacy build, which runs in Node) with its worker loaded into this
// thread; the import runs in whatever thread the dispatcher is in (the import worker).
// Per page, text is read from the operator list (see pdf-text.ts for why), split
// into what a reader sees (`body`) and what is drawn invisibly (`pdf-invisible-text`).
// Annotations, document info, XMP and embedded file names get their own layers.
// Pages are separated by "\n\f\n" in every per-page layer, so page N is the N-th
// form-feed section of the body and of the invisible layer alike.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { ClearanceError } from '../errors';
import { checkBudget, startBudget, type Budget } from './budget';
import { layoutRuns, textRuns } from './pdf-text';
import type { OperatorList, PdfOps } from './pdf-text';
import { assembleDocument, zeroWidthWarning } from './txt';
import type { DocumentWarning, ExtractedDocument, ExtractionLimits } from './types';
import { ignorePdfJsLeftovers } from './pdf-rejections';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');

export const PAGE_SEPARATOR = '\n\f\n';

let loading: Promise<PdfJs> | null = null;

/** Loads pdf.js once. Importing the worker module registers it as `globalThis.pdfjsWorker`, so no worker thread is spawned. */
export function loadPdfJs(): Promise<PdfJs> {
  loading ??= (async () => {
    ignorePdfJsLeftovers();
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    return import('pdfjs-dist/legacy/build/pdf.mjs');
  })();
  loading.catch(() => { loading = null; }); // a failed load is retried on the next file
  return loading;
}

/** CMaps (for non-embedded Chinese fonts) and standard font metrics, as file paths ending in '/'. */
function dataDirs(): { cMapUrl: string; standardFontDataUrl: string } {
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  return { cMapUrl: join(root, 'cmaps') + '/', standardFontDataUrl: join(root, 'standard_fonts') + '/' };
}

/**
 * How the desk opens a PDF with pdf.js (bench/pdf-baseline.ts times the same): nothing is
 * rendered, evaluated or fetched from the system, and images are never decoded (a
 * scanned 500-page file stays cheap).
 */
export function documentParams(bytes: Uint8Array) {
  return {
    data: new Uint8Array(bytes), // pdf.js may detach the buffer it is given: pass a copy
    ...dataDirs(),
    cMapPacked: true,
    disableFontFace: true,
    isEvalSupported: false,
    useSystemFonts: false,
    enableXfa: false,
    maxImageSize: 1,
    verbosity: 0,
  };
}

const corrupt = (detail?: string) =>
  new ClearanceError(
    'corrupt-file',
    `PDF 文件已损坏或不完整，无法读取${detail ? `（${detail}）` : ''}。`,
    `The PDF file is corrupt or incomplete and cannot be read${detail ? ` (${detail})` : ''}.`,
  );

const encrypted = () =>
  new ClearanceError('pdf-encrypted', 'PDF 文件已加密（需要密码），无法审查。请提供未加密的文件。', 'The PDF is encrypted (a password is required) and cannot be reviewed. Provide an unencrypted file.');

const tooManyPages = (pages: number, max: number) =>
  new ClearanceError('pdf-too-many-pages', `PDF 共 ${pages} 页，超过上限 ${max} 页。`, `The PDF has ${pages} pages, more than the limit of ${max}.`);

/**
 * pdf.js rebuilds a missing xref table and reads what it can of a cut-off file, so a
 * truncated download would be reviewed with its last pages silently missing. A
 * complete file ends with %%EOF (some writers add a little junk after it).
 */
function checkComplete(bytes: Uint8Array): void {
  const head = Buffer.from(bytes.subarray(0, 1024)).toString('latin1');
  if (!head.includes('%PDF-')) throw corrupt('no %PDF- header');
  const tail = Buffer.from(bytes.subarray(Math.max(0, bytes.length - 1024))).toString('latin1');
  if (!tail.includes('%%EOF')) throw corrupt('file is truncated: no %%EOF at the end');
}

function mapError(e: unknown): ClearanceError {
  if (e instanceof ClearanceError) return e;
  const name = (e as { name?: string })?.name;
  if (name === 'PasswordException') return encrypted();
  const message = e instanceof Error ? e.message.slice(0, 200) : String(e).slice(0, 200);
  return corrupt(message);
}

interface AnnotationData {
  subtype?: string;
  contentsObj?: { str?: string };
  titleObj?: { str?: string };
  richText?: { str?: string };
  fieldName?: string;
  fieldValue?: unknown;
  alternativeText?: string;
  url?: string;
  unsafeUrl?: string;
  file?: { filename?: string };
}

/** One line per annotation: where it is, who wrote it, what it says. */
function annotationLines(annots: AnnotationData[], page: number): string[] {
  const lines: string[] = [];
  for (const a of annots) {
    if (a.subtype === 'Popup') continue; // repeats its parent's text
    const parts: string[] = [];
    const contents = a.contentsObj?.str?.trim() || a.richText?.str?.trim();
    if (contents) parts.push(contents);
    if (a.alternativeText?.trim()) parts.push(a.alternativeText.trim());
    const value = Array.isArray(a.fieldValue) ? a.fieldValue.join(', ') : typeof a.fieldValue === 'string' ? a.fieldValue : '';
    if (value.trim()) parts.push(`${a.fieldName ? `${a.fieldName} = ` : ''}${value.trim()}`);
    // Link targets can name internal hosts and addresses.
    const url = a.url ?? a.unsafeUrl;
    if (url) parts.push(url);
    if (a.file?.filename) parts.push(a.file.filename);
    if (!parts.length) continue;
    const who = a.titleObj?.str?.trim();
    lines.push(`[第${page}页 ${a.subtype ?? 'Annotation'}]${who ? ` ${who}:` : ''} ${parts.join(' | ')}`);
  }
  return lines;
}

/** Document info under `info.*`, XMP under `xmp.<prefix>.<name>`, custom info entries under `custom.*`. */
function metadataOf(info: Record<string, unknown>, xmp: Iterable<[string, unknown]> | null): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(info ?? {})) {
    if (k === 'Custom' && v && typeof v === 'object') {
      for (const [ck, cv] of Object.entries(v)) {
        const s = typeof cv === 'string' ? cv : (cv as { name?: string })?.name;
        if (s?.trim()) out[`custom.${ck}`] = s.trim();
      }
      continue;
    }
    if (typeof v !== 'string' || !v.trim() || k === 'PDFFormatVersion') continue;
    // /Creator is the application that made the file, not a person: name it like XMP does.
    out[`info.${k === 'Creator' ? 'CreatorTool' : k}`] = v.trim();
  }
  for (const [k, v] of xmp ?? []) {
    const s = Array.isArray(v) ? v.filter((x) => typeof x === 'string').join('; ') : typeof v === 'string' ? v : '';
    if (s.trim()) out[`xmp.${k.replace(':', '.')}`] = s.trim();
  }
  return out;
}

function imageOnlyWarning(page: number, hasInvisible: boolean): DocumentWarning {
  return {
    code: 'image-only-page',
    page,
    message: `第 ${page} 页没有可见文字，可能是扫描图片${hasInvisible ? '（该页的不可见文字可能是 OCR 识别层）' : ''}，须人工查看`,
    messageEn: `Page ${page} has no visible text and may be a scanned image${hasInvisible ? ' (its invisible text may be an OCR layer)' : ''}; look at it yourself`,
  };
}

export async function extractPdf(
  bytes: Uint8Array, _fileName: string, limits: ExtractionLimits, budget: Budget = startBudget(limits.timeBudgetMs),
): Promise<ExtractedDocument> {
  checkComplete(bytes);
  const pdfjs = await loadPdfJs();
  const task = pdfjs.getDocument(documentParams(bytes));
  try {
    const doc = await task.promise.catch((e: unknown) => { throw mapError(e); });
    if (doc.numPages > limits.maxPdfPages) throw tooManyPages(doc.numPages, limits.maxPdfPages);
    const { info, metadata: xmp } = await doc.getMetadata();
    const metadata = metadataOf(info as Record<string, unknown>, xmp ? (xmp as unknown as Iterable<[string, unknown]>) : null);
    const occ = await doc.getOptionalContentConfig();
    const hiddenGroup = (oc: unknown) => {
      try {
        return !occ.isVisible(oc);
      } catch {
        return false;
      }
    };
    const body: string[] = [];
    const invisible: string[] = [];
    const annotations: string[] = [];
    const warnings: DocumentWarning[] = [];
    for (let p = 1; p <= doc.numPages; p++) {
      checkBudget(budget);
      const page = await doc.getPage(p);
      const ops = (await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })) as unknown as OperatorList;
      const runs = textRuns(ops, pdfjs.OPS as unknown as PdfOps, page.view, hiddenGroup);
      const seen = layoutRuns(runs.filter((r) => !r.invisible));
      const unseen = layoutRuns(runs.filter((r) => r.invisible));
      body.push(seen);
      invisible.push(unseen);
      if (!seen && ops.fnArray.length > 0) warnings.push(imageOnlyWarning(p, unseen !== ''));
      annotations.push(...annotationLines((await page.getAnnotations({ intent: 'display' })) as AnnotationData[], p));
      page.cleanup();
    }
    const attachments = Object.values((await doc.getAttachments()) ?? {}).map((a) => {
      const f = a as { filename?: string; content?: Uint8Array };
      return `${f.filename ?? '(unnamed)'}${f.content ? ` (${f.content.length} bytes)` : ''}`;
    });
    const layers = {
      body: body.join(PAGE_SEPARATOR),
      'pdf-invisible-text': invisible.join(PAGE_SEPARATOR),
      'pdf-annotations': annotations.join('\n'),
      metadata: Object.entries(metadata).map(([k, v]) => `${k}: ${v.replace(/\s+/g, ' ')}`).join('\n'),
      attachments: attachments.join('\n'),
    };
    return assembleDocument('pdf', layers, { ...metadata, pages: String(doc.numPages) }, [zeroWidthWarning(Object.values(layers)), ...warnings]);
  } catch (e) {
    throw mapError(e);
  } finally {
    await task.destroy().catch(() => undefined);
  }
}
