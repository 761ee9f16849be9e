// Text placed by matrices (Tm, cm, a form XObject's /Matrix) must land where a viewer
// draws it: pdf.js 5 passes some of these matrices as typed arrays, and a reader that
// skipped them put visible text in the invisible layer and off-page text in the body.
import { describe, expect, it } from 'vitest';
import { extractPdf } from '../../../core/documents/pdf';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import type { ExtractedDocument } from '../../../core/documents/types';
import { CM_BODY, OFF_PAGE, positionedPdfBytes, TM_BODY } from '../../fixtures/build/pdf-positioned';

const fx = positionedPdfBytes();
const layer = (doc: ExtractedDocument, name: string) => doc.layers.find((l) => l.layer === name)?.text ?? '';

describe('extractPdf: text positioned by matrices', () => {
  it('reads text placed with Tm (glyph by glyph, line by line, scaled, then moved by Td and TJ) into the body, in reading order', async () => {
    const doc = await extractPdf(fx['tm.pdf'], 'tm.pdf', DEFAULT_LIMITS);
    expect(layer(doc, 'body')).toBe(TM_BODY.join('\n'));
    expect(layer(doc, 'pdf-invisible-text')).toBe('');
    expect(doc.warnings).toEqual([]);
  });

  it('reads text placed with cm (scaled, flipped like Word writes it) and inside a scaled form XObject into the body, in reading order', async () => {
    const doc = await extractPdf(fx['cm.pdf'], 'cm.pdf', DEFAULT_LIMITS);
    expect(layer(doc, 'body')).toBe(CM_BODY.join('\n'));
    expect(layer(doc, 'pdf-invisible-text')).toBe('');
  });

  it('still reports text that Tm, cm or a form matrix places off the page, and white text, as invisible', async () => {
    const doc = await extractPdf(fx['tm-off-page.pdf'], 'tm-off-page.pdf', DEFAULT_LIMITS);
    expect(layer(doc, 'body')).toBe(OFF_PAGE.visible);
    expect(layer(doc, 'pdf-invisible-text')).toBe(OFF_PAGE.hidden.join('\n'));
  });
});
