import { beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../core/documents/index';
import { extractDocx } from '../../../core/documents/docx';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import type { ExtractedDocument } from '../../../core/documents/types';
import type { LayerName } from '../../../core/model';
import { DOCX_PLANTED as K, docxBytes, documentXml } from '../../fixtures/build/docx';

let doc: ExtractedDocument;
const layer = (d: ExtractedDocument, name: LayerName) => d.layers.find((l) => l.layer === name)?.text ?? '';
const allText = (d: ExtractedDocument) => d.layers.map((l) => l.text).join('\n');
const occurrences = (hay: string, needle: string) => hay.split(needle).length - 1;

beforeAll(async () => {
  doc = await extractDocument(await docxBytes(), 'every-layer.docx');
});

describe('docx layers', () => {
  it('is recognised as docx', () => expect(doc.format).toBe('docx'));

  it('body holds visible text, including tracked insertions as Word shows them', () => {
    const body = layer(doc, 'body');
    expect(body).toContain(K.body);
    expect(body).toContain(K.insertion);
    expect(body).toContain('可见\t尾部');
  });

  it('body leaves out deleted, hidden, text-box, note and comment text', () => {
    const body = layer(doc, 'body');
    for (const s of [K.deletion, K.hidden, K.textBox, K.footnote, K.endnote, K.comment, K.header, K.footer]) expect(body).not.toContain(s);
  });

  it.each([
    ['header', K.header], ['footer', K.footer], ['footnotes', K.footnote], ['endnotes', K.endnote],
    ['comments', K.comment], ['tracked-deletions', K.deletion], ['tracked-insertions', K.insertion],
    ['hidden-text', K.hidden], ['text-boxes', K.textBox],
  ] as Array<[LayerName, string]>)('%s holds its planted text', (name, planted) => {
    expect(layer(doc, name)).toBe(planted);
  });

  it('reads a text box once although Word stores it in mc:Choice and mc:Fallback', () => {
    expect(occurrences(allText(doc), K.textBox)).toBe(1);
  });

  it('skips footnote separators', () => expect(layer(doc, 'footnotes')).toBe(K.footnote));

  it('layers come in canonical order', () => {
    expect(doc.layers.map((l) => l.layer)).toEqual([
      'body', 'header', 'footer', 'footnotes', 'endnotes', 'comments', 'tracked-deletions', 'tracked-insertions', 'hidden-text', 'text-boxes', 'metadata',
    ]);
  });
});

describe('docx metadata', () => {
  it('collects core, app and custom properties and people named in revisions and comments', () => {
    expect(doc.metadata).toMatchObject({
      'core.creator': K.creator,
      'core.lastModifiedBy': K.lastModifiedBy,
      'app.Company': K.company,
      'app.Manager': K.manager,
      'app.Template': K.template,
      [`custom.${K.customName}`]: K.customValue,
      'revisions.authors': K.lastModifiedBy,
      'comments.authors': K.commentAuthor,
    });
    expect(doc.metadata['app.TotalTime']).toBeUndefined(); // statistics are noise
  });

  it('renders them as key: value lines in the metadata layer', () => {
    const meta = layer(doc, 'metadata');
    expect(meta).toContain(`core.creator: ${K.creator}`);
    expect(meta).toContain(`app.Company: ${K.company}`);
    expect(meta).toContain(`custom.${K.customName}: ${K.customValue}`);
    expect(meta).toContain('image.image1.jpeg.gps: 39.9073, 116.391');
  });

  it('lists embedded images with EXIF and GPS', () => {
    expect(doc.images).toHaveLength(1);
    expect(doc.images[0]).toMatchObject({ name: 'image1.jpeg', exif: { Make: 'ClearanceCam' } });
    expect(doc.images[0].gps!.latitude).toBeCloseTo(K.gps.latitude, 4);
    expect(doc.images[0].gps!.longitude).toBeCloseTo(K.gps.longitude, 4);
  });

  it('warns about zero-width characters', () => {
    expect(doc.warnings.map((w) => w.code)).toContain('zero-width-characters');
  });
});

describe('docx structure variants', () => {
  const one = async (inner: string) => extractDocx(await docxBytes({ 'word/document.xml': documentXml(inner) }), 'x.docx', DEFAULT_LIMITS);

  it('routes moveFrom like a deletion and moveTo like an insertion', async () => {
    const d = await one('<w:p><w:moveFrom><w:r><w:t>旧位置</w:t></w:r></w:moveFrom><w:moveTo><w:r><w:t>新位置</w:t></w:r></w:moveTo></w:p>');
    expect(layer(d, 'body')).toBe('新位置');
    expect(layer(d, 'tracked-deletions')).toBe('旧位置');
    expect(layer(d, 'tracked-insertions')).toBe('新位置');
  });

  it('treats <w:vanish w:val="0"/> as visible', async () => {
    const d = await one('<w:p><w:r><w:rPr><w:vanish w:val="0"/></w:rPr><w:t>可见文字</w:t></w:r></w:p>');
    expect(layer(d, 'body')).toBe('可见文字');
    expect(layer(d, 'hidden-text')).toBe('');
  });

  it('reads a VML text box that has no mc:Choice', async () => {
    const d = await one('<w:p><w:r><w:pict><v:textbox><w:txbxContent><w:p><w:r><w:t>旧式文本框</w:t></w:r></w:p></w:txbxContent></v:textbox></w:pict></w:r></w:p>');
    expect(layer(d, 'text-boxes')).toBe('旧式文本框');
  });

  it('keeps text of tables and decodes entities', async () => {
    const d = await one('<w:tbl><w:tr><w:tc><w:p><w:r><w:t>甲 &amp; 乙</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>&#x4E19;</w:t></w:r></w:p></w:tc></w:tr></w:tbl>');
    expect(layer(d, 'body')).toBe('甲 & 乙\n丙');
  });

  it('puts picture alt text in hidden-text', async () => {
    const d = await one('<w:p><w:r><w:drawing><wp:inline xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing"><wp:docPr id="1" name="图片 1" descr="某基地航拍图"/></wp:inline></w:drawing></w:r></w:p>');
    expect(layer(d, 'hidden-text')).toBe('某基地航拍图');
    expect(layer(d, 'body')).toBe('');
  });

  it('reads SmartArt and chart text into text-boxes, building blocks into hidden-text', async () => {
    const a = 'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"';
    const d = await extractDocx(await docxBytes({
      'word/diagrams/data1.xml': `<dgm:dataModel xmlns:dgm="x" ${a}><dgm:ptLst><dgm:pt><dgm:t><a:p><a:r><a:t>组织结构图节点</a:t></a:r></a:p></dgm:t></dgm:pt></dgm:ptLst></dgm:dataModel>`,
      'word/charts/chart1.xml': `<c:chartSpace xmlns:c="y" ${a}><c:chart><c:title><c:tx><c:rich><a:p><a:r><a:t>图表标题</a:t></a:r></a:p></c:rich></c:tx></c:title><c:ser><c:tx><c:strRef><c:strCache><c:pt idx="0"><c:v>系列一</c:v></c:pt></c:strCache></c:strRef></c:tx></c:ser></c:chart></c:chartSpace>`,
      'word/glossary/document.xml': documentXml('<w:p><w:r><w:t>构建基块里的文字</w:t></w:r></w:p>'),
    }), 'x.docx', DEFAULT_LIMITS);
    expect(layer(d, 'text-boxes').split('\n')).toEqual([K.textBox, '图表标题', '系列一', '组织结构图节点']);
    expect(layer(d, 'hidden-text')).toContain('构建基块里的文字');
  });

  it('lists external link and template targets as metadata', async () => {
    const d = await extractDocx(await docxBytes({
      'word/_rels/settings.xml.rels': '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships"><Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/attachedTemplate" Target="file:///\\\\10.1.2.3\\模板\\公文.dotm" TargetMode="External"/><Relationship Id="rId2" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/hyperlink" Target="http://oa.internal/doc?id=7" TargetMode="External"/></Relationships>',
    }), 'x.docx', DEFAULT_LIMITS);
    expect(Object.values(d.metadata)).toEqual(expect.arrayContaining(['http://oa.internal/doc?id=7']));
    expect(layer(d, 'metadata')).toContain('10.1.2.3');
  });

  it('is dispatched by content even when renamed', async () => {
    const bytes = await docxBytes();
    expect((await extractDocument(bytes, 'renamed.wps')).format).toBe('docx');
    expect((await extractDocument(bytes, 'no-extension')).format).toBe('docx');
  });

  it('says which part is missing when there is no document part', async () => {
    const bytes = await docxBytes({ '_rels/.rels': '<Relationships xmlns="x"><Relationship Id="r" Type="http://schemas.openxmlformats.org/officeDocument/2006/relationships/officeDocument" Target="word/missing.xml"/></Relationships>' });
    await expect(extractDocx(bytes, 'x.docx', DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'corrupt-file' });
  });
});
