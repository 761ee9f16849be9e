import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../core/documents/index';
import { resolveLoc } from '../../../core/documents/ofd';
import type { ExtractedDocument } from '../../../core/documents/types';
import type { LayerName } from '../../../core/model';
import { OFD_PLANTED as K, ofdBytes } from '../../fixtures/build/ofd';

let doc: ExtractedDocument;
const layer = (name: LayerName) => doc.layers.find((l) => l.layer === name)?.text ?? '';

beforeAll(async () => {
  doc = await extractDocument(await ofdBytes(), 'sample.ofd');
});

describe('ofd layers', () => {
  it('is recognised as ofd', () => expect(doc.format).toBe('ofd'));

  it('body holds TextCode of every page in page order, relative and absolute BaseLoc alike', () => {
    expect(layer('body')).toBe(`${K.page1}\n${K.page2}`);
  });

  it('template page text is the header, once', () => expect(layer('header')).toBe(K.template));

  it('annotations hold remark, appearance text and creator', () => {
    const a = layer('ofd-annotations');
    expect(a).toContain(K.annotationRemark);
    expect(a).toContain(K.annotationText);
    expect(layer('body')).not.toContain(K.annotationText);
  });

  it('attachments are listed by name and warned about', () => {
    expect(layer('attachments')).toBe(K.attachment);
    expect(doc.warnings.map((w) => w.code)).toContain('attachments');
  });

  it('DocInfo is metadata, custom data included', () => {
    expect(doc.metadata).toMatchObject({ 'ofd.Author': K.author, 'ofd.Title': K.title, [`ofd.custom.${K.customName}`]: K.customValue });
    expect(layer('metadata')).toContain(`ofd.Author: ${K.author}`);
  });

  it('signatures are listed in warnings with their provider', () => {
    const sig = doc.warnings.find((w) => w.code === 'ofd-signature');
    expect(sig?.message).toContain(K.signatureProvider);
  });

  it('lists resource images with their GPS position', () => {
    expect(doc.images).toEqual([expect.objectContaining({ name: 'Doc_0/Res/image_80.jpg', gps: { latitude: 31.2304, longitude: 121.4737 } })]);
    expect(layer('metadata')).toContain('image.Doc_0/Res/image_80.jpg.gps: 31.2304, 121.4737');
  });

  it('matches prefixed and unprefixed tags alike', async () => {
    const plain = await ofdBytes({
      'Doc_0/Pages/Page_0/Content.xml': '<Page xmlns="http://www.ofdspec.org/2016"><Content><Layer><TextObject><TextCode>无前缀正文</TextCode></TextObject></Layer></Content></Page>',
    });
    const d = await extractDocument(plain, 'plain.ofd');
    expect(d.layers.find((l) => l.layer === 'body')?.text).toContain('无前缀正文');
  });

  it('flags a page with only images', async () => {
    const d = await extractDocument(await ofdBytes({
      'Doc_0/Pages/Page_1/Content.xml': '<ofd:Page xmlns:ofd="http://www.ofdspec.org/2016"><ofd:Content><ofd:Layer><ofd:ImageObject ID="7" ResourceID="8" Boundary="0 0 10 10"/></ofd:Layer></ofd:Content></ofd:Page>',
    }), 'scan.ofd');
    expect(d.warnings.find((w) => w.code === 'image-only-page')?.page).toBe(2);
  });

  it('refuses an OFD without OFD.xml-listed documents', async () => {
    await expect(extractDocument(await ofdBytes({ 'OFD.xml': '<ofd:OFD xmlns:ofd="x"/>' }), 'empty.ofd')).rejects.toMatchObject({ code: 'corrupt-file' });
  });
});

describe('resolveLoc', () => {
  it.each([
    ['Doc_0/Document.xml', 'Pages/Page_0/Content.xml', 'Doc_0/Pages/Page_0/Content.xml'],
    ['Doc_0/Document.xml', '/Doc_0/Pages/Page_1/Content.xml', 'Doc_0/Pages/Page_1/Content.xml'],
    ['Doc_0/Annots/Annotations.xml', 'Page_0/Annotation.xml', 'Doc_0/Annots/Page_0/Annotation.xml'],
    ['OFD.xml', 'Doc_0\\Document.xml', 'Doc_0/Document.xml'],
    ['Doc_0/Document.xml', '../OFD.xml', 'OFD.xml'],
  ])('%s + %s → %s', (from, loc, want) => expect(resolveLoc(from, loc)).toBe(want));

  it('refuses to climb out of the package', () => expect(resolveLoc('OFD.xml', '../../etc/passwd')).toBeUndefined());
});
