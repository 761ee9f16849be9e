// word-extractor ships no types; this is the part of its API the .doc reader uses.
declare module 'word-extractor' {
  interface TextOptions { filterUnicode?: boolean }
  export interface WordDocument {
    getBody(o?: TextOptions): string;
    getFootnotes(o?: TextOptions): string;
    getEndnotes(o?: TextOptions): string;
    getHeaders(o?: TextOptions & { includeFooters?: boolean }): string;
    getFooters(o?: TextOptions): string;
    getAnnotations(o?: TextOptions): string;
    getTextboxes(o?: TextOptions & { includeHeadersAndFooters?: boolean; includeBody?: boolean }): string;
  }
  export default class WordExtractor {
    extract(source: string | Buffer): Promise<WordDocument>;
  }
}
