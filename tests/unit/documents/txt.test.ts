import { describe, expect, it } from 'vitest';
import { extractTxt } from '../../../core/documents/txt';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import { TEXT_PLANTS, textFixtureBytes } from '../../fixtures/build/text';

const fx = textFixtureBytes();
const layer = (doc: Awaited<ReturnType<typeof extractTxt>>, name: string) => doc.layers.find((l) => l.layer === name)?.text;

describe('extractTxt', () => {
  it('puts GB18030 text into the body', async () => {
    const doc = await extractTxt(fx['gb18030.txt'], 'notice.txt', DEFAULT_LIMITS);
    expect(doc.format).toBe('txt');
    expect(layer(doc, 'body')).toContain(TEXT_PLANTS.gb);
    expect(doc.metadata.encoding).toBe('gb18030');
    expect(doc.warnings).toEqual([]);
  });

  it('keeps zero-width characters and reports how many', async () => {
    const doc = await extractTxt(fx['zero-width.txt'], 'txt', DEFAULT_LIMITS);
    expect(layer(doc, 'body')).toContain(TEXT_PLANTS.zeroWidth);
    const w = doc.warnings.find((x) => x.code === 'zero-width-characters');
    expect(w?.message).toContain('2');
    expect(w?.messageEn).toContain('2 zero-width');
  });

  it('moves Markdown comments to the comments layer, except inside code fences', async () => {
    const doc = await extractTxt(fx['comments.md'], 'readme.md', DEFAULT_LIMITS);
    expect(doc.format).toBe('md');
    const body = layer(doc, 'body')!;
    expect(body).toContain('MD-BODY-PLANT');
    expect(body).toContain('<!-- 代码块里的注释会显示 -->');
    expect(body).not.toContain('MD-COMMENT-PLANT');
    expect(body).toContain('结尾。');
    expect(layer(doc, 'comments')).toBe(`${TEXT_PLANTS.mdComment}\n第二条`);
  });

  it('refuses binary and undecodable files with their codes', async () => {
    await expect(extractTxt(fx['hostile-binary.txt'], 'x.txt', DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'not-text' });
    await expect(extractTxt(fx['hostile-wrong-encoding.txt'], 'x.txt', DEFAULT_LIMITS)).rejects.toMatchObject({ code: 'wrong-encoding' });
  });
});
