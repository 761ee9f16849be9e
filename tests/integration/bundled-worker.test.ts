// The packaged desk runs its import and scan workers from the esbuild bundle, without
// tsx. Build the bundles once and run each worker in a plain Node process.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

mkdirSync(join(process.cwd(), 'dist'), { recursive: true });
const outdir = mkdtempSync(join(process.cwd(), 'dist', 'bundle-test-'));
beforeAll(() => {
  execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { stdio: 'pipe' });
}, 120_000);
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

/** Runs a bundled worker in a plain Node process; `setup` is JS that defines `input`. Returns its last message. */
function runBundled(worker: string, setup: string): { type: string; [k: string]: unknown } {
  const script = `
    const { Worker } = require('node:worker_threads');
    const entry = ${JSON.stringify(pathToFileURL(join(outdir, `${worker}.mjs`)).href)};
    ${setup}
    const w = new Worker(${JSON.stringify(join(outdir, 'bootstrap.mjs'))}, { workerData: { entry, input } });
    w.on('message', (m) => { if (m.type !== 'progress') { console.log(JSON.stringify(m)); process.exit(0); } });
    w.on('error', (e) => { console.log(JSON.stringify({ type: 'crash', message: e.message })); process.exit(1); });`;
  const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
  return JSON.parse(out.trim().split('\n').at(-1)!);
}

describe('bundled workers', () => {
  it('the import worker extracts and scans a file in a plain Node worker thread', () => {
    const msg = runBundled('import-worker', `
      const input = { bytes: new TextEncoder().encode('机密★1年\\n关于召开会议的通知'), fileName: 'a.txt', limits: {},
        engine: { library: { version: '0', terms: [], allow: [] } } };`);
    expect(msg.type).toBe('done');
    const result = msg.result as { doc: { format: string }; findings: Array<{ category: string; text: string }> };
    expect(result.doc.format).toBe('txt');
    expect(result.findings.map((f) => [f.category, f.text])).toContainEqual(['classification-mark', '机密★1年']);
  });

  it('the scan worker (rescans) scans every layer it is given with the library it is given', () => {
    const msg = runBundled('scan-worker', `
      const input = { chunkSize: 4, job: {
        layers: [{ layer: 'body', text: '关于星火计划的通知' }, { layer: 'comments', text: '内部资料' }],
        library: { version: '7', terms: [{ id: 1, text: '星火计划', category: 'term', severity: 'block', rationale: '' }], allow: [] } } };`);
    expect(msg.type).toBe('done');
    const result = msg.result as { libraryVersion: string; findings: Array<{ layer: string; text: string }> };
    expect(result.libraryVersion).toBe('7');
    const findings = result.findings;
    expect(findings.map((f) => [f.layer, f.text])).toEqual(expect.arrayContaining([['body', '星火计划'], ['comments', '内部资料']]));
  });
});
