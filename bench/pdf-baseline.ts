// The PDF baseline of bench/extract.ts: what pdf.js itself does for every page before
// our code sees it (parse the file, build each page's operator list), loaded and
// configured as core/documents/pdf.ts does, worker in this thread.

import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

type PdfJs = typeof import('pdfjs-dist/legacy/build/pdf.mjs');
let pdfjs: PdfJs | undefined;

/** Operator lists of every page; returns how many operators they hold. */
export async function pdfOperatorLists(bytes: Uint8Array): Promise<number> {
  if (!pdfjs) {
    await import('pdfjs-dist/legacy/build/pdf.worker.mjs');
    pdfjs = await import('pdfjs-dist/legacy/build/pdf.mjs');
  }
  const root = dirname(createRequire(import.meta.url).resolve('pdfjs-dist/package.json'));
  const doc = await pdfjs.getDocument({
    data: new Uint8Array(bytes),
    cMapUrl: join(root, 'cmaps') + '/',
    standardFontDataUrl: join(root, 'standard_fonts') + '/',
    cMapPacked: true, disableFontFace: true, isEvalSupported: false, useSystemFonts: false, enableXfa: false, maxImageSize: 1, verbosity: 0,
  }).promise;
  let ops = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    ops += (await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })).fnArray.length;
    page.cleanup();
  }
  await doc.destroy();
  return ops;
}
