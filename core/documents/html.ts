// HTML pages (and "Word documents" saved as HTML). What a browser shows goes to
// `body`; what the page carries but does not show goes to the layer a reviewer
// must look at: comments, elements hidden by `hidden` or inline CSS, hidden form
// values, <template>/<noscript> content (hidden-text), and <title>, <meta>,
// alt/title/placeholder attributes (metadata). Script and style bodies are code,
// not prose, and are skipped. Limits: only inline styles are read (a class hidden
// by a stylesheet reads as visible), and off-screen positioning, zero-size boxes
// and text coloured like its background are not detected.

import { isCjk } from './cjk';
import { decodeText, normaliseLabel } from './encoding';
import { decodeEntities, isHtmlSpace, tokenizeHtml } from './html-tokenizer';
import { assembleDocument, replacementWarning, zeroWidthWarning } from './txt';
import { checkBudget, startBudget, type Budget } from './budget';
import type { ExtractedDocument, ExtractionLimits } from './types';

const VOID = new Set(['area', 'base', 'br', 'col', 'embed', 'hr', 'img', 'input', 'link', 'meta', 'param', 'source', 'track', 'wbr', 'keygen']);
const SKIPPED = new Set(['script', 'style']);
/** Present in the page, never rendered as such: the reviewer sees them as hidden text. */
const HIDDEN_CONTAINERS = new Set(['template', 'noscript']);
const BLOCK = new Set([
  'address', 'article', 'aside', 'blockquote', 'body', 'caption', 'center', 'dd', 'details', 'dialog', 'div', 'dl', 'dt',
  'fieldset', 'figcaption', 'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr',
  'html', 'legend', 'li', 'main', 'menu', 'nav', 'ol', 'option', 'p', 'pre', 'section', 'summary', 'table', 'tbody',
  'thead', 'tfoot', 'tr', 'ul', 'title', 'textarea', 'select',
]);
/** Start tags that end an open <p> (the HTML parser closes it implicitly). */
const CLOSES_P = new Set([
  'address', 'article', 'aside', 'blockquote', 'center', 'details', 'dialog', 'div', 'dl', 'fieldset', 'figcaption',
  'figure', 'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hgroup', 'hr', 'main', 'menu', 'nav',
  'ol', 'p', 'pre', 'section', 'table', 'ul',
]);
/**
 * Elements whose implicit end another start tag triggers, and the ancestors that stop the
 * search. A Map, as every table looked up by a name the document chose: an object would
 * answer <constructor> with Object.prototype's.
 */
const IMPLIED_END = new Map<string, { closes: string[]; stop: string[] }>(Object.entries({
  li: { closes: ['li'], stop: ['ul', 'ol', 'menu'] },
  dt: { closes: ['dt', 'dd'], stop: ['dl'] },
  dd: { closes: ['dt', 'dd'], stop: ['dl'] },
  tr: { closes: ['tr', 'td', 'th'], stop: ['table', 'tbody', 'thead', 'tfoot'] },
  td: { closes: ['td', 'th'], stop: ['tr', 'table'] },
  th: { closes: ['td', 'th'], stop: ['tr', 'table'] },
  option: { closes: ['option'], stop: ['select', 'datalist'] },
}));
const P_SCOPE_STOP = new Set(['table', 'td', 'th', 'caption', 'button', 'template', 'object', 'marquee', 'applet']);

interface Open {
  name: string;
  /** display:none, the hidden attribute, or a hidden container: nothing inside can be shown. */
  gone: boolean;
  /** visibility:hidden; a descendant may set visibility:visible again. */
  invisible: boolean;
  skip: boolean;
  pre: boolean;
}

const ROOT: Open = { name: '#root', gone: false, invisible: false, skip: false, pre: false };

/** Reads the declared charset from the first bytes, as browsers do before decoding. */
export function declaredCharset(bytes: Uint8Array): string | undefined {
  const head = Buffer.from(bytes.subarray(0, 4096)).toString('latin1');
  const meta = /<meta\b[^>]*?charset\s*=\s*["']?\s*([A-Za-z0-9_:.-]+)/i.exec(head);
  if (meta) return meta[1];
  return /<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_.-]+)/i.exec(head)?.[1];
}

/**
 * A declaration of a property styleFlags acts on: a style without one (most, including
 * Word's `mso-bidi-font-size` on every span) needs no parsing. \s is what trim() removes.
 */
const STYLE_PROPS = /(?:^|;)\s*(?:display|visibility|font-size|opacity)\s*:/i;
/** Attributes whose text a reader or a screen reader shows outside the flow: the metadata layer. */
const META_ATTRS = ['alt', 'title', 'placeholder', 'aria-label'];

function styleFlags(style: string | undefined): { gone: boolean; visibility?: 'hidden' | 'visible' } {
  if (!style || !STYLE_PROPS.test(style)) return { gone: false };
  let gone = false;
  let visibility: 'hidden' | 'visible' | undefined;
  for (const decl of style.split(';')) {
    const c = decl.indexOf(':');
    if (c < 0) continue;
    const prop = decl.slice(0, c).trim().toLowerCase();
    const value = decl.slice(c + 1).replace(/!important/i, '').trim().toLowerCase();
    if (prop === 'display' && value === 'none') gone = true;
    if (prop === 'visibility') visibility = value === 'hidden' || value === 'collapse' ? 'hidden' : 'visible';
    // Text shrunk or faded to nothing is hidden as surely as display:none.
    if (prop === 'font-size' && /^0(\.0*)?([a-z%]+)?$/.test(value)) gone = true;
    if (prop === 'opacity' && /^0(\.0*)?$/.test(value)) gone = true;
  }
  return { gone, visibility };
}

/**
 * Collapses white space as a browser does. A line break between two CJK characters
 * vanishes entirely (as in Firefox and the CSS Text spec), so a term split over two
 * source lines still reads as one word. A loop rather than a replace with a callback:
 * it runs on every text of the page, and a table has one between every two cells.
 */
function collapse(text: string): string {
  const n = text.length;
  let out = '';
  let copied = 0; // text before this index is in `out` already
  for (let i = 0; i < n; i++) {
    if (!isHtmlSpace(text.charCodeAt(i))) continue;
    const start = i;
    let lineBreak = false;
    for (let c = text.charCodeAt(i); i < n && isHtmlSpace(c); c = text.charCodeAt(++i)) {
      if (c === 0x0a || c === 0x0d) lineBreak = true;
    }
    // A lone space stays as it is; everything else becomes one space, or nothing between CJK.
    if (i - start === 1 && text.charCodeAt(start) === 0x20) continue;
    const vanish = lineBreak && start > 0 && i < n && isCjk(text.charCodeAt(start - 1)) && isCjk(text.charCodeAt(i));
    out += text.slice(copied, start) + (vanish ? '' : ' ');
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

/** Trims each line and drops empty ones, so layers read as lines of prose. */
function tidy(text: string): string {
  return text
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}

export async function extractHtml(
  bytes: Uint8Array, _fileName: string, limits: ExtractionLimits, budget: Budget = startBudget(limits.timeBudgetMs),
): Promise<ExtractedDocument> {
  const declared = declaredCharset(bytes);
  const { text: src, encoding, replaced } = decodeText(bytes, normaliseLabel(declared) ?? undefined);
  let body = '';
  let hidden = '';
  const comments: string[] = [];
  const metaLines: string[] = [];
  const metadata: Record<string, string> = { encoding };
  const stack: Open[] = [];
  const top = () => stack[stack.length - 1] ?? ROOT;
  const emit = (s: string) => {
    const t = top();
    if (t.skip) return;
    if (t.gone || t.invisible) hidden += s;
    else body += s;
  };
  const breakLine = () => { body += '\n'; hidden += '\n'; };
  const popTo = (index: number) => {
    while (stack.length > index) {
      const el = stack.pop()!;
      if (BLOCK.has(el.name)) breakLine();
    }
  };
  let titleText: string | null = null;
  let count = 0;

  for (const tok of tokenizeHtml(src)) {
    if (++count % 4096 === 0) checkBudget(budget);
    if (tok.type === 'comment') {
      const c = tok.text.trim();
      if (c) comments.push(c);
      continue;
    }
    if (tok.type === 'text') {
      if (top().name === 'title') { titleText = (titleText ?? '') + decodeEntities(tok.text); continue; }
      if (tok.raw && top().skip) continue;
      const decoded = tok.raw ? tok.text : decodeEntities(tok.text);
      emit(top().pre ? decoded : collapse(decoded));
      continue;
    }
    if (tok.type === 'end') {
      if (tok.name === 'br') { emit('\n'); continue; }
      for (let k = stack.length - 1; k >= 0; k--) {
        if (stack[k].name === tok.name) { popTo(k); break; }
      }
      continue;
    }
    // Start tag.
    const { name, attrs } = tok;
    if (CLOSES_P.has(name)) {
      for (let k = stack.length - 1; k >= 0 && !P_SCOPE_STOP.has(stack[k].name); k--) {
        if (stack[k].name === 'p') { popTo(k); break; }
      }
    }
    const implied = IMPLIED_END.get(name);
    if (implied) {
      for (let k = stack.length - 1; k >= 0 && !implied.stop.includes(stack[k].name); k--) {
        if (implied.closes.includes(stack[k].name)) { popTo(k); break; }
      }
    }
    if (attrs.size) {
      for (const attr of META_ATTRS) {
        const v = attrs.get(attr)?.trim();
        if (v) metaLines.push(`attr.${attr}: ${collapse(v)}`);
      }
    }
    if (name === 'meta') {
      const key = attrs.get('name') ?? attrs.get('property') ?? attrs.get('http-equiv') ?? attrs.get('itemprop');
      const content = attrs.get('content')?.trim();
      if (key && content) {
        const k = `meta.${key.trim()}`;
        metaLines.push(`${k}: ${collapse(content)}`);
        metadata[k] = content;
      }
    }
    if (name === 'input') {
      const type = (attrs.get('type') ?? 'text').toLowerCase();
      const value = attrs.get('value')?.trim();
      if (value && type === 'hidden') hidden += `\n${value}\n`;
      else if (value && !['checkbox', 'radio', 'file', 'image', 'password'].includes(type)) emit(` ${value} `);
    }
    if (name === 'br') { emit('\n'); continue; }
    if (name === 'td' || name === 'th') emit('\t');
    if (BLOCK.has(name)) breakLine();
    if (VOID.has(name) || tok.selfClosing) continue;
    const parent = top();
    const style = styleFlags(attrs.get('style'));
    const gone = parent.gone || attrs.has('hidden') || style.gone || HIDDEN_CONTAINERS.has(name);
    const invisible = style.visibility ? style.visibility === 'hidden' : parent.invisible;
    stack.push({
      name,
      gone,
      invisible,
      skip: parent.skip || SKIPPED.has(name),
      pre: parent.pre || name === 'pre' || name === 'textarea' || name === 'listing',
    });
  }

  if (titleText !== null && titleText.trim()) {
    const t = collapse(titleText).trim();
    metaLines.unshift(`title: ${t}`);
    metadata.title = t;
  }
  const layers = {
    body: tidy(body),
    'hidden-text': tidy(hidden),
    comments: comments.join('\n'),
    metadata: metaLines.join('\n'),
  };
  return assembleDocument('html', layers, metadata, [
    zeroWidthWarning(Object.values(layers)),
    replacementWarning(replaced, encoding),
  ]);
}
