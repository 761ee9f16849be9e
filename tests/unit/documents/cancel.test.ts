// A caller that no longer wants a document read (an import worker whose job was cancelled)
// is heard wherever the extractors check their time budget: extraction then stops with
// `cancelled`, and never when the caller has not asked.
import { describe, expect, it } from 'vitest';
import { extractDocument } from '../../../core/documents/index';
import { docFixtureBytes } from '../../fixtures/build/doc';
import { docxBytes } from '../../fixtures/build/docx';
import { ofdBytes } from '../../fixtures/build/ofd';
import { pdfFixtureBytes } from '../../fixtures/build/pdf';

/** An HTML page of many small elements: the reader checks its budget every 4096 tokens. */
const bigHtml = (paragraphs: number) =>
  Buffer.from(`<html><body>${'<p>关于做好年度工作安排的通知，请各单位认真落实。</p>'.repeat(paragraphs)}</body></html>`);

describe('cancelling an extraction', () => {
  it.each([
    ['docx', async () => docxBytes(), 'a.docx'],
    ['ofd', async () => ofdBytes(), 'a.ofd'],
    ['pdf', async () => pdfFixtureBytes()['layers.pdf'], 'a.pdf'],
    ['doc', async () => docFixtureBytes()['layers.doc'], 'a.doc'],
    ['html', async () => bigHtml(5_000), 'a.html'],
  ] as const)('stops a %s extraction with `cancelled` once the caller asks', async (_format, bytes, name) => {
    await expect(extractDocument(await bytes(), name, {}, { cancelled: () => true })).rejects.toMatchObject({ code: 'cancelled' });
    await expect(extractDocument(await bytes(), name, {}, { cancelled: () => false })).resolves.toMatchObject({ layers: expect.any(Array) });
  });

  it.each([
    ['docx', async () => docxBytes(), 'a.docx'],
    ['ofd', async () => ofdBytes(), 'a.ofd'],
    ['pdf', async () => pdfFixtureBytes()['layers.pdf'], 'a.pdf'],
  ] as const)('stops a %s extraction at whichever of its checks first hears the cancel', async (_format, bytes, name) => {
    const input = await bytes();
    let all = 0;
    await extractDocument(input, name, {}, { cancelled: () => { all++; return false; } });
    // More than the archive's opening check: the reader's own checks are reached too.
    expect(all).toBeGreaterThan(2);
    for (let k = 1; k <= all; k++) {
      let checks = 0;
      await expect(extractDocument(input, name, {}, { cancelled: () => ++checks >= k })).rejects.toMatchObject({ code: 'cancelled' });
      expect(checks).toBe(k);
    }
  });

  it('stops a large page at the next check after the cancel, not at its end', async () => {
    const bytes = bigHtml(200_000); // 400,000 tags and texts: about a hundred checks
    let checks = 0;
    const cancelled = () => ++checks >= 3;
    await expect(extractDocument(bytes, 'big.html', {}, { cancelled })).rejects.toMatchObject({ code: 'cancelled' });
    expect(checks).toBe(3);
  });
});
