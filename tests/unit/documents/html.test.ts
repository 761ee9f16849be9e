import { describe, expect, it } from 'vitest';
import { declaredCharset, extractHtml } from '../../../core/documents/html';
import { tokenizeHtml } from '../../../core/documents/html-tokenizer';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import { htmlFixtureBytes } from '../../fixtures/build/html';
import { seededBytes } from '../../fixtures/build/text';

const fx = htmlFixtureBytes();

async function layersOf(bytes: Uint8Array): Promise<Record<string, string>> {
  const doc = await extractHtml(bytes, 'page.html', DEFAULT_LIMITS);
  return Object.fromEntries(doc.layers.map((l) => [l.layer, l.text]));
}

describe('extractHtml', () => {
  it('decodes by the declared GB2312 charset and puts visible text in the body', async () => {
    expect(declaredCharset(fx['layers.html'])).toBe('gb2312');
    const l = await layersOf(fx['layers.html']);
    expect(l.body).toContain('关于HTML-BODY-PLANT的通知');
    // the source line break between 要 and 高 vanishes; entities are decoded
    expect(l.body).toContain('各单位要高度重视，机密&保密。');
    for (const visible of ['VIS-BACK-PLANT', 'ARIA-PLANT', 'AFTER-P-PLANT', '链接']) expect(l.body).toContain(visible);
    expect(l.body).toContain('CELL-A\tCELL-B');
    expect(l.body).toMatch(/ITEM-1\nITEM-2/);
  });

  it('keeps script and style code out of every layer', async () => {
    const l = await layersOf(fx['layers.html']);
    for (const text of Object.values(l)) {
      expect(text).not.toContain('SCRIPT-PLANT');
      expect(text).not.toContain('STYLE-PLANT');
    }
  });

  it('moves comments, hidden elements and attributes to their layers', async () => {
    const l = await layersOf(fx['layers.html']);
    expect(l.comments).toBe('HTML-COMMENT-PLANT 待删除');
    for (const h of ['HIDDEN-ATTR-PLANT', 'DISPLAY-NONE-PLANT', 'VIS-HIDDEN-PLANT', 'INPUT-HIDDEN-PLANT', 'TEMPLATE-PLANT', 'P-HIDDEN-PLANT']) {
      expect(l['hidden-text']).toContain(h);
      expect(l.body).not.toContain(h);
    }
    expect(l['hidden-text']).not.toContain('VIS-BACK-PLANT');
    expect(l.metadata.split('\n')).toEqual(expect.arrayContaining([
      'title: TITLE-PLANT 通知',
      'meta.author: META-AUTHOR-PLANT 李四',
      'meta.og:description: META-DESC-PLANT',
      'attr.alt: ALT-PLANT 图片',
      'attr.title: TITLE-ATTR-PLANT',
    ]));
  });

  it('records title and meta fields in the metadata record', async () => {
    const doc = await extractHtml(fx['layers.html'], 'page.html', DEFAULT_LIMITS);
    expect(doc.metadata['meta.author']).toBe('META-AUTHOR-PLANT 李四');
    expect(doc.metadata.title).toBe('TITLE-PLANT 通知');
  });

  it('survives malformed markup', async () => {
    const l = await layersOf(fx['malformed.html']);
    expect(l.body).toContain('MALFORMED-PLANT');
  });

  it('reads tags and entities named like Object.prototype members as any other unknown name', async () => {
    const page = '<html><body><p>甲<constructor>乙</constructor><li>丙<toString>丁 &constructor; &hasOwnProperty &amp;</p></body></html>';
    const l = await layersOf(new TextEncoder().encode(page));
    expect(l.body).toContain('甲乙');
    expect(l.body).toContain('丙丁 &constructor; &hasOwnProperty &');
    expect(l.body).not.toContain('function');
  });

  it('tokenizes random input without throwing, in linear time', () => {
    const noise = Buffer.from(seededBytes(200_000, 3, 0x20, 0x7e)).toString('latin1').replace(/[a-z]/g, (c) => (c < 'h' ? '<' : c));
    const started = Date.now();
    let n = 0;
    for (const _ of tokenizeHtml(noise + '<!--' + '<a b="'.repeat(1000))) n++;
    expect(n).toBeGreaterThan(0);
    expect(Date.now() - started).toBeLessThan(2000);
  });
});
