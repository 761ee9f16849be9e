import { describe, expect, it } from 'vitest';
import { extractPdf, PAGE_SEPARATOR } from '../../../core/documents/pdf';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import type { ExtractedDocument } from '../../../core/documents/types';
import { PDF_PLANTS, pdfFixtureBytes } from '../../fixtures/build/pdf';

const fx = pdfFixtureBytes();
const layer = (doc: ExtractedDocument, name: string) => doc.layers.find((l) => l.layer === name)?.text ?? '';

describe('extractPdf', () => {
  let doc: ExtractedDocument;

  it('reads the layered fixture', async () => {
    doc = await extractPdf(fx['layers.pdf'], 'layers.pdf', DEFAULT_LIMITS);
    expect(doc.format).toBe('pdf');
  });

  it('puts visible text in the body, page by page, Chinese decoded through the UniGB-UCS2-H CMap', () => {
    const pages = layer(doc, 'body').split(PAGE_SEPARATOR);
    expect(pages).toHaveLength(3);
    expect(pages[0]).toContain(PDF_PLANTS.body);
    expect(pages[0]).toContain(PDF_PLANTS.chinese);
    expect(pages[0]).toContain('AFTER-MODE3-PLANT'); // render mode back to fill
    expect(pages[1]).toBe('');
    expect(pages[2]).toBe(PDF_PLANTS.page3);
  });

  it('moves render-mode-3, off-page and switched-off optional content text out of the body', () => {
    const body = layer(doc, 'body');
    const hidden = layer(doc, 'pdf-invisible-text');
    for (const plant of [PDF_PLANTS.invisible, PDF_PLANTS.invisibleChinese, PDF_PLANTS.offPage, PDF_PLANTS.hiddenOcg]) {
      expect(hidden).toContain(plant);
      expect(body).not.toContain(plant);
    }
    expect(hidden.split(PAGE_SEPARATOR)[0]).toContain(PDF_PLANTS.invisible); // on page 1
  });

  it('lists annotations with their author', () => {
    expect(layer(doc, 'pdf-annotations')).toBe(`[第1页 Text] ${PDF_PLANTS.annotationAuthor}: ${PDF_PLANTS.annotation}`);
  });

  it('reads document info and XMP into the metadata layer and record', () => {
    const meta = layer(doc, 'metadata').split('\n');
    expect(meta).toContain(`info.Author: ${PDF_PLANTS.author}`);
    expect(meta).toContain(`info.Title: ${PDF_PLANTS.title}`);
    expect(meta).toContain(`xmp.dc.creator: ${PDF_PLANTS.xmpCreator}`);
    expect(doc.metadata['info.Author']).toBe(PDF_PLANTS.author);
    expect(doc.metadata.pages).toBe('3');
  });

  it('flags the page that is only an image', () => {
    expect(doc.warnings.filter((w) => w.code === 'image-only-page').map((w) => w.page)).toEqual([2]);
  });

  it.each([
    ['hostile-encrypted.pdf', 'pdf-encrypted'],
    ['hostile-truncated.pdf', 'corrupt-file'],
    ['hostile-cut-with-eof.pdf', 'corrupt-file'],
    ['hostile-garbage.pdf', 'corrupt-file'],
  ])('refuses %s with %s, quickly', async (name, code) => {
    const started = Date.now();
    await expect(extractPdf(fx[name], name, DEFAULT_LIMITS)).rejects.toMatchObject({ code });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('refuses a PDF over the page limit before reading its pages', async () => {
    await expect(extractPdf(fx['many-pages.pdf'], 'x.pdf', { ...DEFAULT_LIMITS, maxPdfPages: 10 })).rejects.toMatchObject({ code: 'pdf-too-many-pages' });
    await expect(extractPdf(fx['layers.pdf'], 'x.pdf', { ...DEFAULT_LIMITS, maxPdfPages: 2 })).rejects.toMatchObject({ code: 'pdf-too-many-pages' });
    const ok = await extractPdf(fx['many-pages.pdf'], 'x.pdf', DEFAULT_LIMITS);
    expect(ok.warnings).toEqual([]); // empty pages are not image pages
  });

  it('stops when the time budget is spent', async () => {
    await expect(extractPdf(fx['layers.pdf'], 'x.pdf', { ...DEFAULT_LIMITS, timeBudgetMs: -1 })).rejects.toMatchObject({ code: 'extraction-timeout' });
  });
});
