// The packaged desk runs its import worker from the esbuild bundle, without tsx.
// Build the bundles and run that worker in a plain Node process on a real file.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';

mkdirSync(join(process.cwd(), 'dist'), { recursive: true });
const outdir = mkdtempSync(join(process.cwd(), 'dist', 'bundle-test-'));
afterAll(() => rmSync(outdir, { recursive: true, force: true }));

describe('bundled import worker', () => {
  it('extracts and scans a file in a plain Node worker thread', () => {
    execFileSync(process.execPath, ['scripts/build-electron.mjs', '--outdir', outdir], { stdio: 'pipe' });
    const script = `
      const { Worker } = require('node:worker_threads');
      const entry = ${JSON.stringify(pathToFileURL(join(outdir, 'import-worker.mjs')).href)};
      const input = { bytes: new TextEncoder().encode('机密★1年\\n关于召开会议的通知'), fileName: 'a.txt', limits: {},
        engine: { library: { version: '0', terms: [], allow: [] } } };
      const w = new Worker(${JSON.stringify(join(outdir, 'bootstrap.mjs'))}, { workerData: { entry, input } });
      w.on('message', (m) => { if (m.type !== 'progress') { console.log(JSON.stringify(m)); process.exit(0); } });
      w.on('error', (e) => { console.log(JSON.stringify({ type: 'crash', message: e.message })); process.exit(1); });`;
    const out = execFileSync(process.execPath, ['-e', script], { encoding: 'utf8', timeout: 60_000 });
    const msg = JSON.parse(out.trim().split('\n').at(-1)!);
    expect(msg.type).toBe('done');
    expect(msg.result.doc.format).toBe('txt');
    expect(msg.result.findings.map((f: { category: string; text: string }) => [f.category, f.text])).toContainEqual(['classification-mark', '机密★1年']);
  });
});
