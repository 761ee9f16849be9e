// Renders a WordprocessingML story (document body, a header, the footnotes…) into
// the layers a reviewer must see. Word's own view is the model for `body`: tracked
// insertions show (and are also copied to their own layer), deleted text and
// hidden runs do not (they go only to their layers), text boxes are their own layer.

import type { LayerName } from '../model';
import type { XmlNode } from './xml';

export type LayerSinks = Map<LayerName, string[]>;

interface Ctx {
  /** The layer that visible text of this story goes to. */
  main: LayerName;
  ins: boolean;
  del: boolean;
  hidden: boolean;
}

/** Collected author names of revisions and comments: people named inside the file. */
export interface StoryPeople {
  revisionAuthors: Set<string>;
}

function push(sinks: LayerSinks, layer: LayerName, s: string): void {
  let arr = sinks.get(layer);
  if (!arr) sinks.set(layer, (arr = []));
  arr.push(s);
}

/** Ends a paragraph in every layer that received text since its last line break. */
function endLine(sinks: LayerSinks, layers: Iterable<LayerName>): void {
  for (const layer of layers) {
    const arr = sinks.get(layer);
    if (!arr || arr.length === 0) continue;
    const last = arr[arr.length - 1];
    if (!last.endsWith('\n')) arr.push('\n');
  }
}

const OFF = new Set(['0', 'false', 'off']);

function runIsHidden(run: XmlNode): boolean {
  const rPr = run.children.find((c) => c.name === 'rPr');
  if (!rPr) return false;
  // specVanish also hides; webHidden only hides in web view, so it is not "hidden" on paper.
  return rPr.children.some((c) => (c.name === 'vanish' || c.name === 'specVanish') && !OFF.has((c.attrs.val ?? '').toLowerCase()));
}

function emit(sinks: LayerSinks, ctx: Ctx, s: string, isDelText: boolean): void {
  if (s.length === 0) return;
  if (ctx.del || isDelText) return push(sinks, 'tracked-deletions', s);
  if (ctx.hidden) return push(sinks, 'hidden-text', s);
  push(sinks, ctx.main, s);
  if (ctx.ins) push(sinks, 'tracked-insertions', s);
}

function textContent(n: XmlNode): string {
  return n.children.map((c) => c.text ?? '').join('');
}

function visit(node: XmlNode, ctx: Ctx, sinks: LayerSinks, people: StoryPeople): void {
  switch (node.name) {
    case 't':
      return emit(sinks, ctx, textContent(node), false);
    case 'delText':
      return emit(sinks, ctx, textContent(node), true);
    case 'tab':
      // A tab inside <w:tabs> (pPr) is a tab stop definition, not text; those have no siblings we visit.
      return emit(sinks, ctx, '\t', false);
    case 'br':
    case 'cr':
      return emit(sinks, ctx, '\n', false);
    case 'noBreakHyphen':
      return emit(sinks, ctx, '-', false);
    case 'pPr':
    case 'rPr':
    case 'sectPr':
    case 'tblPr':
    case 'trPr':
    case 'tcPr':
    case 'instrText': // field codes are instructions, not displayed text
    case 'delInstrText':
      return;
    case 'docPr': {
      // Alt text of a picture or shape: never on the page, read aloud by screen readers, often auto-filled.
      const alt = [node.attrs.title, node.attrs.descr].filter((v) => v && v.trim()).join(' ');
      if (alt) {
        push(sinks, 'hidden-text', alt);
        endLine(sinks, ['hidden-text']);
      }
      return;
    }
    case 'Fallback':
      // mc:Fallback repeats mc:Choice for older readers; reading both would double count.
      return;
    case 'AlternateContent': {
      const choice = node.children.find((c) => c.name === 'Choice');
      const chosen = choice ?? node.children.find((c) => c.name === 'Fallback');
      if (chosen) for (const c of chosen.children) visit(c, ctx, sinks, people);
      return;
    }
    case 'txbxContent': {
      const inner: Ctx = { ...ctx, main: 'text-boxes' };
      for (const c of node.children) visit(c, inner, sinks, people);
      endLine(sinks, ['text-boxes']);
      return;
    }
    case 'ins':
    case 'moveTo':
    case 'del':
    case 'moveFrom': {
      if (node.attrs.author) people.revisionAuthors.add(node.attrs.author);
      const isDel = node.name === 'del' || node.name === 'moveFrom';
      const inner: Ctx = isDel ? { ...ctx, del: true } : { ...ctx, ins: true };
      for (const c of node.children) visit(c, inner, sinks, people);
      return;
    }
    case 'r': {
      const inner: Ctx = runIsHidden(node) ? { ...ctx, hidden: true } : ctx;
      for (const c of node.children) visit(c, inner, sinks, people);
      return;
    }
    case 'p': {
      for (const c of node.children) visit(c, ctx, sinks, people);
      endLine(sinks, [ctx.main, 'tracked-insertions', 'tracked-deletions', 'hidden-text']);
      return;
    }
    default:
      for (const c of node.children) visit(c, ctx, sinks, people);
  }
}

/** Renders one story into the sinks; `main` is the layer its visible text belongs to. */
export function renderStory(root: XmlNode, main: LayerName, sinks: LayerSinks, people: StoryPeople): void {
  visit(root, { main, ins: false, del: false, hidden: false }, sinks, people);
  endLine(sinks, [main]);
}

/** Renders a notes or comments part: one block per note, skipping Word's separator pseudo-notes. */
export function renderNotes(root: XmlNode, noteName: string, main: LayerName, sinks: LayerSinks, people: StoryPeople, authors?: Set<string>): void {
  const notes: XmlNode[] = [];
  const collect = (n: XmlNode) => {
    if (n.name === noteName) notes.push(n);
    else n.children.forEach(collect);
  };
  collect(root);
  for (const note of notes) {
    const type = note.attrs.type;
    if (type === 'separator' || type === 'continuationSeparator' || type === 'continuationNotice') continue;
    if (authors && note.attrs.author) authors.add(note.attrs.author);
    renderStory(note, main, sinks, people);
  }
}

/** A layer's text without its trailing line breaks (sliced off: a regex would try every line of the layer). */
export function sinkText(sinks: LayerSinks, layer: LayerName): string {
  const text = (sinks.get(layer) ?? []).join('');
  let end = text.length;
  while (end > 0 && text.charCodeAt(end - 1) === 0x0a) end--;
  return end === text.length ? text : text.slice(0, end);
}
