// A small, tolerant HTML tokenizer. It never throws and never builds a DOM: text
// extraction needs tags, attributes, text and comments in order, and a hostile
// page must not be able to make it recurse, backtrack or execute anything.
// Every loop advances by at least one character, so the cost is linear.

export type HtmlToken =
  /** `raw` text comes from script/style-like elements: entities are not decoded there. */
  | { type: 'text'; text: string; raw: boolean }
  | { type: 'comment'; text: string }
  | { type: 'start'; name: string; attrs: Map<string, string>; selfClosing: boolean }
  | { type: 'end'; name: string };

/** Elements whose content is not markup; RCDATA ones (title, textarea) still decode entities. */
const RAW_TEXT = new Set(['script', 'style', 'xmp', 'iframe', 'noembed', 'noframes', 'textarea', 'title', 'plaintext']);
const RCDATA = new Set(['title', 'textarea']);

// Character tests by code unit: they run once or more per character of the page, where a
// one-character string and a regex per call cost more than the rest of the tokenizer.
const isAlphaAt = (s: string, i: number) => {
  const c = s.charCodeAt(i) | 0x20; // NaN past the end: | makes it 0x20, not a letter
  return c >= 0x61 && c <= 0x7a;
};
/** HTML white space by code unit: space, line feed, tab, carriage return, form feed. */
export const isHtmlSpace = (c: number) => c === 0x20 || c === 0x0a || c === 0x09 || c === 0x0d || c === 0x0c;
const isSpaceAt = (s: string, i: number) => isHtmlSpace(s.charCodeAt(i));
/** Where a tag or attribute name ends: white space, '/', '>' (and '=' for attribute names). */
const endsName = (s: string, i: number, atEquals: boolean) => {
  const c = s.charCodeAt(i);
  return isHtmlSpace(c) || c === 0x2f || c === 0x3e || (atEquals && c === 0x3d);
};

export function* tokenizeHtml(src: string): Generator<HtmlToken> {
  let i = 0;
  let textStart = 0;
  const n = src.length;
  while (i < n) {
    const lt = src.indexOf('<', i);
    if (lt < 0) break;
    const next = src.charCodeAt(lt + 1);
    if (next === 0x21 && src.startsWith('<!--', lt)) {
      if (lt > textStart) yield { type: 'text', text: src.slice(textStart, lt), raw: false };
      // `<!-->` and `<!--->` are complete (empty) comments in HTML.
      let end: number;
      let after: number;
      if (src[lt + 4] === '>') { end = lt + 4; after = lt + 5; }
      else if (src.startsWith('->', lt + 4)) { end = lt + 4; after = lt + 6; }
      else {
        const k = src.indexOf('-->', lt + 4);
        end = k < 0 ? n : k;
        after = k < 0 ? n : k + 3;
      }
      yield { type: 'comment', text: src.slice(lt + 4, end) };
      i = textStart = after;
      continue;
    }
    if (next === 0x21 || next === 0x3f) {
      // Doctype, CDATA, processing instruction: nothing a reader sees.
      if (lt > textStart) yield { type: 'text', text: src.slice(textStart, lt), raw: false };
      const gt = src.indexOf('>', lt);
      i = textStart = gt < 0 ? n : gt + 1;
      continue;
    }
    if (next === 0x2f && isAlphaAt(src, lt + 2)) {
      if (lt > textStart) yield { type: 'text', text: src.slice(textStart, lt), raw: false };
      let j = lt + 2;
      while (j < n && !endsName(src, j, false)) j++;
      const name = src.slice(lt + 2, j).toLowerCase();
      const gt = src.indexOf('>', j);
      i = textStart = gt < 0 ? n : gt + 1;
      yield { type: 'end', name };
      continue;
    }
    if (!isAlphaAt(src, lt + 1)) {
      i = lt + 1; // a lone '<' is text
      continue;
    }
    if (lt > textStart) yield { type: 'text', text: src.slice(textStart, lt), raw: false };
    const tag = readStartTag(src, lt + 1);
    yield { type: 'start', name: tag.name, attrs: tag.attrs, selfClosing: tag.selfClosing };
    i = textStart = tag.end;
    if (RAW_TEXT.has(tag.name) && !tag.selfClosing) {
      const close = tag.name === 'plaintext' ? -1 : findClose(src, i, tag.name);
      const end = close < 0 ? n : close;
      if (end > i) yield { type: 'text', text: src.slice(i, end), raw: !RCDATA.has(tag.name) };
      if (close < 0) { i = textStart = n; break; }
      const gt = src.indexOf('>', close);
      i = textStart = gt < 0 ? n : gt + 1;
      yield { type: 'end', name: tag.name };
    }
  }
  if (n > textStart) yield { type: 'text', text: src.slice(textStart), raw: false };
}

function findClose(src: string, from: number, name: string): number {
  const lower = `</${name}`;
  let at = from;
  for (;;) {
    const k = src.indexOf('</', at);
    if (k < 0) return -1;
    if (src.slice(k, k + lower.length).toLowerCase() === lower) {
      const after = k + lower.length;
      if (after >= src.length || endsName(src, after, false)) return k;
    }
    at = k + 2;
  }
}

function readStartTag(src: string, from: number): { name: string; attrs: Map<string, string>; selfClosing: boolean; end: number } {
  const n = src.length;
  let j = from;
  while (j < n && !endsName(src, j, false)) j++;
  const name = src.slice(from, j).toLowerCase();
  const attrs = new Map<string, string>();
  let selfClosing = false;
  while (j < n) {
    while (j < n && (isSpaceAt(src, j) || src.charCodeAt(j) === 0x2f)) {
      selfClosing = src.charCodeAt(j) === 0x2f;
      j++;
    }
    if (j >= n) break;
    if (src.charCodeAt(j) === 0x3e) { j++; return { name, attrs, selfClosing, end: j }; }
    selfClosing = false;
    const ns = j;
    j++; // an attribute name may start with '=' in HTML; always consume one character
    while (j < n && !endsName(src, j, true)) j++;
    const attrName = src.slice(ns, j).toLowerCase();
    let k = j;
    while (k < n && isSpaceAt(src, k)) k++;
    let value = '';
    if (src.charCodeAt(k) === 0x3d) {
      k++;
      while (k < n && isSpaceAt(src, k)) k++;
      const q = src[k];
      if (q === '"' || q === "'") {
        const close = src.indexOf(q, k + 1);
        const end = close < 0 ? n : close;
        value = src.slice(k + 1, end);
        k = Math.min(n, end + 1);
      } else {
        const vs = k;
        while (k < n && !isSpaceAt(src, k) && src.charCodeAt(k) !== 0x3e) k++;
        value = src.slice(vs, k);
      }
      j = k;
    }
    if (!attrs.has(attrName)) attrs.set(attrName, decodeEntities(value));
  }
  return { name, attrs, selfClosing, end: n };
}

// A Map: a name the document chose (&constructor;) must not find Object.prototype's members.
const NAMED = new Map<string, string>(Object.entries({
  amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', ensp: '\u2002', emsp: '\u2003',
  thinsp: '\u2009', zwnj: '\u200c', zwj: '\u200d', lrm: '\u200e', rlm: '\u200f', shy: '\u00ad',
  copy: '©', reg: '®', trade: '™', mdash: '—', ndash: '–', hellip: '…', middot: '·', bull: '•',
  ldquo: '“', rdquo: '”', lsquo: '‘', rsquo: '’', laquo: '«', raquo: '»', times: '×', divide: '÷',
  yen: '¥', deg: '°', plusmn: '±', sect: '§', para: '¶', star: '☆', starf: '★', rarr: '→', larr: '←',
}));

/** Decodes character references; unknown names stay as written, as browsers show them. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#[xX][0-9a-fA-F]{1,8}|#[0-9]{1,9}|[A-Za-z][A-Za-z0-9]{1,31});?/g, (m, ref: string) => {
    if (ref[0] === '#') {
      const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
      if (!Number.isFinite(cp) || cp === 0 || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) return '\ufffd';
      return String.fromCodePoint(cp);
    }
    return NAMED.get(ref) ?? NAMED.get(ref.toLowerCase()) ?? m;
  });
}
