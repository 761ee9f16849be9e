// `clearance scan --json` over every document fixture: each planted text is reported
// in the layer it was planted in (the plants are given as --terms, so each one is a
// finding), and every hostile file gives its error object, never a crash.
import { execFile } from 'node:child_process';
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { promisify } from 'node:util';
import { beforeAll, describe, expect, it } from 'vitest';
import { buildFixtures, isHostile } from '../fixtures/build';
import { DOCX_PLANTED } from '../fixtures/build/docx';
import { DOC_PLANTS } from '../fixtures/build/doc';
import { HOSTILE_EXPECTED } from '../fixtures/build/hostile';
import { OFD_PLANTED } from '../fixtures/build/ofd';
import { PDF_PLANTS } from '../fixtures/build/pdf';
import { tempDir } from '../support/temp';

/** fixture → [layer, planted text] pairs that must come back as findings. */
const EXPECTED: Record<string, [string, string][]> = {
  'every-layer.docx': [
    ['body', '正文机密'], ['header', DOCX_PLANTED.header], ['footer', DOCX_PLANTED.footer], ['footnotes', DOCX_PLANTED.footnote],
    ['endnotes', DOCX_PLANTED.endnote], ['comments', DOCX_PLANTED.comment], ['tracked-deletions', DOCX_PLANTED.deletion],
    ['tracked-insertions', DOCX_PLANTED.insertion], ['hidden-text', DOCX_PLANTED.hidden], ['text-boxes', DOCX_PLANTED.textBox],
    ['metadata', DOCX_PLANTED.company],
  ],
  'layers.doc': [
    ['body', DOC_PLANTS.body], ['header', DOC_PLANTS.header], ['footer', DOC_PLANTS.footer], ['footnotes', DOC_PLANTS.footnotes],
    ['comments', DOC_PLANTS.comments], ['text-boxes', DOC_PLANTS.textBoxes], ['metadata', DOC_PLANTS.author],
  ],
  'layers.pdf': [
    ['body', 'PDF-BODY-PLANT'], ['pdf-invisible-text', PDF_PLANTS.invisible], ['pdf-annotations', 'ANNOT-PLANT'], ['metadata', 'AUTHOR-PLANT'],
  ],
  'sample.ofd': [['body', OFD_PLANTED.page1], ['ofd-annotations', OFD_PLANTED.annotationText], ['metadata', OFD_PLANTED.author]],
  'layers.html': [
    ['body', 'HTML-BODY-PLANT'], ['comments', 'HTML-COMMENT-PLANT'], ['hidden-text', 'DISPLAY-NONE-PLANT'], ['metadata', 'META-AUTHOR-PLANT'],
  ],
  'gb18030.txt': [['body', '内部资料']],
  'utf16le-bom.txt': [['body', 'UTF16-PLANT']],
  'utf16be-nobom.txt': [['body', 'UTF16-PLANT']],
};

interface Line { file: string; format?: string; findings?: { layer: string; text: string; start: number; end: number }[]; error?: { code: string } }

let fixtures: Record<string, string>;
let terms: string;
beforeAll(async () => {
  const dir = tempDir('scan-fixtures-');
  fixtures = await buildFixtures(join(dir, 'f'));
  terms = join(dir, 'plants.txt');
  writeFileSync(terms, [...new Set(Object.values(EXPECTED).flat().map(([, text]) => text))].join('\n'));
}, 60_000);

async function scan(files: string[]): Promise<{ code: number; lines: Line[] }> {
  const args = ['bin/clearance.mjs', 'scan', '--json', '--terms', terms, ...files];
  const r = await promisify(execFile)(process.execPath, args, { encoding: 'utf8', maxBuffer: 64 << 20 })
    .then((x) => ({ code: 0, stdout: x.stdout }), (e: { code: number; stdout: string }) => ({ code: e.code, stdout: e.stdout }));
  return { code: r.code, lines: r.stdout.trim().split('\n').map((l) => JSON.parse(l) as Line) };
}

describe('clearance scan --json on the fixtures', () => {
  it('reports each planted text in its own layer', async () => {
    const names = Object.keys(EXPECTED);
    const { code, lines } = await scan(names.map((n) => fixtures[n]));
    expect(code).toBe(0);
    for (const [i, name] of names.entries()) {
      const found = lines[i].findings!.map((f) => [f.layer, f.text]);
      for (const [layer, text] of EXPECTED[name]) {
        expect(found, `${name}: "${text}" in ${layer}`).toContainEqual([layer, text]);
      }
    }
  }, 120_000);

  it('refuses every hostile fixture with its error code and a non-zero exit', async () => {
    const names = Object.keys(fixtures).filter((n) => isHostile(n) && HOSTILE_EXPECTED[n]);
    const { code, lines } = await scan(names.map((n) => fixtures[n]));
    expect(code).not.toBe(0);
    expect(lines.map((l) => l.error?.code)).toEqual(names.map((n) => HOSTILE_EXPECTED[n]));
  }, 120_000);
});
