// Safe XML parsing for the parts inside docx and ofd. XML parsers are the classic
// door for entity-expansion ("billion laughs") and external-entity attacks, so a
// document type declaration is refused outright (OOXML and OFD never need one),
// entities are never expanded by the parser, and nesting depth is bounded by a
// cheap scan before the parser's recursion sees the text.

import { XMLParser, XMLValidator } from 'fast-xml-parser';
import iconv from 'iconv-lite';
import { ClearanceError } from '../errors';
import { decodeEntities } from '../xml-entities';

export interface XmlNode {
  /** Local name without namespace prefix (`w:t` → `t`, `ofd:TextCode` → `TextCode`); `#text` for text. */
  name: string;
  attrs: Record<string, string>;
  children: XmlNode[];
  /** Only for `#text` nodes; predefined and numeric entities already decoded. */
  text?: string;
}

const corrupt = (part: string, detail: string) =>
  new ClearanceError('corrupt-file', `文件内部 XML（${part}）格式错误：${detail}`, `Invalid XML in ${part}: ${detail}`);

/** Decodes bytes per BOM or the declaration's encoding; OOXML is UTF-8 but OFD writers sometimes use GB18030. */
export function decodeXmlBytes(buf: Buffer): string {
  if (buf.length >= 2 && buf[0] === 0xff && buf[1] === 0xfe) return buf.subarray(2).toString('utf16le');
  if (buf.length >= 2 && buf[0] === 0xfe && buf[1] === 0xff) return iconv.decode(buf.subarray(2), 'utf16be');
  const start = buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? 3 : 0;
  const decl = buf.subarray(start, start + 200).toString('latin1');
  const enc = /^<\?xml[^>]*encoding\s*=\s*["']([A-Za-z0-9_-]+)["']/.exec(decl)?.[1]?.toLowerCase();
  if (enc && /^(gb2312|gbk|gb18030|cp936)$/.test(enc)) return iconv.decode(buf.subarray(start), 'gb18030');
  return buf.subarray(start).toString('utf8');
}

/** Refuses DTDs and measures element depth, skipping comments, CDATA, PIs and quoted attribute values. */
export function checkXmlSafety(xml: string, maxDepth: number, part: string): void {
  if (/<!DOCTYPE|<!ENTITY/i.test(xml)) {
    throw new ClearanceError('xml-dtd-forbidden', `文件内部 XML（${part}）含有 DTD 或实体声明，可能是实体膨胀攻击，已拒绝。`, `XML in ${part} declares a DTD or entities (possible entity-expansion attack); refused.`);
  }
  let depth = 0;
  let i = xml.indexOf('<');
  const n = xml.length;
  while (i !== -1 && i < n) {
    const c = xml[i + 1];
    if (c === '!') {
      const close = xml.startsWith('<!--', i) ? '-->' : xml.startsWith('<![CDATA[', i) ? ']]>' : '>';
      const e = xml.indexOf(close, i + 2);
      if (e === -1) throw corrupt(part, 'unterminated markup');
      i = xml.indexOf('<', e + close.length);
      continue;
    }
    if (c === '?') {
      const e = xml.indexOf('?>', i + 2);
      if (e === -1) throw corrupt(part, 'unterminated processing instruction');
      i = xml.indexOf('<', e + 2);
      continue;
    }
    // Walk to the tag's closing '>' respecting quotes: '>' is legal inside attribute values.
    // By code unit (0x22 ", 0x27 ', 0x3e >): this loop sees every character of every tag.
    let j = i + 1;
    let quote = 0;
    while (j < n) {
      const ch = xml.charCodeAt(j);
      if (quote) {
        if (ch === quote) quote = 0;
      } else if (ch === 0x22 || ch === 0x27) quote = ch;
      else if (ch === 0x3e) break;
      j++;
    }
    if (j >= n) throw corrupt(part, 'unterminated tag');
    if (c === '/') depth--;
    else if (xml[j - 1] !== '/') {
      depth++;
      if (depth > maxDepth) {
        throw new ClearanceError('xml-too-deep', `文件内部 XML（${part}）嵌套层数超过上限 ${maxDepth}，已拒绝。`, `XML in ${part} nests deeper than ${maxDepth} levels; refused.`);
      }
    }
    i = xml.indexOf('<', j + 1);
  }
}

const parser = new XMLParser({
  preserveOrder: true,
  ignoreAttributes: false,
  attributeNamePrefix: '',
  processEntities: false,
  htmlEntities: false,
  trimValues: false,
  parseTagValue: false,
  parseAttributeValue: false,
  ignoreDeclaration: true,
  ignorePiTags: true,
  commentPropName: false,
  cdataPropName: '#cdata',
  // No callback of ours reads a tag's path; without this the parser builds the path
  // string of every tag and attribute it meets, a fifth of its time on a large part.
  jPath: false,
});

function localName(q: string): string {
  const k = q.indexOf(':');
  return k === -1 ? q : q.slice(k + 1);
}

type RawNode = Record<string, unknown>;

// Text nodes and elements without attributes or children share these: a large part has
// millions of nodes, and two empty allocations each were a good part of the collector's work.
// Frozen, so a reader that tried to write into one would fail loudly in tests.
const NO_ATTRS: Record<string, string> = Object.freeze({});
const NO_CHILDREN = Object.freeze([]) as unknown as XmlNode[];

function convert(raw: RawNode[]): XmlNode[] {
  if (raw.length === 0) return NO_CHILDREN;
  const out: XmlNode[] = [];
  for (const node of raw) {
    const attrsRaw = node[':@'] as Record<string, unknown> | undefined;
    for (const key of Object.keys(node)) {
      if (key === ':@') continue;
      const val = node[key];
      if (key === '#text') {
        out.push({ name: '#text', attrs: NO_ATTRS, children: NO_CHILDREN, text: decodeEntities(String(val)) });
      } else if (key === '#cdata') {
        // CDATA arrives as [{'#text': ...}] and is literal: no entity decoding.
        const text = (val as RawNode[]).map((t) => String(t['#text'] ?? '')).join('');
        out.push({ name: '#text', attrs: NO_ATTRS, children: NO_CHILDREN, text });
      } else {
        let attrs = NO_ATTRS;
        if (attrsRaw) {
          attrs = {};
          for (const a of Object.keys(attrsRaw)) attrs[localName(a)] = decodeEntities(String(attrsRaw[a]));
        }
        out.push({ name: localName(key), attrs, children: Array.isArray(val) ? convert(val as RawNode[]) : NO_CHILDREN });
      }
    }
  }
  return out;
}

/**
 * The parsed tree costs about fifteen times the part's size in memory; past this a
 * single part could take the desk down, and no real document has a part this big.
 */
export const MAX_XML_PART_BYTES = 64 * 1024 * 1024;

/** Parses one XML part into an ordered tree; the returned node is a synthetic root holding the document element. */
export function parseXml(input: Buffer | string, maxDepth: number, part: string): XmlNode {
  const size = typeof input === 'string' ? input.length * 2 : input.length;
  if (size > MAX_XML_PART_BYTES) {
    throw new ClearanceError('xml-too-large', `文件内部 XML（${part}）过大（${(size / 1048576).toFixed(0)} MB），已拒绝。`, `XML part ${part} is too large (${(size / 1048576).toFixed(0)} MB); refused.`);
  }
  const xml = typeof input === 'string' ? input : decodeXmlBytes(input);
  checkXmlSafety(xml, maxDepth, part);
  const valid = XMLValidator.validate(xml, { allowBooleanAttributes: false });
  if (valid !== true) throw corrupt(part, `${valid.err.msg} (line ${valid.err.line})`.slice(0, 200));
  try {
    return { name: '#root', attrs: {}, children: convert(parser.parse(xml) as RawNode[]) };
  } catch (e) {
    throw corrupt(part, (e as Error).message.slice(0, 200));
  }
}

/** Depth-first walk; `visit` returns false to skip a node's children. */
export function walk(node: XmlNode, visit: (n: XmlNode) => boolean | void): void {
  const stack: XmlNode[] = [node];
  while (stack.length) {
    const n = stack.pop()!;
    if (visit(n) === false) continue;
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i]);
  }
}

export function findAll(node: XmlNode, name: string): XmlNode[] {
  const out: XmlNode[] = [];
  walk(node, (n) => {
    if (n.name === name) out.push(n);
  });
  return out;
}

export function findFirst(node: XmlNode, name: string): XmlNode | undefined {
  let found: XmlNode | undefined;
  walk(node, (n) => {
    if (found) return false;
    if (n.name === name) {
      found = n;
      return false;
    }
  });
  return found;
}

/** All descendant text, in document order. */
export function textOf(node: XmlNode): string {
  if (node.name === '#text') return node.text ?? '';
  let s = '';
  walk(node, (n) => {
    if (n.name === '#text') s += n.text ?? '';
  });
  return s;
}
