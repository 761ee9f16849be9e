import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { decodeText } from '../../../core/documents/encoding';
import { TEXT_PLANTS, textFixtureBytes } from '../../fixtures/build/text';
import { ClearanceError } from '../../../core/errors';

const fx = textFixtureBytes();

function codeOf(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    expect(e).toBeInstanceOf(ClearanceError);
    return (e as ClearanceError).code;
  }
  return 'no error';
}

describe('decodeText', () => {
  it('reads GB18030 (GBK) text', () => {
    const d = decodeText(fx['gb18030.txt']);
    expect(d.encoding).toBe('gb18030');
    expect(d.text).toContain(TEXT_PLANTS.gb);
    expect(d.replaced).toBe(0);
  });

  it('reads Big5 text as Big5, not as GB', () => {
    const d = decodeText(fx['big5.txt']);
    expect(d.encoding).toBe('big5');
    expect(d.text).toContain(TEXT_PLANTS.big5);
  });

  it.each([
    ['utf16le-bom.txt', 'utf-16le'],
    ['utf16be-bom.txt', 'utf-16be'],
    ['utf16le-nobom.txt', 'utf-16le'],
    ['utf16be-nobom.txt', 'utf-16be'],
  ])('reads %s', (name, encoding) => {
    const d = decodeText(fx[name]);
    expect(d.encoding).toBe(encoding);
    expect(d.text.startsWith(TEXT_PLANTS.utf16)).toBe(true); // BOM stripped
  });

  it('reads UTF-16 LE without BOM and without any ASCII', () => {
    const d = decodeText(Buffer.from('内部资料注意保密不得外传各单位', 'utf16le'));
    expect(d.encoding).toBe('utf-16le');
    expect(d.text).toBe('内部资料注意保密不得外传各单位');
  });

  it('strips a UTF-8 BOM and prefers UTF-8 when valid', () => {
    expect(decodeText(fx['utf8-bom.txt']).text.startsWith('UTF8-BOM-PLANT')).toBe(true);
    expect(decodeText(Buffer.from('纯 UTF-8 文本')).encoding).toBe('utf-8');
  });

  it('honours a declared charset, unless the bytes are clearly UTF-8', () => {
    expect(decodeText(iconv.encode('声明编码', 'gbk'), 'gb2312').text).toBe('声明编码');
    expect(decodeText(Buffer.from('其实是 UTF-8'), 'gb2312').text).toBe('其实是 UTF-8');
  });

  it('refuses binary data as not-text and garbage as wrong-encoding', () => {
    expect(codeOf(() => decodeText(fx['hostile-binary.txt']))).toBe('not-text');
    expect(codeOf(() => decodeText(fx['hostile-wrong-encoding.txt']))).toBe('wrong-encoding');
  });
});
