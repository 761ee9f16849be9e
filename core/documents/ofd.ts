// OFD (GB/T 33190-2016): a zip of XML. OFD.xml names each document's root
// (DocBody/DocRoot → Document.xml), which lists pages (Content.xml with
// TextObject/TextCode), annotations, attachments; DocInfo carries the metadata and
// DocBody/Signatures the seals. Readers in the wild differ on namespaces and
// path forms, so tags are matched by local name and paths resolved leniently.

import { ClearanceError } from '../errors';
import type { LayerName } from '../model';
import type { DocumentWarning, EmbeddedImage, ExtractedDocument, ExtractionLimits } from './types';
import { describeImage, imageMetadataLines } from './images';
import { openZip } from './zip';
import type { ZipArchive } from './zip';
import { findAll, findFirst, parseXml, textOf } from './xml';
import type { XmlNode } from './xml';
import { checkBudget, startBudget, type Budget } from './budget';
import { renderMetadata } from './docx-meta';
import { assembleDocument } from './assemble';

/** Resolves an ST_Loc: absolute from the package root, otherwise relative to the referring part's folder. */
export function resolveLoc(from: string, loc: string): string | undefined {
  const clean = loc.trim().replace(/\\/g, '/');
  if (!clean) return undefined;
  const base = clean.startsWith('/') ? [] : from.split('/').slice(0, -1);
  for (const seg of clean.split('/')) {
    if (seg === '' || seg === '.') continue;
    if (seg === '..') {
      if (base.length === 0) return undefined;
      base.pop();
    } else base.push(seg);
  }
  return base.join('/');
}

class Reader {
  private lower: Map<string, string>;
  constructor(private zip: ZipArchive, private limits: ExtractionLimits, private budget: Budget) {
    this.lower = new Map(zip.entries.map((e) => [e.name.toLowerCase(), e.name]));
  }

  /** Some writers differ in letter case from the paths they reference; match case-insensitively as a fallback. */
  actual(name: string | undefined): string | undefined {
    if (!name) return undefined;
    return this.zip.has(name) ? name : this.lower.get(name.toLowerCase());
  }

  async xml(name: string | undefined): Promise<XmlNode | undefined> {
    const real = this.actual(name);
    if (!real) return undefined;
    checkBudget(this.budget);
    // One entry by name: read() with a predicate would walk every entry for every page.
    const buf = await this.zip.readEntry(real);
    return buf ? parseXml(buf, this.limits.maxXmlDepth, real) : undefined;
  }
}

function pageText(page: XmlNode): string {
  // One TextCode per line is the closest plain rendering: OFD positions glyph runs, not paragraphs.
  return findAll(page, 'TextCode').map((t) => textOf(t)).filter((s) => s.length > 0).join('\n');
}

function push(texts: Partial<Record<LayerName, string[]>>, layer: LayerName, s: string): void {
  if (!s.trim()) return;
  (texts[layer] ??= []).push(s);
}

async function readDocument(r: Reader, docPath: string, docIndex: number, texts: Partial<Record<LayerName, string[]>>, warnings: DocumentWarning[]): Promise<void> {
  const doc = await r.xml(docPath);
  if (!doc) {
    throw new ClearanceError('corrupt-file', `OFD 文档部件缺失（${docPath}）。`, `OFD document part is missing (${docPath}).`);
  }
  // Template pages are OFD's headers and footers: shown on every page that uses them.
  const templates = new Map<string, string>();
  for (const t of findAll(doc, 'TemplatePage')) {
    const path = resolveLoc(docPath, t.attrs.BaseLoc ?? '');
    const tx = await r.xml(path);
    if (tx && t.attrs.ID) templates.set(t.attrs.ID, pageText(tx));
  }
  const usedTemplates = new Set<string>();
  const pagesEl = findFirst(doc, 'Pages');
  const pages = pagesEl ? findAll(pagesEl, 'Page') : [];
  let pageNo = 0;
  for (const page of pages) {
    pageNo++;
    const path = resolveLoc(docPath, page.attrs.BaseLoc ?? '');
    const content = await r.xml(path);
    if (!content) continue;
    for (const tpl of findAll(content, 'Template')) {
      const id = tpl.attrs.TemplateID;
      if (id && !usedTemplates.has(id)) usedTemplates.add(id);
    }
    const text = pageText(content);
    push(texts, 'body', text);
    const hasImage = findAll(content, 'ImageObject').length > 0;
    if (!text.trim() && hasImage) {
      warnings.push({
        code: 'image-only-page', page: pageNo,
        message: `第 ${pageNo} 页只有图像，没有可提取的文字`,
        messageEn: `Page ${pageNo} holds only images and no extractable text`,
      });
    }
  }
  for (const id of usedTemplates) push(texts, 'header', templates.get(id) ?? '');

  const annPath = resolveLoc(docPath, textOf(findFirst(doc, 'Annotations') ?? { name: '', attrs: {}, children: [] }));
  const annIndex = await r.xml(annPath);
  if (annIndex && annPath) {
    for (const loc of findAll(annIndex, 'FileLoc')) {
      const annFile = await r.xml(resolveLoc(annPath, textOf(loc)));
      if (!annFile) continue;
      for (const annot of findAll(annFile, 'Annot')) {
        const parts: string[] = [];
        const remark = findFirst(annot, 'Remark');
        if (remark) parts.push(textOf(remark));
        for (const p of findAll(annot, 'Parameter')) parts.push(`${p.attrs.Name ?? ''}: ${textOf(p)}`);
        for (const t of findAll(annot, 'TextCode')) parts.push(textOf(t));
        if (annot.attrs.Creator) parts.push(`Creator: ${annot.attrs.Creator}`);
        push(texts, 'ofd-annotations', parts.filter((s) => s.trim()).join('\n'));
      }
    }
  }

  const attPath = resolveLoc(docPath, textOf(findFirst(doc, 'Attachments') ?? { name: '', attrs: {}, children: [] }));
  const attIndex = await r.xml(attPath);
  if (attIndex) {
    const names = findAll(attIndex, 'Attachment').map((a) => a.attrs.Name || textOf(findFirst(a, 'FileLoc') ?? a)).filter(Boolean);
    if (names.length) {
      push(texts, 'attachments', names.join('\n'));
      warnings.push({
        code: 'attachments',
        message: `文档 ${docIndex + 1} 带有附件（${names.slice(0, 10).join('、')}），附件内容未被提取，须单独审查。`,
        messageEn: `Document ${docIndex + 1} carries attachments (${names.slice(0, 10).join(', ')}) whose content was not extracted; review them separately.`,
      });
    }
  }
}

async function listSignatures(r: Reader, sigPath: string | undefined, warnings: DocumentWarning[]): Promise<void> {
  const sigs = await r.xml(sigPath);
  if (!sigs || !sigPath) return;
  for (const s of findAll(sigs, 'Signature')) {
    const file = await r.xml(resolveLoc(sigPath, s.attrs.BaseLoc ?? ''));
    const provider = file ? findFirst(file, 'Provider')?.attrs.ProviderName ?? '' : '';
    const label = [s.attrs.Type === 'Sign' ? '签名' : '签章', s.attrs.ID ? `#${s.attrs.ID}` : '', provider].filter(Boolean).join(' ');
    warnings.push({
      code: 'ofd-signature',
      message: `文件含有电子签章/签名（${label}），发布前须确认是否应公开。`,
      messageEn: `The file carries an electronic seal or signature (${label}); confirm it may be published.`,
    });
  }
}

function docInfo(body: XmlNode, metadata: Record<string, string>, n: number): void {
  const info = findFirst(body, 'DocInfo');
  if (!info) return;
  const prefix = n === 0 ? 'ofd' : `ofd${n + 1}`;
  for (const el of info.children) {
    if (el.name === '#text') continue;
    if (el.name === 'CustomDatas') {
      for (const c of findAll(el, 'CustomData')) {
        const v = textOf(c).trim();
        if (v && c.attrs.Name) metadata[`${prefix}.custom.${c.attrs.Name}`] = v;
      }
    } else if (el.name === 'Keywords') {
      const v = findAll(el, 'Keyword').map(textOf).join(', ');
      if (v) metadata[`${prefix}.Keywords`] = v;
    } else {
      const v = textOf(el).replace(/\s+/g, ' ').trim();
      if (v) metadata[`${prefix}.${el.name}`] = v;
    }
  }
}

export async function extractOfd(
  bytes: Uint8Array, fileName: string, limits: ExtractionLimits, budget: Budget = startBudget(limits.timeBudgetMs),
): Promise<ExtractedDocument> {
  const zip = await openZip(bytes, limits, budget);
  try {
    const r = new Reader(zip, limits, budget);
    const root = await r.xml('OFD.xml');
    if (!root) {
      throw new ClearanceError('corrupt-file', `文件“${fileName}”缺少 OFD.xml，不是有效的 OFD 文件。`, `"${fileName}" has no OFD.xml; not a valid OFD file.`);
    }
    const texts: Partial<Record<LayerName, string[]>> = {};
    const metadata: Record<string, string> = {};
    const warnings: DocumentWarning[] = [];
    const bodies = findAll(root, 'DocBody');
    for (let i = 0; i < bodies.length; i++) {
      docInfo(bodies[i], metadata, i);
      const docRoot = findFirst(bodies[i], 'DocRoot');
      const docPath = docRoot ? resolveLoc('OFD.xml', textOf(docRoot)) : undefined;
      if (docPath) await readDocument(r, docPath, i, texts, warnings);
      const sig = findFirst(bodies[i], 'Signatures');
      if (sig) await listSignatures(r, resolveLoc('OFD.xml', textOf(sig)), warnings);
    }
    if (!bodies.length) throw new ClearanceError('corrupt-file', 'OFD.xml 中没有文档（DocBody）。', 'OFD.xml lists no document (DocBody).');
    // Scanned pages and photos sit in the resource folders; their EXIF travels with the OFD.
    const images: EmbeddedImage[] = [];
    for (const { name } of zip.entries.filter((e) => /\.(jpe?g|tiff?|png)$/i.test(e.name))) {
      const buf = await zip.readEntry(name);
      if (buf) images.push(await describeImage(name, buf));
    }
    const fields: Array<[string, string]> = Object.entries(metadata);
    for (const img of images) fields.push(...imageMetadataLines(img));
    const joined: Partial<Record<LayerName, string>> = { metadata: renderMetadata(fields) };
    for (const [layer, arr] of Object.entries(texts) as Array<[LayerName, string[]]>) joined[layer] = arr.join('\n');
    return assembleDocument('ofd', joined, metadata, images, warnings);
  } finally {
    zip.close();
  }
}
