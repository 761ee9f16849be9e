// XML's character references, decoded the one safe way for every reader of XML the desk
// has (the document extractors' parser, the spreadsheet scanner of the lexicon import):
// only the five predefined entities and numeric references. A DTD's entities are never
// expanded (the readers refuse DTDs), so nothing can grow. Dependency-free on purpose:
// the main process bundles the spreadsheet scanner without the extractors' libraries.

// A Map: a name the file chose (&constructor;) must not find Object.prototype's members.
const NAMED = new Map<string, string>([['amp', '&'], ['lt', '<'], ['gt', '>'], ['quot', '"'], ['apos', "'"]]);

/** Decodes the predefined entities and character references; any other name stays as written. */
export function decodeEntities(s: string): string {
  if (!s.includes('&')) return s;
  return s.replace(/&(#x[0-9a-fA-F]{1,6}|#[0-9]{1,7}|[a-zA-Z]+);/g, (whole, ref: string) => {
    if (ref[0] !== '#') return NAMED.get(ref) ?? whole;
    const cp = ref[1] === 'x' || ref[1] === 'X' ? parseInt(ref.slice(2), 16) : parseInt(ref.slice(1), 10);
    return cp > 0 && cp <= 0x10ffff && !(cp >= 0xd800 && cp <= 0xdfff) ? String.fromCodePoint(cp) : '\uFFFD';
  });
}
