// Every hostile fixture must end in its own ClearanceError within a few seconds and
// without the process growing by hundreds of megabytes.

import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../core/documents/index';
import { isClearanceError } from '../../../core/errors';
import { HOSTILE_EXPECTED, buildHostileFixtures } from '../../fixtures/build/hostile';
import { docxBytes } from '../../fixtures/build/docx';

let dir: string;
let files: Record<string, string>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearance-hostile-'));
  files = await buildHostileFixtures(dir);
});
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

async function refusal(bytes: Uint8Array, name: string, limits = {}): Promise<{ code: string; ms: number; rssGrowthMb: number; zh: string; en: string }> {
  const rss0 = process.memoryUsage().rss;
  const t0 = Date.now();
  try {
    await extractDocument(bytes, name, limits);
  } catch (e) {
    if (!isClearanceError(e)) throw e;
    return { code: e.code, ms: Date.now() - t0, rssGrowthMb: (process.memoryUsage().rss - rss0) / 1024 / 1024, zh: e.messageZh, en: e.messageEn };
  }
  throw new Error(`${name} was accepted`);
}

describe('hostile files', () => {
  it('covers every expected fixture', () => {
    expect(Object.keys(files).sort()).toEqual(Object.keys(HOSTILE_EXPECTED).sort());
  });

  it.each(Object.entries(HOSTILE_EXPECTED))('%s → %s, fast, bounded memory, bilingual message', async (name, code) => {
    const r = await refusal(await readFile(files[name]), name);
    expect(r.code).toBe(code);
    expect(r.ms).toBeLessThan(5000);
    expect(r.rssGrowthMb).toBeLessThan(200);
    expect(r.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(r.en.length).toBeGreaterThan(5);
  });

  it('refuses a file over maxFileBytes before looking at it', async () => {
    const r = await refusal(await docxBytes(), 'big.docx', { maxFileBytes: 1024 });
    expect(r.code).toBe('file-too-large');
  });

  it('refuses a zip with more entries than maxZipEntries', async () => {
    expect((await refusal(await docxBytes(), 'many.docx', { maxZipEntries: 5 })).code).toBe('zip-too-many-entries');
  });

  it('refuses XML deeper than maxXmlDepth', async () => {
    expect((await refusal(await docxBytes(), 'deep.docx', { maxXmlDepth: 4 })).code).toBe('xml-too-deep');
  });

  it('stops at the wall-clock budget', async () => {
    expect((await refusal(await docxBytes(), 'slow.docx', { timeBudgetMs: -1 })).code).toBe('extraction-timeout');
  });

  it('refuses unknown formats and RTF by name', async () => {
    expect((await refusal(Buffer.from('x'), 'a.exe')).code).toBe('unsupported-format');
    expect((await refusal(Buffer.from('{\\rtf1\\ansi hello}'), 'a.doc')).code).toBe('unsupported-format');
    // Names of Object.prototype's members are unknown extensions like any other.
    for (const name of ['a.constructor', 'a.__proto__', 'a.hasownproperty']) expect((await refusal(Buffer.from('x'), name)).code).toBe('unsupported-format');
  });

  it('asks for a save as .docx when a .wps is neither OLE nor OOXML', async () => {
    const r = await refusal(Buffer.from('WPS private format bytes'), 'a.wps');
    expect(r.code).toBe('unsupported-format');
    expect(r.zh).toContain('.docx');
  });

  it('refuses a .doc that is not a Word binary file', async () => {
    expect((await refusal(Buffer.from('just some text'), 'fake.doc')).code).toBe('corrupt-file');
  });
});
