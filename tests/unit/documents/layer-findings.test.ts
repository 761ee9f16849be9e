import { describe, expect, it } from 'vitest';
import { documentFindings, extractDocument } from '../../../core/documents/index';
import type { ExtractedDocument } from '../../../core/documents/types';
import { DOCX_PLANTED as K, docxBytes } from '../../fixtures/build/docx';

const base = (over: Partial<ExtractedDocument>): ExtractedDocument => ({ format: 'txt', layers: [], metadata: {}, images: [], warnings: [], ...over });

describe('documentFindings', () => {
  it('gives nothing for visible layers only', () => {
    const doc = base({ layers: [{ layer: 'body', text: '正文' }, { layer: 'header', text: '页眉' }, { layer: 'footer', text: '页脚' }] });
    expect(documentFindings(doc)).toEqual([]);
  });

  it('gives one escalate hidden-layer finding per non-empty hidden layer, with an excerpt that matches its offsets', () => {
    const long = '批'.repeat(100);
    const doc = base({ layers: [{ layer: 'body', text: 'x' }, { layer: 'comments', text: long }, { layer: 'hidden-text', text: '  ' }] });
    const f = documentFindings(doc);
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ layer: 'comments', category: 'hidden-layer', severity: 'escalate', rule: 'hidden-layer:comments', start: 0 });
    expect(f[0].text).toBe(long.slice(f[0].start, f[0].end));
    expect(f[0].end).toBeLessThanOrEqual(long.length);
    expect(f[0].rationale).toMatch(/批注/);
  });

  it('points metadata findings at the value inside the metadata layer', () => {
    const text = 'core.title: 标题\ncore.creator: 张三\napp.Company:  某某局 \nofd.作者: 李四\napp.Application: Word';
    const f = documentFindings(base({ layers: [{ layer: 'metadata', text }] })).filter((x) => x.category === 'metadata');
    expect(f.map((x) => x.text)).toEqual(['张三', '某某局', '李四']);
    for (const x of f) expect(text.slice(x.start, x.end)).toBe(x.text);
  });

  it('does not cut a surrogate pair in an excerpt', () => {
    const text = 'a'.repeat(39) + '𠀀' + 'b';
    const [f] = documentFindings(base({ layers: [{ layer: 'comments', text }] }));
    expect(f.end).toBe(39);
    expect(f.text).toBe('a'.repeat(39));
  });

  it('knows Chinese drafting roles in custom properties', () => {
    const text = 'custom.拟稿人: 钱七\ncustom.签发人: 孙八\ncustom.项目: 某工程';
    const f = documentFindings(base({ layers: [{ layer: 'metadata', text }] })).filter((x) => x.category === 'metadata');
    expect(f.map((x) => x.text)).toEqual(['钱七', '孙八']);
  });

  it('reports image GPS even when the extractor did not render it into the layer', () => {
    const f = documentFindings(base({ images: [{ name: 'a.jpg', bytes: 10, gps: { latitude: 1.5, longitude: 2.5 } }] }));
    expect(f).toEqual([expect.objectContaining({ rule: 'metadata:gps', category: 'metadata', severity: 'escalate' })]);
  });

  it('turns page warnings into hidden-layer findings', () => {
    const f = documentFindings(base({ warnings: [{ code: 'image-only-page', message: '第 3 页只有图像', messageEn: 'image only', page: 3 }, { code: 'zero-width-characters', message: 'x', messageEn: 'x' }] }));
    expect(f).toHaveLength(1);
    expect(f[0]).toMatchObject({ category: 'hidden-layer', layer: 'body', rule: 'hidden-layer:page-image-only-page' });
    expect(f[0].rationale).toContain('第 3 页');
  });

  it('on the every-layer docx: every hidden layer, the people, the organisation and the GPS position', async () => {
    const doc = await extractDocument(await docxBytes(), 'every-layer.docx');
    const f = documentFindings(doc);
    const hidden = f.filter((x) => x.category === 'hidden-layer').map((x) => x.layer).sort();
    expect(hidden).toEqual(['comments', 'endnotes', 'footnotes', 'hidden-text', 'metadata', 'text-boxes', 'tracked-deletions', 'tracked-insertions'].sort());
    const meta = f.filter((x) => x.category === 'metadata');
    const values = meta.map((x) => x.text);
    for (const v of [K.creator, K.lastModifiedBy, K.company, K.manager, K.commentAuthor]) expect(values).toContain(v);
    expect(meta.filter((x) => x.rule === 'metadata:gps')).toHaveLength(1);
    const metaText = doc.layers.find((l) => l.layer === 'metadata')!.text;
    for (const x of meta) expect(metaText.slice(x.start, x.end)).toBe(x.text);
  });
});
