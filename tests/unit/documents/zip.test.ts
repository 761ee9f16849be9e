import { describe, expect, it } from 'vitest';
import { startBudget } from '../../../core/documents/budget';
import { DEFAULT_LIMITS } from '../../../core/documents/types';
import { isUnsafeEntryName, openZip } from '../../../core/documents/zip';
import { isClearanceError } from '../../../core/errors';
import { docxBytes } from '../../fixtures/build/docx';
import { writeZip, zeroBomb } from '../../fixtures/build/hostile';

const far = () => startBudget(10_000);

async function codeOf(p: Promise<unknown>): Promise<string> {
  try {
    await p;
  } catch (e) {
    if (isClearanceError(e)) return e.code;
    throw e;
  }
  return 'no-error';
}

describe('isUnsafeEntryName', () => {
  it.each([
    '../evil', 'a/../../evil', '/etc/passwd', 'C:/Windows/x', 'c:evil', 'a\\..\\b', 'word\\document.xml', '', 'a\0b', '..',
  ])('refuses %j', (name) => expect(isUnsafeEntryName(name)).toBe(true));
  it.each(['word/document.xml', '[Content_Types].xml', 'Doc_0/Pages/Page_0/Content.xml', 'a..b/c', 'word/media/图片.jpeg', 'dir/'])(
    'accepts %j', (name) => expect(isUnsafeEntryName(name)).toBe(false));
});

describe('openZip', () => {
  it('lists entries and inflates only those asked for', async () => {
    const zip = await openZip(await docxBytes(), DEFAULT_LIMITS, far());
    expect(zip.has('word/document.xml')).toBe(true);
    const got = await zip.read((n) => n === 'word/header1.xml');
    expect([...got.keys()]).toEqual(['word/header1.xml']);
    expect(got.get('word/header1.xml')!.toString('utf8')).toContain('页眉内容');
    zip.close();
  });

  it('refuses too many entries before reading them', async () => {
    const bytes = await docxBytes();
    expect(await codeOf(openZip(bytes, { ...DEFAULT_LIMITS, maxZipEntries: 3 }, far()))).toBe('zip-too-many-entries');
  });

  it('refuses a declared total over the limit before inflating', async () => {
    const bytes = await docxBytes();
    expect(await codeOf(openZip(bytes, { ...DEFAULT_LIMITS, maxUncompressedBytes: 1000 }, far()))).toBe('zip-bomb');
  });

  it('refuses an entry whose declared ratio is too high', async () => {
    const bytes = writeZip([{ name: 'a.xml', deflated: zeroBomb(4) }]);
    expect(await codeOf(openZip(bytes, DEFAULT_LIMITS, far()))).toBe('zip-bomb');
  });

  it('refuses many small entries whose overall ratio is a bomb', async () => {
    const small = zeroBomb(1); // 1 MiB each: under the per-entry floor
    const bytes = writeZip(Array.from({ length: 20 }, (_, i) => ({ name: `p${i}.xml`, deflated: { ...small, size: small.size - 1 } })));
    expect(await codeOf(openZip(bytes, DEFAULT_LIMITS, far()))).toBe('zip-bomb');
  });

  it('stops inflating when the header understates the size', async () => {
    const bytes = writeZip([{ name: 'a.xml', deflated: zeroBomb(64), declaredSize: 10 }]);
    const zip = await openZip(bytes, DEFAULT_LIMITS, far());
    expect(await codeOf(zip.read(() => true))).toBe('zip-bomb');
  });

  it('reads honest entries under the total limit and refuses the same archive over it', async () => {
    // Two honest 2 MiB entries at a ratio under the limit, with a 3 MiB total allowed.
    const data = Buffer.alloc(2 * 1024 * 1024);
    for (let i = 0; i < data.length; i++) data[i] = (i * 2654435761) >>> 24;
    const bytes = writeZip([{ name: 'a.bin', data }, { name: 'b.bin', data }]);
    const limits = { ...DEFAULT_LIMITS, maxUncompressedBytes: 5 * 1024 * 1024 };
    const zip = await openZip(bytes, limits, far());
    const ok = await zip.read(() => true);
    expect(ok.size).toBe(2);
    zip.close();
    expect(await codeOf(openZip(bytes, { ...limits, maxUncompressedBytes: 3 * 1024 * 1024 }, far()))).toBe('zip-bomb');
  });

  it.each([
    ['../../evil.sh', 'zip-path-traversal'],
    ['/abs/path', 'zip-path-traversal'],
    ['C:/x.txt', 'zip-path-traversal'],
    ['word\\document.xml', 'zip-path-traversal'],
  ])('refuses entry name %j', async (name, code) => {
    const bytes = writeZip([{ name: 'ok.xml', data: Buffer.from('<a/>') }, { name, data: Buffer.from('x') }]);
    expect(await codeOf(openZip(bytes, DEFAULT_LIMITS, far()))).toBe(code);
  });

  it('refuses encrypted entries', async () => {
    const bytes = writeZip([{ name: 'a.xml', data: Buffer.from('<a/>'), flags: 1 }]);
    expect(await codeOf(openZip(bytes, DEFAULT_LIMITS, far()))).toBe('zip-encrypted');
  });

  it('says not-a-zip for other bytes', async () => {
    expect(await codeOf(openZip(Buffer.from('hello world, not a zip at all'), DEFAULT_LIMITS, far()))).toBe('not-a-zip');
  });

  it('refuses duplicate entry names (readers would disagree on which one counts)', async () => {
    const bytes = writeZip([{ name: 'a.xml', data: Buffer.from('<a/>') }, { name: 'a.xml', data: Buffer.from('<b/>') }]);
    expect(await codeOf(openZip(bytes, DEFAULT_LIMITS, far()))).toBe('corrupt-file');
  });

  it('honours the deadline', async () => {
    expect(await codeOf(openZip(await docxBytes(), DEFAULT_LIMITS, startBudget(-1)))).toBe('extraction-timeout');
  });

  it('stops when its caller cancels', async () => {
    expect(await codeOf(openZip(await docxBytes(), DEFAULT_LIMITS, startBudget(10_000, () => true)))).toBe('cancelled');
  });
});
