// `clearance scan` end to end through the real extractors and detectors.
import { mkdtempSync, mkdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { PassThrough } from 'node:stream';
import iconv from 'iconv-lite';
import JSZip from 'jszip';
import { beforeAll, describe, expect, it } from 'vitest';
import { scanCommand } from '../../cli/commands/scan';

const dir = mkdtempSync(join(tmpdir(), 'clearance-scan-'));
const path = (name: string) => join(dir, name);

async function run(args: string[], tty = false) {
  const stdout = new PassThrough();
  const stderr = new PassThrough();
  (stdout as unknown as { isTTY: boolean }).isTTY = tty;
  let out = '';
  let err = '';
  stdout.on('data', (d) => (out += d));
  stderr.on('data', (d) => (err += d));
  const code = await scanCommand(args, { stdout, stderr });
  return { code, out, err, lines: out.split('\n').filter(Boolean) };
}

const TEXT = '机密★1年\n关于军事设施的通知。本文件为内部资料。\n这本书揭开了宇宙的秘密。';

beforeAll(async () => {
  writeFileSync(path('notice.txt'), TEXT);
  writeFileSync(path('broken.docx'), Buffer.from('this is not a zip'));
  mkdirSync(path('folder'));
  const zip = new JSZip();
  zip.file('[Content_Types].xml', '<?xml version="1.0"?><Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types"><Default Extension="xml" ContentType="application/xml"/><Override PartName="/word/document.xml" ContentType="application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>');
  zip.file('word/document.xml', '<?xml version="1.0"?><w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main"><w:body><w:p><w:r><w:t>涉密载体管理，绝密文件。</w:t></w:r></w:p></w:body></w:document>');
  writeFileSync(path('memo.docx'), await zip.generateAsync({ type: 'nodebuffer' }));
  writeFileSync(path('terms.txt'), '通知\n宇宙\tterm\tblock\n# comment\n\n');
  writeFileSync(path('terms-gbk.txt'), iconv.encode('书\tterm\tescalate\r\n', 'gb18030'));
  writeFileSync(path('terms-bad.txt'), '通知\tterm\tfatal\n');
});

describe('clearance scan --json', () => {
  it('prints one JSON line per file in the shape of DESIGN.md, offsets into the layer text', async () => {
    const r = await run([path('notice.txt'), path('memo.docx'), '--json']);
    expect(r.code).toBe(0);
    expect(r.lines).toHaveLength(2);
    const [txt, docx] = r.lines.map((l) => JSON.parse(l));
    expect(txt).toMatchObject({ file: path('notice.txt'), format: 'txt', layers: [{ layer: 'body', chars: TEXT.length }] });
    for (const f of txt.findings) {
      expect(Object.keys(f).slice(0, 7)).toEqual(['layer', 'start', 'end', 'text', 'category', 'severity', 'rule']);
      expect(TEXT.slice(f.start, f.end)).toBe(f.text);
    }
    const texts = txt.findings.map((f: { text: string }) => f.text);
    expect(texts).toContain('机密★1年');
    expect(texts).toContain('军事设施');
    expect(texts).not.toContain('秘密'); // allowed phrase
    expect(docx.format).toBe('docx');
    expect(docx.findings.map((f: { text: string }) => f.text)).toEqual(expect.arrayContaining(['涉密载体', '绝密文件']));
  });

  it('gives an error object and a non-zero exit for files it cannot read, and goes on with the rest', async () => {
    const r = await run([path('missing.txt'), path('broken.docx'), path('folder'), path('notice.txt'), '--json']);
    expect(r.code).toBe(1);
    const lines = r.lines.map((l) => JSON.parse(l));
    expect(lines.map((l) => l.error?.code)).toEqual(['file-not-found', expect.any(String), 'not-a-file', undefined]);
    expect(lines[1].file).toBe(path('broken.docx'));
    expect(typeof lines[1].error.message).toBe('string');
    expect(lines[3].format).toBe('txt');
  });

  it('uses the --terms list instead of the starter library, in UTF-8 or GB18030', async () => {
    const r = await run([path('notice.txt'), '--json', '--terms', path('terms.txt')]);
    expect(r.code).toBe(0);
    const terms = JSON.parse(r.lines[0]).findings.filter((f: { category: string; rule: string }) => f.rule.startsWith('term:'));
    expect(terms.map((f: { text: string; severity: string }) => [f.text, f.severity])).toEqual([['通知', 'warn'], ['宇宙', 'block']]);
    const g = await run([path('notice.txt'), '--json', '--terms', path('terms-gbk.txt')]);
    const gterms = JSON.parse(g.lines[0]).findings.filter((f: { rule: string }) => f.rule.startsWith('term:'));
    expect(gterms.map((f: { text: string; severity: string }) => [f.text, f.severity])).toEqual([['书', 'escalate']]);
  });

  it('refuses a broken --terms file with an error object and exit 2', async () => {
    const r = await run([path('notice.txt'), '--json', '--terms', path('terms-bad.txt')]);
    expect(r.code).toBe(2);
    expect(JSON.parse(r.lines[0]).error.code).toBe('terms-invalid');
    expect((await run([path('notice.txt'), '--json', '--terms', path('nope.txt')])).code).toBe(2);
  });
});

describe('clearance scan (readable report)', () => {
  it('shows each hit in context, without colour when not on a terminal', async () => {
    const r = await run([path('notice.txt')]);
    expect(r.code).toBe(0);
    expect(r.out).toContain('【军事设施】');
    expect(r.out).toContain('关于【军事设施】的通知');
    expect(r.out).not.toContain('\u001b[');
  });

  it('colours on a terminal', async () => {
    const r = await run([path('notice.txt')], true);
    expect(r.out).toContain('\u001b[31m[禁止]');
  });

  it('reports unreadable files on stderr and exits non-zero', async () => {
    const r = await run([path('missing.txt')]);
    expect(r.code).toBe(1);
    expect(JSON.parse(r.err.trim().split('\n').at(-1)!).error.code).toBe('file-not-found');
  });

  it('rejects usage errors with exit 2', async () => {
    expect((await run([])).code).toBe(2);
    expect((await run(['--bogus', path('notice.txt')])).code).toBe(2);
  });
});
