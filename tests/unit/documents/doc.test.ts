import { describe, expect, it } from 'vitest';
import { extractDoc } from '../../../core/documents/doc';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import type { ExtractedDocument } from '../../../core/documents/types';
import { DOC_PLANTS, docFixtureBytes } from '../../fixtures/build/doc';

const fx = docFixtureBytes();
const layer = (doc: ExtractedDocument, name: string) => doc.layers.find((l) => l.layer === name)?.text;

describe('extractDoc', () => {
  it('reads every layer of the committed .doc into its own layer', async () => {
    const doc = await extractDoc(fx['layers.doc'], 'layers.doc', DEFAULT_LIMITS);
    expect(doc.format).toBe('doc');
    expect(layer(doc, 'body')).toContain(DOC_PLANTS.body);
    expect(layer(doc, 'header')).toBe(DOC_PLANTS.header);
    expect(layer(doc, 'footer')).toBe(DOC_PLANTS.footer);
    expect(layer(doc, 'footnotes')).toBe(DOC_PLANTS.footnotes);
    expect(layer(doc, 'endnotes')).toBe(DOC_PLANTS.endnotes);
    expect(layer(doc, 'comments')).toBe(DOC_PLANTS.comments);
    expect(layer(doc, 'text-boxes')).toBe(DOC_PLANTS.textBoxes);
    // nothing of the other layers leaks into the body
    for (const p of [DOC_PLANTS.header, DOC_PLANTS.footnotes, DOC_PLANTS.comments, DOC_PLANTS.textBoxes]) {
      expect(layer(doc, 'body')).not.toContain(p);
    }
  });

  it('reads SummaryInformation and custom properties as metadata', async () => {
    const doc = await extractDoc(fx['layers.doc'], 'layers.doc', DEFAULT_LIMITS);
    expect(doc.metadata['summary.Author']).toBe(DOC_PLANTS.author);
    expect(doc.metadata['summary.LastAuthor']).toBe(DOC_PLANTS.lastAuthor);
    expect(doc.metadata['summary.Title']).toBe(DOC_PLANTS.title);
    expect(doc.metadata['custom.Company']).toBe(DOC_PLANTS.company);
    expect(layer(doc, 'metadata')!.split('\n')).toEqual(expect.arrayContaining([
      `summary.Author: ${DOC_PLANTS.author}`,
      `summary.LastAuthor: ${DOC_PLANTS.lastAuthor}`,
      `custom.Company: ${DOC_PLANTS.company}`,
    ]));
  });

  it('reads an OLE .wps like a .doc', async () => {
    const doc = await extractDoc(fx['layers.wps'], 'notice.wps', DEFAULT_LIMITS);
    expect(doc.format).toBe('wps');
    expect(layer(doc, 'body')).toContain(DOC_PLANTS.body);
  });

  it.each([
    ['hostile-legacy.wps', 'wps-unreadable'],
    ['hostile-encrypted.doc', 'doc-encrypted'],
    ['hostile-corrupt.doc', 'corrupt-file'],
    ['hostile-workbook.doc', 'unsupported-format'],
  ])('refuses %s with %s', async (name, code) => {
    const started = Date.now();
    await expect(extractDoc(fx[name], name, DEFAULT_LIMITS)).rejects.toMatchObject({ code });
    expect(Date.now() - started).toBeLessThan(3000);
  });

  it('asks for a save as .docx when a WPS file cannot be read', async () => {
    await expect(extractDoc(fx['hostile-legacy.wps'], 'wps', DEFAULT_LIMITS)).rejects.toMatchObject({
      messageZh: '无法读取该 WPS 文件，请在 WPS 中另存为 .docx 后再导入',
    });
  });
});
