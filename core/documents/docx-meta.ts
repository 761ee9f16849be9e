// Document properties of an OOXML package (docProps/core.xml, app.xml, custom.xml).
// These travel with the file and routinely name the drafter, the unit and the
// template path on an internal file server.

import type { XmlNode } from './xml';
import { textOf } from './xml';

/** app.xml statistics: numbers Word recomputes on save, nothing a reviewer needs to see. */
const APP_NOISE = new Set([
  'TotalTime', 'Pages', 'Words', 'Characters', 'CharactersWithSpaces', 'Lines', 'Paragraphs', 'DocSecurity',
  'ScaleCrop', 'LinksUpToDate', 'SharedDoc', 'HyperlinksChanged', 'AppVersion', 'HeadingPairs', 'TitlesOfParts',
]);

function clean(v: string): string {
  return v.replace(/[\r\n\t]+/g, ' ').trim();
}

function documentElement(root: XmlNode): XmlNode | undefined {
  return root.children.find((c) => c.name !== '#text');
}

/** core.xml and app.xml: flat elements whose text is the value. */
export function simpleProperties(root: XmlNode, prefix: string, out: Record<string, string>): void {
  const top = documentElement(root);
  if (!top) return;
  for (const el of top.children) {
    if (el.name === '#text' || (prefix === 'app' && APP_NOISE.has(el.name))) continue;
    const v = clean(textOf(el));
    if (v) out[`${prefix}.${el.name}`] = v;
  }
}

/** custom.xml: <property name="…"><vt:lpwstr>value</vt:lpwstr></property>. */
export function customProperties(root: XmlNode, out: Record<string, string>): void {
  const top = documentElement(root);
  if (!top) return;
  for (const el of top.children) {
    if (el.name !== 'property' || !el.attrs.name) continue;
    const v = clean(textOf(el));
    if (v) out[`custom.${clean(el.attrs.name)}`] = v;
  }
}

/** The metadata layer is `key: value` lines so findings can point at a value's offsets. */
export function renderMetadata(fields: Array<[string, string]>): string {
  return fields.map(([k, v]) => `${k}: ${v}`).join('\n');
}
