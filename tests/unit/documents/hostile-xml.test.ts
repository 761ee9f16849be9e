import { describe, expect, it } from 'vitest';
import { MAX_XML_PART_BYTES, checkXmlSafety, decodeXmlBytes, parseXml, textOf } from '../../../core/documents/xml';
import { decodeEntities } from '../../../core/xml-entities';
import { isClearanceError } from '../../../core/errors';

function code(f: () => unknown): string {
  try {
    f();
  } catch (e) {
    if (isClearanceError(e)) return e.code;
    throw e;
  }
  return 'no-error';
}

describe('safe XML', () => {
  it.each([
    '<!DOCTYPE a [<!ENTITY x "y">]><a>&x;</a>',
    '<?xml version="1.0"?><!doctype a SYSTEM "file:///etc/passwd"><a/>',
    '<a><!ENTITY x SYSTEM "http://evil/"></a>',
  ])('refuses DTDs and entity declarations: %s', (xml) => expect(code(() => parseXml(xml, 64, 't'))).toBe('xml-dtd-forbidden'));

  it('leaves undeclared entities unexpanded rather than resolving them', () => {
    expect(decodeEntities('&lol9; &amp; &#20013; &#x6587; &#0; &#xD800;')).toBe('&lol9; & 中 文 \uFFFD \uFFFD');
    expect(decodeEntities('&constructor; &toString; &__proto__;')).toBe('&constructor; &toString; &__proto__;');
  });

  it('measures depth without being fooled by quotes, comments, CDATA or self-closing tags', () => {
    expect(code(() => checkXmlSafety('<a><b x=">"/><!-- <c><c><c> --><![CDATA[<d><d><d>]]><e/></a>', 2, 't'))).toBe('no-error');
    expect(code(() => checkXmlSafety('<a><b><c></c></b></a>', 2, 't'))).toBe('xml-too-deep');
  });

  it('refuses deep nesting before the parser recurses', () => {
    const xml = '<a>'.repeat(100_000) + '</a>'.repeat(100_000);
    const t0 = Date.now();
    expect(code(() => parseXml(xml, 256, 't'))).toBe('xml-too-deep');
    expect(Date.now() - t0).toBeLessThan(2000);
  });

  it('refuses a part too large to parse safely, before decoding it', () => {
    expect(code(() => parseXml(Buffer.alloc(MAX_XML_PART_BYTES + 1, 0x20), 256, 't'))).toBe('xml-too-large');
  });

  it.each(['<a><b></a>', '<a', '<a x="1></a>', 'text only <', '<a></a><b></b>x<'])('invalid XML %j is corrupt-file', (xml) => {
    expect(code(() => parseXml(xml, 64, 't'))).toBe('corrupt-file');
  });

  it('keeps text order and whitespace', () => {
    const root = parseXml('<p><r><t xml:space="preserve"> 一 </t></r><r><t>二</t></r>三</p>', 64, 't');
    expect(textOf(root)).toBe(' 一 二三');
  });

  it('decodes UTF-16 and GB18030-declared parts', () => {
    const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('<a>中文</a>', 'utf16le')]);
    expect(decodeXmlBytes(u16)).toBe('<a>中文</a>');
    const gb = Buffer.concat([Buffer.from('<?xml version="1.0" encoding="GB2312"?><a>'), Buffer.from([0xd6, 0xd0, 0xce, 0xc4]), Buffer.from('</a>')]);
    expect(decodeXmlBytes(gb)).toContain('<a>中文</a>');
  });
});
