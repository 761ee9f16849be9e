import { describe, expect, it } from 'vitest';
import iconv from 'iconv-lite';
import { readPropertySet } from '../../../core/documents/doc-properties';
import { seededBytes } from '../../fixtures/build/text';

const DOC_SUMMARY = Buffer.from('02d5cdd59c2e1b10939708002b2cf9ae', 'hex');
const USER_DEFINED = Buffer.from('05d5cdd59c2e1b10939708002b2cf9ae', 'hex');

const u16 = (n: number) => { const b = Buffer.alloc(2); b.writeUInt16LE(n); return b; };
const u32 = (n: number) => { const b = Buffer.alloc(4); b.writeUInt32LE(n); return b; };
const pad4 = (b: Buffer) => Buffer.concat([b, Buffer.alloc((4 - (b.length % 4)) % 4)]);
const lpstr = (s: string, enc: string) => { const bytes = Buffer.concat([iconv.encode(s, enc), Buffer.from([0])]); return pad4(Buffer.concat([u16(0x1e), u16(0), u32(bytes.length), bytes])); };
const lpwstr = (s: string) => pad4(Buffer.concat([u16(0x1f), u16(0), u32(s.length + 1), Buffer.from(`${s}\0`, 'utf16le')]));
const i2 = (n: number) => Buffer.concat([u16(0x02), u16(0), u16(n), u16(0)]);

/** A section: size, count, (id, offset) pairs, then the values. */
function section(props: [number, Buffer][]): Buffer {
  let offset = 8 + props.length * 8;
  const index: Buffer[] = [];
  for (const [id, value] of props) { index.push(u32(id), u32(offset)); offset += value.length; }
  const body = Buffer.concat([...index, ...props.map(([, v]) => v)]);
  return Buffer.concat([u32(body.length + 8), u32(props.length), body]);
}

function propertySet(sections: [Buffer, Buffer][]): Buffer {
  const headerLen = 28 + sections.length * 20;
  let offset = headerLen;
  const entries: Buffer[] = [];
  for (const [fmtid, sec] of sections) { entries.push(fmtid, u32(offset)); offset += sec.length; }
  return Buffer.concat([u16(0xfffe), u16(0), u32(0x00020006), Buffer.alloc(16), u32(sections.length), ...entries, ...sections.map(([, s]) => s)]);
}

describe('readPropertySet', () => {
  const name = Buffer.from('密级\0', 'utf16le');
  const dictionary = pad4(Buffer.concat([u32(1), u32(2), u32(3), name]));
  const stream = propertySet([
    [DOC_SUMMARY, section([[1, i2(936)], [15, lpstr('某某局办公室', 'gbk')], [14, lpstr('处长赵六', 'gbk')]])],
    [USER_DEFINED, section([[0, dictionary], [1, i2(1200)], [2, lpwstr('机密')]])],
  ]);

  it('reads company and manager in the GBK code page, and named custom properties', () => {
    expect(readPropertySet(stream, 'docsummary')).toEqual({
      'docsummary.Company': '某某局办公室',
      'docsummary.Manager': '处长赵六',
      'custom.密级': '机密',
    });
  });

  it('never throws on damaged streams', () => {
    for (let cut = 0; cut < stream.length; cut += 7) expect(() => readPropertySet(stream.subarray(0, cut), 'docsummary')).not.toThrow();
    for (let seed = 1; seed < 200; seed++) {
      const noisy = Buffer.from(stream);
      const flips = seededBytes(8, seed);
      for (let k = 0; k < 8; k += 2) noisy[flips[k] % noisy.length] = flips[k + 1];
      expect(() => readPropertySet(noisy, 'docsummary')).not.toThrow();
    }
  });
});
