// DOCX (OOXML WordprocessingML) read part by part. Converters such as mammoth drop
// deleted revisions and comments, so the parts are read directly and every story
// is routed to its layer. See docx-text.ts for how runs are routed.

import { ClearanceError } from '../errors';
import type { LayerName } from '../model';
import type { DocumentWarning, EmbeddedImage, ExtractedDocument, ExtractionLimits } from './types';
import { openZip } from './zip';
import { findAll, parseXml, textOf, walk } from './xml';
import type { XmlNode } from './xml';
import { checkBudget, startBudget, type Budget } from './budget';
import { renderNotes, renderStory, sinkText } from './docx-text';
import type { LayerSinks, StoryPeople } from './docx-text';
import { customProperties, renderMetadata, simpleProperties } from './docx-meta';
import { describeImage, imageMetadataLines } from './images';
import { assembleDocument } from './assemble';

const GLOSSARY = 'word/glossary/document.xml';

/** Numeric order so header10 follows header9, as Word numbers them. */
function byPartNumber(a: string, b: string): number {
  const n = (s: string) => Number(/(\d+)\.xml$/.exec(s)?.[1] ?? 0);
  return n(a) - n(b) || a.localeCompare(b);
}

/** The main part is named by the package relationship; `word/document.xml` is only the usual name. */
function mainPartName(rels: Buffer | undefined, maxDepth: number): string {
  if (rels) {
    const root = parseXml(rels, maxDepth, '_rels/.rels');
    const stack: XmlNode[] = [root];
    while (stack.length) {
      const n = stack.pop()!;
      if (n.name === 'Relationship' && /\/officeDocument$/.test(n.attrs.Type ?? '') && n.attrs.Target) {
        const t = n.attrs.Target.replace(/^\//, '');
        if (!t.includes('..')) return t;
      }
      stack.push(...n.children);
    }
  }
  return 'word/document.xml';
}

export async function extractDocx(
  bytes: Uint8Array, fileName: string, limits: ExtractionLimits, budget: Budget = startBudget(limits.timeBudgetMs),
): Promise<ExtractedDocument> {
  const zip = await openZip(bytes, limits, budget);
  try {
    const rels = (await zip.read((n) => n === '_rels/.rels')).get('_rels/.rels');
    const main = mainPartName(rels, limits.maxXmlDepth);
    if (!zip.has(main)) {
      throw new ClearanceError('corrupt-file', `文件“${fileName}”缺少 Word 正文部件（${main}），不是有效的 docx 文件。`, `"${fileName}" has no Word document part (${main}); not a valid docx.`);
    }
    const isHeader = (n: string) => /^word\/header\d*\.xml$/.test(n);
    const isFooter = (n: string) => /^word\/footer\d*\.xml$/.test(n);
    const isDrawingText = (n: string) => /^word\/(diagrams\/data|charts\/chart)\d*\.xml$/.test(n);
    const isRels = (n: string) => /^word\/(glossary\/)?_rels\/[^/]+\.rels$/.test(n);
    const named = new Set([main, GLOSSARY, 'word/footnotes.xml', 'word/endnotes.xml', 'word/comments.xml', 'docProps/core.xml', 'docProps/app.xml', 'docProps/custom.xml']);
    const parts = await zip.read((n) => named.has(n) || isHeader(n) || isFooter(n) || isDrawingText(n) || isRels(n));
    const xml = (name: string) => {
      checkBudget(budget);
      const buf = parts.get(name);
      return buf ? parseXml(buf, limits.maxXmlDepth, name) : undefined;
    };

    const sinks: LayerSinks = new Map();
    const people: StoryPeople = { revisionAuthors: new Set() };
    const commentAuthors = new Set<string>();
    renderStory(xml(main)!, 'body', sinks, people);
    const names = [...parts.keys()];
    for (const n of names.filter(isHeader).sort(byPartNumber)) renderStory(xml(n)!, 'header', sinks, people);
    for (const n of names.filter(isFooter).sort(byPartNumber)) renderStory(xml(n)!, 'footer', sinks, people);
    const notes: Array<[string, string, LayerName]> = [
      ['word/footnotes.xml', 'footnote', 'footnotes'],
      ['word/endnotes.xml', 'endnote', 'endnotes'],
      ['word/comments.xml', 'comment', 'comments'],
    ];
    for (const [part, el, layer] of notes) {
      const root = xml(part);
      if (root) renderNotes(root, el, layer, sinks, people, layer === 'comments' ? commentAuthors : undefined);
    }

    // Building blocks are never displayed but travel with the file.
    const glossary = xml(GLOSSARY);
    if (glossary) renderStory(glossary, 'hidden-text', sinks, people);
    // SmartArt and chart text is drawn on the page but lives outside the paragraph flow.
    for (const n of names.filter(isDrawingText).sort(byPartNumber)) {
      const root = xml(n)!;
      // Paragraphs (a:p) and cached values (c:v); not their descendants, or nested t elements count twice.
      const pieces: string[] = [];
      walk(root, (node) => {
        if (node.name !== 'p' && node.name !== 'v') return;
        const t = textOf(node);
        if (t.trim()) pieces.push(t);
        return false;
      });
      if (pieces.length) sinks.set('text-boxes', [...(sinks.get('text-boxes') ?? []), ...pieces.map((t) => `${t}\n`)]);
    }

    const metadata: Record<string, string> = {};
    // External link and template targets name internal servers and paths that the page text does not show.
    const links = new Set<string>();
    for (const n of names.filter(isRels).sort()) {
      for (const rel of findAll(xml(n)!, 'Relationship')) {
        if (rel.attrs.TargetMode === 'External' && rel.attrs.Target?.trim()) links.add(rel.attrs.Target.trim());
      }
    }
    [...links].forEach((target, i) => (metadata[`links.${i + 1}`] = target));
    const core = xml('docProps/core.xml');
    if (core) simpleProperties(core, 'core', metadata);
    const app = xml('docProps/app.xml');
    if (app) simpleProperties(app, 'app', metadata);
    const custom = xml('docProps/custom.xml');
    if (custom) customProperties(custom, metadata);
    if (people.revisionAuthors.size) metadata['revisions.authors'] = [...people.revisionAuthors].join(', ');
    if (commentAuthors.size) metadata['comments.authors'] = [...commentAuthors].join(', ');
    parts.clear(); // let the XML buffers go before pictures are read

    const images: EmbeddedImage[] = [];
    // One picture at a time: a docx full of photos must not sit in memory all at once.
    for (const { name } of zip.entries.filter((e) => e.name.startsWith('word/media/') && !e.name.endsWith('/'))) {
      const buf = await zip.readEntry(name);
      if (buf) images.push(await describeImage(name.slice('word/media/'.length), buf));
    }

    const warnings: DocumentWarning[] = [];
    if (zip.entries.some((e) => /vbaProject\.bin$/i.test(e.name))) {
      warnings.push({ code: 'docx-macros', message: '文件含有宏（VBA 工程），宏代码未经审查。', messageEn: 'The file contains macros (a VBA project) that are not reviewed.' });
    }
    const embedded = zip.entries.filter((e) => e.name.startsWith('word/embeddings/')).map((e) => e.name.slice(16));
    if (embedded.length) {
      warnings.push({
        code: 'embedded-objects',
        message: `文件嵌入了其他文件（${embedded.slice(0, 10).join('、')}），其内容未被提取，须打开逐一审查。`,
        messageEn: `The file embeds other files (${embedded.slice(0, 10).join(', ')}) whose content was not extracted; review each one.`,
      });
    }

    const fields: Array<[string, string]> = Object.entries(metadata);
    for (const img of images) fields.push(...imageMetadataLines(img));
    const texts: Partial<Record<LayerName, string>> = { metadata: renderMetadata(fields) };
    for (const layer of sinks.keys()) texts[layer] = sinkText(sinks, layer);
    return assembleDocument('docx', texts, metadata, images, warnings);
  } finally {
    zip.close();
  }
}
