// The PDF baseline of bench/extract.ts: what pdf.js itself does for every page before
// our code sees it (parse the file, build each page's operator list), loaded and
// configured by core/documents/pdf.ts's own loadPdfJs and documentParams, worker in this
// thread.
import { documentParams, loadPdfJs } from '../core/documents/pdf';

/** Operator lists of every page; returns how many operators they hold. */
export async function pdfOperatorLists(bytes: Uint8Array): Promise<number> {
  const pdfjs = await loadPdfJs();
  const doc = await pdfjs.getDocument(documentParams(bytes)).promise;
  let ops = 0;
  for (let p = 1; p <= doc.numPages; p++) {
    const page = await doc.getPage(p);
    ops += (await page.getOperatorList({ annotationMode: pdfjs.AnnotationMode.DISABLE })).fnArray.length;
    page.cleanup();
  }
  await doc.destroy();
  return ops;
}
