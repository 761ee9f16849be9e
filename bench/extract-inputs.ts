// Large, realistic inputs for bench/extract.ts, built in memory from a fixed seed.
// The prose is bench/generate.ts's Zipf-distributed Chinese; each format wraps it the
// way real files of that kind do: an HTML page as a government site or Word's "save as
// web page" writes it (source lines wrapped mid-sentence, inline styles, entities,
// tables, links, comments, a hidden block), the planted docx and OFD fixtures with
// their body grown to the size asked for.

import iconv from 'iconv-lite';
import { documentXml, docxBytes } from '../tests/fixtures/build/docx';
import { ofdBytes } from '../tests/fixtures/build/ofd';
import { PdfWriter } from '../tests/fixtures/build/pdf';
import { generate, rng } from './generate';

/** Paragraph-sized pieces of prose totalling about `bytes` of UTF-8. */
export function paragraphs(bytes: number, seed = 20261126): string[] {
  const { text } = generate({ terms: 0, plantRate: 0, utf8Bytes: bytes, seed });
  const random = rng(seed);
  const out: string[] = [];
  for (let i = 0; i < text.length;) {
    const n = 60 + Math.floor(random() * 240);
    out.push(text.slice(i, i + n));
    i += n;
  }
  return out;
}

const escapeXml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;');

/** Breaks a paragraph's source every ~70 characters, as HTML writers wrap long lines. */
const wrapSource = (s: string) => s.replace(/(.{70})/g, '$1\r\n');

/** An HTML page of about `bytes`: the markup a site's CMS or Word's "save as web page" writes. */
export function htmlPage(bytes: number): Uint8Array {
  const random = rng(7);
  const parts: string[] = [
    '<!DOCTYPE html>\n<html><head><meta charset="utf-8"><title>关于做好年度工作的通知</title>',
    '<meta name="author" content="办公室"><style>p { text-indent: 2em; }</style>',
    '<script>var _hmt = _hmt || []; if (a < b) { track(); }</script></head><body>',
    '<div class="nav"><ul><li><a href="/" title="首页">首页</a></li><li><a href="/zwgk/">政务公开</a></li></ul></div>',
  ];
  let n = 0;
  for (const p of paragraphs(bytes * 0.78)) {
    n++;
    const r = random();
    if (r < 0.04) parts.push(`<h2 style="font-size:16pt;font-family:黑体">${p.slice(0, 20)}</h2>\n`);
    else if (r < 0.1) {
      const cells = [p.slice(0, 10), p.slice(10, 30), p.slice(30)].map((c) => `<td style="border:solid windowtext 1.0pt;padding:0cm 5.4pt">${c}</td>`);
      parts.push(`<table class="MsoTableGrid"><tr>${cells.join('')}</tr></table>\n`);
    } else if (r < 0.15) parts.push(`<ul><li><a href="/art/${n}.html" title="${p.slice(0, 12)}">${p.slice(0, 40)}</a></li><li>${p.slice(40)}</li></ul>\n`);
    else if (r < 0.16) parts.push(`<!-- 编辑：第${n}段 ${p.slice(0, 10)} -->\n`);
    else if (r < 0.165) parts.push(`<div style="display:none">${p}</div>\n`);
    else {
      const cut = Math.floor(p.length / 3);
      const body = `${p.slice(0, cut)}<span style="font-family:仿宋_GB2312;mso-bidi-font-size:10.5pt">${p.slice(cut, 2 * cut)}</span>&nbsp;&ldquo;${p.slice(2 * cut)}&rdquo;`;
      parts.push(`<p class="MsoNormal" style="text-indent:32.0pt;line-height:28.0pt">${wrapSource(body)}</p>\n`);
    }
  }
  parts.push('<input type="hidden" name="id" value="1024"></body></html>\n');
  return Buffer.from(parts.join(''));
}

/**
 * A spreadsheet saved as a web page (Excel, WPS): one table, a cell per value, each
 * with its class and inline style. Many small elements per megabyte: the HTML reader's
 * cost per tag and per text shows here, where a prose page hides it.
 */
export function htmlTable(bytes: number): Uint8Array {
  const random = rng(13);
  const rows: string[] = ['<html xmlns:o="urn:schemas-microsoft-com:office:office"><head><meta http-equiv=Content-Type content="text/html; charset=utf-8"></head><body><table border=0 cellpadding=0 cellspacing=0 width=864 style=\'border-collapse:collapse;table-layout:fixed\'>\n'];
  let row = 0;
  for (const p of paragraphs(bytes * 0.19)) {
    const cells: string[] = [`<td height=19 class=xl65 style='height:14.25pt'>${++row}</td>`];
    for (let at = 0; at < p.length;) {
      const n = 2 + Math.floor(random() * 8);
      cells.push(`<td class=xl66 style='border-top:none;border-left:none'>${p.slice(at, at + n)}</td>`);
      at += n;
    }
    rows.push(`<tr height=19 style='height:14.25pt'>\n  ${cells.join('\n  ')}\n </tr>\n`);
  }
  rows.push('</table></body></html>\n');
  return Buffer.from(rows.join(''));
}

/** Plain text of about `bytes` (of UTF-8), one paragraph a line, in the encoding asked for. */
export function textFile(bytes: number, encoding: 'utf-8' | 'gb18030'): Uint8Array {
  const text = paragraphs(bytes).join('\r\n');
  return encoding === 'utf-8' ? Buffer.from(text) : iconv.encode(text, 'gb18030');
}

/** The every-layer docx fixture with a body of about `bytes` of XML, in runs as Word writes them. */
export async function bigDocx(bytes: number): Promise<Uint8Array> {
  const random = rng(11);
  const run = (t: string) => `<w:r><w:rPr><w:rFonts w:hint="eastAsia"/><w:sz w:val="32"/></w:rPr><w:t xml:space="preserve">${escapeXml(t)}</w:t></w:r>`;
  const body: string[] = [];
  for (const p of paragraphs(bytes * 0.64)) {
    const cut = Math.floor(random() * p.length);
    body.push(`<w:p><w:pPr><w:spacing w:line="560" w:lineRule="exact"/><w:ind w:firstLine="640"/></w:pPr>${run(p.slice(0, cut))}${run(p.slice(cut))}</w:p>`);
  }
  return docxBytes({ 'word/document.xml': documentXml(body.join('')) });
}

/** The planted OFD fixture with pages of 30 text objects added until its XML is about `bytes`. */
export async function bigOfd(bytes: number): Promise<Uint8Array> {
  const NS = 'xmlns:ofd="http://www.ofdspec.org/2016"';
  const pageParts: Record<string, string> = {};
  const pageList: string[] = [];
  const paras = paragraphs(bytes * 0.75);
  const perPage = 30;
  for (let page = 0; page * perPage < paras.length; page++) {
    const objects = paras.slice(page * perPage, (page + 1) * perPage).map((p, i) =>
      `<ofd:TextObject ID="${1000 + i}" Boundary="25 ${30 + i * 8} 160 8" Font="3" Size="5.6"><ofd:FillColor Value="0 0 0"/><ofd:TextCode X="0" Y="5.6" DeltaX="g ${p.length - 1} 5.6">${escapeXml(p)}</ofd:TextCode></ofd:TextObject>`);
    pageParts[`Doc_0/Pages/Page_${page + 2}/Content.xml`] =
      `<?xml version="1.0" encoding="UTF-8"?>\n<ofd:Page ${NS}><ofd:Content><ofd:Layer ID="50">${objects.join('')}</ofd:Layer></ofd:Content></ofd:Page>`;
    pageList.push(`<ofd:Page ID="${page + 3}" BaseLoc="Pages/Page_${page + 2}/Content.xml"/>`);
  }
  const base = await ofdBytes();
  const { default: JSZip } = await import('jszip');
  const document = (await (await JSZip.loadAsync(base)).file('Doc_0/Document.xml')!.async('string')).replace('</ofd:Pages>', `${pageList.join('')}</ofd:Pages>`);
  return ofdBytes({ 'Doc_0/Document.xml': document, ...pageParts });
}

/**
 * A PDF of about `bytes` set glyph by glyph, as many Chinese typesetting and OFD-to-PDF
 * tools write it: each character placed on its own (Td), so every glyph is a run of its
 * own. 36 lines of 32 characters a page, in the non-embedded STSong-Light (the
 * UniGB-UCS2-H CMap, as the fixtures use).
 */
export function glyphPdf(bytes: number): Uint8Array {
  const w = new PdfWriter();
  const catalog = w.reserve();
  const pages = w.reserve();
  const descriptor = w.add('<< /Type /FontDescriptor /FontName /STSong-Light /Flags 6 /FontBBox [-25 -254 1000 880] /ItalicAngle 0 /Ascent 880 /Descent -120 /CapHeight 880 /StemV 93 >>');
  const song = w.add(`<< /Type /Font /Subtype /Type0 /BaseFont /STSong-Light /Encoding /UniGB-UCS2-H /DescendantFonts [<< /Type /Font /Subtype /CIDFontType0 /BaseFont /STSong-Light /CIDSystemInfo << /Registry (Adobe) /Ordering (GB1) /Supplement 4 >> /FontDescriptor ${descriptor} 0 R /DW 1000 >>] >>`);
  const text = paragraphs(bytes / 12).join('');
  const kids: number[] = [];
  const perPage = 36 * 32;
  for (let at = 0; at < text.length; at += perPage) {
    const ops: string[] = ['BT /F1 14 Tf 72 770 Td'];
    for (let i = 0; i < perPage && at + i < text.length; i++) {
      // Td moves from the start of the previous glyph: across a line, or back to its start and down.
      const move = i === 0 ? '' : i % 32 === 0 ? '-434 -20 Td ' : '14 0 Td ';
      ops.push(`${move}<${text.charCodeAt(at + i).toString(16).padStart(4, '0')}> Tj`);
    }
    ops.push('ET');
    const content = w.stream('', ops.join('\n'));
    kids.push(w.add(`<< /Type /Page /Parent ${pages} 0 R /MediaBox [0 0 595 842] /Resources << /Font << /F1 ${song} 0 R >> >> /Contents ${content} 0 R >>`));
  }
  w.set(pages, `<< /Type /Pages /Kids [${kids.map((k) => `${k} 0 R`).join(' ')}] /Count ${kids.length} >>`);
  w.set(catalog, `<< /Type /Catalog /Pages ${pages} 0 R >>`);
  return w.build(`/Root ${catalog} 0 R`);
}
