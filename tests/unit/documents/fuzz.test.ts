// Flips random bytes of every fixture (seeded, so a failure reproduces) and checks
// that each run ends in a result or a ClearanceError: never another exception
// type, never a hang. Zip fixtures are also fuzzed inside their XML parts, because
// flipping compressed bytes mostly exercises the inflater, not the parsers.

import JSZip from 'jszip';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { extractDocument } from '../../../core/documents/index';
import { isClearanceError } from '../../../core/errors';
import { buildFixtures, isHostile } from '../../fixtures/build/index';
// The benchmark's seeded generator: the same bytes on every run.
import { rng } from '../../../bench/generate';

const TOTAL_BYTE_RUNS = 400;
const TOTAL_XML_RUNS = 120;
const LIMITS = { timeBudgetMs: 3000 };

let dir: string;
let fixtures: Array<[string, Buffer]>;

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'clearance-fuzz-'));
  const built = await buildFixtures(dir);
  fixtures = [];
  for (const [name, path] of Object.entries(built)) fixtures.push([name, await readFile(path)]);
}, 60_000);
afterAll(async () => {
  await rm(dir, { recursive: true, force: true });
});

function mutate(src: Buffer, rand: () => number): Buffer {
  const b = Buffer.from(src);
  if (b.length === 0) return Buffer.from([Math.floor(rand() * 256)]);
  const mode = rand();
  if (mode < 0.1) return b.subarray(0, Math.floor(rand() * b.length)); // truncation
  const flips = 1 + Math.floor(rand() * 8);
  for (let i = 0; i < flips; i++) b[Math.floor(rand() * b.length)] = Math.floor(rand() * 256);
  return b;
}

type Outcome = { kind: 'ok' } | { kind: 'refused'; code: string } | { kind: 'crash'; error: string };

async function run(bytes: Buffer, name: string): Promise<Outcome> {
  try {
    const doc = await extractDocument(bytes, name, LIMITS);
    // A result must be well formed, not just "not thrown".
    if (!Array.isArray(doc.layers) || doc.layers.some((l) => typeof l.text !== 'string')) return { kind: 'crash', error: 'malformed result' };
    return { kind: 'ok' };
  } catch (e) {
    if (isClearanceError(e)) return { kind: 'refused', code: e.code };
    return { kind: 'crash', error: e instanceof Error ? `${e.name}: ${e.message}` : String(e) };
  }
}

describe('fuzz', () => {
  it('random byte flips of every fixture end in a result or a ClearanceError', async () => {
    expect(fixtures.length).toBeGreaterThan(3);
    // Hostile fixtures are refused early whatever happens; spend most runs on the good ones.
    const good = fixtures.filter(([n]) => !isHostile(n));
    const hostile = fixtures.filter(([n]) => isHostile(n));
    const perGood = Math.max(10, Math.ceil((TOTAL_BYTE_RUNS - hostile.length * 5) / Math.max(good.length, 1)));
    const crashes: string[] = [];
    const outcomes: Record<string, number> = {};
    let runs = 0;
    let seed = 1;
    for (const [name, bytes] of fixtures) {
      const n = isHostile(name) ? 5 : perGood;
      for (let i = 0; i < n; i++, seed++) {
        const t0 = Date.now();
        const out = await run(mutate(bytes, rng(seed)), name);
        runs++;
        const key = out.kind === 'refused' ? out.code : out.kind;
        outcomes[key] = (outcomes[key] ?? 0) + 1;
        if (out.kind === 'crash') crashes.push(`${name} seed=${seed}: ${out.error}`);
        if (Date.now() - t0 > LIMITS.timeBudgetMs + 2000) crashes.push(`${name} seed=${seed}: took ${Date.now() - t0} ms`);
      }
    }
    console.log(`fuzz: ${runs} runs over ${fixtures.length} fixtures`, outcomes);
    expect(crashes).toEqual([]);
    // Both paths must be exercised: some mutants still read, some are refused.
    expect(outcomes.ok ?? 0).toBeGreaterThan(0);
    expect(runs).toBeGreaterThanOrEqual(TOTAL_BYTE_RUNS * 0.9);
  }, 300_000);

  it('random flips inside the XML parts of zip fixtures end in a result or a ClearanceError', async () => {
    const zips = fixtures.filter(([n, b]) => !isHostile(n) && b[0] === 0x50 && b[1] === 0x4b);
    expect(zips.length).toBeGreaterThan(0);
    const crashes: string[] = [];
    let seed = 100_000;
    const per = Math.ceil(TOTAL_XML_RUNS / zips.length);
    for (const [name, bytes] of zips) {
      const zip = await JSZip.loadAsync(bytes);
      const xmlNames = Object.keys(zip.files).filter((f) => /\.(xml|rels)$/.test(f));
      for (let i = 0; i < per; i++, seed++) {
        const rand = rng(seed);
        const part = xmlNames[Math.floor(rand() * xmlNames.length)];
        const copy = await JSZip.loadAsync(bytes);
        const original = await copy.file(part)!.async('nodebuffer');
        copy.file(part, mutate(original, rand));
        const mutated = await copy.generateAsync({ type: 'nodebuffer', compression: 'DEFLATE' });
        const out = await run(mutated, name);
        if (out.kind === 'crash') crashes.push(`${name} ${part} seed=${seed}: ${out.error}`);
      }
    }
    expect(crashes).toEqual([]);
  }, 300_000);
});
