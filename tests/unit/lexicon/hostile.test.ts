// Hostile and unusual xlsx/csv files: each is refused with a coded error, or read exactly.
import { deflateRawSync } from 'node:zlib';
import { describe, expect, it } from 'vitest';
import { ClearanceError } from '../../../core/errors';
import { parseCsv, parseXlsx, readLexiconFile } from '../../../core/lexicon';
import { writeXlsx } from '../../../core/lexicon/write-xlsx';
import { readZipEntries, writeZip } from '../../../core/lexicon/zip-sync';

function refusal(fn: () => unknown): ClearanceError {
  try { fn(); } catch (e) { if (e instanceof ClearanceError) return e; throw e; }
  throw new Error('expected a refusal');
}

/** An xlsx whose sheet (and shared strings) are the given XML. */
function xlsxWith(sheet: string, shared?: string): Buffer {
  const base = writeXlsx([['x']], 's');
  const parts = readZipEntries(base, ['[Content_Types].xml', '_rels/.rels', 'xl/workbook.xml', 'xl/_rels/workbook.xml.rels', 'xl/styles.xml'], { maxEntries: 20, maxExpandedBytes: 1e6 });
  const files = [...parts].map(([name, data]) => ({ name, data }));
  files.push({ name: 'xl/worksheets/sheet1.xml', data: Buffer.from(sheet) });
  if (shared) files.push({ name: 'xl/sharedStrings.xml', data: Buffer.from(shared) });
  return writeZip(files);
}

const NS = 'xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"';

describe('hostile xlsx', () => {
  it('refuses a zip bomb before inflating it', () => {
    const huge = Buffer.alloc(70 * 1024 * 1024, 0x20);
    const bytes = xlsxWith(`<worksheet ${NS}><sheetData></sheetData></worksheet>${huge.toString()}`);
    expect(bytes.length).toBeLessThan(1024 * 1024);
    expect(refusal(() => parseXlsx(bytes)).code).toBe('zip-bomb');
  });

  it('refuses an entry whose header understates its size', () => {
    const bytes = Buffer.from(xlsxWith(`<worksheet ${NS}><sheetData><row r="1"><c t="inlineStr"><is><t>词条</t></is></c></row></sheetData></worksheet>`));
    // Lower the declared size of the sheet in the central directory.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const at = bytes.lastIndexOf(name) - 46;
    expect(bytes.readUInt32LE(at)).toBe(0x02014b50);
    bytes.writeUInt32LE(10, at + 24);
    expect(['zip-bomb', 'xlsx-corrupt']).toContain(refusal(() => parseXlsx(bytes)).code);
  });

  it('refuses a damaged entry by its checksum', () => {
    const good = writeXlsx([['词条', '程度'], ['机密', '禁止']], 's');
    const stored = Buffer.from(good);
    // Flip a byte inside the deflated sheet data; inflate may still succeed, the CRC will not.
    const name = Buffer.from('xl/worksheets/sheet1.xml');
    const local = stored.indexOf(name) + name.length + 5;
    stored[local] ^= 0x01;
    expect(['xlsx-corrupt', 'zip-bomb']).toContain(refusal(() => parseXlsx(stored)).code);
  });

  it('refuses a DTD (entity expansion)', () => {
    const bytes = xlsxWith(`<?xml version="1.0"?><!DOCTYPE x [<!ENTITY a "aaaaaaaa">]><worksheet ${NS}><sheetData><row r="1"><c t="inlineStr"><is><t>&a;</t></is></c></row></sheetData></worksheet>`);
    expect(refusal(() => parseXlsx(bytes)).code).toBe('xml-dtd-forbidden');
  });

  it('refuses a sheet that claims more rows than the limit, before building them', () => {
    const bytes = xlsxWith(`<worksheet ${NS}><sheetData><row r="1"><c t="inlineStr"><is><t>词条</t></is></c></row><row r="200000"/></sheetData></worksheet>`);
    expect(refusal(() => parseXlsx(bytes)).code).toBe('too-many-rows');
  });

  it('refuses an incomplete sheet', () => {
    const bytes = xlsxWith(`<worksheet ${NS}><sheetData><row r="1"><c t="inlineStr"><is><t>词条</t></is>`);
    expect(refusal(() => parseXlsx(bytes)).code).toBe('xlsx-corrupt');
  });

  it('reads shared strings with rich runs, phonetic guides, entities, CDATA and comments', () => {
    const shared = `<sst ${NS}><si><t>词条</t></si><si><t>程度</t></si><si><r><t>机</t></r><r><t xml:space="preserve">密</t></r><rPh><t>jimi</t></rPh></si><si><t>A&amp;B &#x5BC6;</t></si><si><t><![CDATA[<绝密>]]></t></si></sst>`;
    const sheet = `<worksheet ${NS}><!-- <row r="9"><c><v>1</v></c></row> --><sheetData>
      <row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>
      <row r="2"><c r="A2" t="s"><v>2</v></c><c r="B2" t="str"><v>禁止</v></c></row>
      <row r="3"><c r="A3" t="s"><v>3</v></c><c r="B3" t="inlineStr"><is><t>提示</t></is></c></row>
      <row r="4"><c r="B4" t="inlineStr"><is><t>提示</t></is></c><c r="A4" t="s"><v>4</v></c></row>
      <row r="5"><c r="ZZZ5"><v>1</v></c></row>
    </sheetData></worksheet>`;
    const rows = parseXlsx(xlsxWith(sheet, shared));
    expect(rows.slice(0, 4)).toEqual([['词条', '程度'], ['机密', '禁止'], ['A&B 密', '提示'], ['<绝密>', '提示']]);
    // A cell far to the right is dropped, not allocated.
    expect(rows[4]).toEqual([]);
    expect(() => parseXlsx(xlsxWith(sheet.replace('<v>3</v>', '<v>99</v>'), shared))).toThrow(/shared string/);
  });
});

describe('large csv', () => {
  it('refuses more rows than the limit', () => {
    const text = `词条,程度\n${'机密,禁止\n'.repeat(100_001)}`;
    expect(refusal(() => parseCsv(Buffer.from(text))).code).toBe('too-many-rows');
  });

  it('reads a list at the limit', () => {
    const text = `词条,程度\n${Array.from({ length: 2000 }, (_, i) => `词${i},提示`).join('\n')}\n`;
    expect(readLexiconFile('a.csv', Buffer.from(text)).rows).toHaveLength(2000);
  });
});

it('writes a zip that the reader checks end to end', () => {
  const data = Buffer.from('一二三'.repeat(1000));
  const zip = writeZip([{ name: 'a.txt', data }]);
  expect(readZipEntries(zip, ['a.txt'], { maxEntries: 1, maxExpandedBytes: 1e6 }).get('a.txt')!.equals(data)).toBe(true);
  expect(deflateRawSync(data).length).toBeLessThan(data.length);
});
