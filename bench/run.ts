// `npm run bench` (node --expose-gc --import tsx bench/run.ts [--mb N] [--runs N])
//
// Builds the data (bench/generate.ts), then in one process measures: our matcher,
// @monyone/aho-corasick's /fast build, modern-ahocorasick, a bare charCodeAt loop
// (the floor), the build of the 45,000-term matcher and its memory, and what the
// detectors add to a lexicon-only scan. Prints a markdown table.

import { AhoCorasick as MonyoneFast } from '@monyone/aho-corasick/fast';
import ModernAhoCorasick from 'modern-ahocorasick';
import { spawnSync } from 'node:child_process';
import { cpus, loadavg } from 'node:os';
import { runDetectors } from '../core/detectors/index';
import { compileTerms } from '../core/terms/matcher';
import type { Matcher } from '../core/terms/matcher';
import { DEFAULT_MATCHER_OPTIONS } from '../core/scan/engine';
import { generate } from './generate';
import { numberArg } from './args';
import { bestOf } from './timing';

const MB = numberArg('mb', 20);
const RUNS = numberArg('runs', 5);

const gc = (globalThis as { gc?: () => void }).gc;
const collect = () => { gc?.(); gc?.(); };
const memory = () => { const m = process.memoryUsage(); return m.heapUsed + m.arrayBuffers; };
const now = () => performance.now();

function bareLoop(text: string): number {
  let x = 0;
  for (let i = 0; i < text.length; i++) x = (x + text.charCodeAt(i)) | 0;
  return x;
}

console.error(`generating ${MB} MB of text and a 45,000-term lexicon…`);
const data = generate({ utf8Bytes: MB * 1024 * 1024 });
const mb = data.utf8Bytes / 1024 / 1024;
const text = data.text;
const termInputs = data.terms.map((t, id) => ({ id, text: t }));
console.error(`${data.terms.length} terms, ${text.length} UTF-16 units, ${mb.toFixed(1)} MB UTF-8`);

// Build time and memory of our matcher (fresh process state: the fold table is built once per process, counted separately).
collect();
let t = now();
compileTerms([{ id: 0, text: '预热' }]);
const foldTableMs = now() - t;
collect();
const before = memory();
t = now();
let ours: Matcher = compileTerms(termInputs, DEFAULT_MATCHER_OPTIONS);
const buildMs = now() - t;
collect();
const oursBytes = memory() - before;
let builds = [buildMs];
for (let i = 0; i < 2; i++) { t = now(); ours = compileTerms(termInputs, DEFAULT_MATCHER_OPTIONS); builds.push(now() - t); }
builds = builds.sort((a, b) => a - b);

// Peak memory of the build, in a process of its own (bench/build-memory.ts).
const peakRun = spawnSync(process.execPath, ['--expose-gc', '--import', 'tsx', new URL('./build-memory.ts', import.meta.url).pathname], { encoding: 'utf8' });
if (peakRun.status !== 0) throw new Error(`bench/build-memory.ts failed: ${peakRun.stderr}`);
const buildPeakMb = (JSON.parse(peakRun.stdout) as { peakMb: number }).peakMb;

interface Row { name: string; ms: number; wallMs: number; hits: number; buildMs?: number }
const rows: Row[] = [];

console.error('building the peers…');
t = now();
const mony = new MonyoneFast(data.terms);
const monyBuild = now() - t;
// modern-ahocorasick slows down more than linearly with the text on this lexicon
// (100,000 characters took over 30 s), so it is timed on a sample; its MB/s is
// that of the sample, which flatters it.
const MODERN_SAMPLE = numberArg('modern-sample', 20_000);
const sample = text.slice(0, MODERN_SAMPLE);
const sampleMb = Buffer.byteLength(sample, 'utf8') / 1024 / 1024;
t = now();
const modern = new ModernAhoCorasick(data.terms);
const modernBuild = now() - t;

console.error(`timing: ${RUNS} rounds…`);
const timed = await bestOf(RUNS, {
  bare: () => bareLoop(text),
  ours: () => ours.scan(text).count,
  detectors: () => runDetectors(text).length,
  mony: () => mony.matchInText(text).length,
  modern: () => modern.count(sample),
});
const { bare, ours: oursRun, detectors: detectorsRun, mony: monyRun, modern: modernRun } = timed;
rows.push({ name: 'bare `charCodeAt` loop (floor)', ms: bare.ms, wallMs: bare.wallMs, hits: 0 });
rows.push({ name: 'Clearance matcher (normalising)', ms: oursRun.ms, wallMs: oursRun.wallMs, hits: oursRun.result as number, buildMs: builds[0] });
rows.push({ name: '@monyone/aho-corasick/fast', ms: monyRun.ms, wallMs: monyRun.wallMs, hits: monyRun.result as number, buildMs: monyBuild });
rows.push({
  name: `modern-ahocorasick (\`count\`, first ${MODERN_SAMPLE.toLocaleString('en')} chars only)`,
  ms: modernRun.ms * (mb / sampleMb), wallMs: modernRun.wallMs * (mb / sampleMb), hits: modernRun.result as number, buildMs: modernBuild,
});

// Report.
const rate = (ms: number) => mb / (ms / 1000);
const peers = rows.filter((r) => r.name.startsWith('@') || r.name.startsWith('modern'));
const fastestPeer = peers.reduce((a, b) => (rate(a.ms) > rate(b.ms) ? a : b));
const fmt = (n: number, d = 1) => n.toFixed(d);
const hitStarts = (() => {
  const h = ours.scan(text);
  const seen = new Uint8Array(text.length);
  let n = 0;
  for (let i = 0; i < h.count; i++) if (!seen[h.start(i)]) { seen[h.start(i)] = 1; n++; }
  return n;
})();

const lines: string[] = [];
lines.push(`Data: ${data.terms.length.toLocaleString('en')} terms (2–8 CJK characters, 3% Latin), ${fmt(mb)} MB of UTF-8 Chinese text (${text.length.toLocaleString('en')} UTF-16 units), one character in ${fmt(text.length / hitStarts)} starts a hit. Node ${process.version}, ${cpus().length} CPUs, load average ${loadavg()[0].toFixed(1)} at the end. MB/s from CPU time, best of ${RUNS} interleaved rounds; wall-clock MB/s in the last column.`);
lines.push('');
lines.push('| scanner | MB/s | vs fastest peer | vs bare loop | hits | build | wall MB/s |');
lines.push('| --- | ---: | ---: | ---: | ---: | ---: | ---: |');
for (const r of rows) {
  lines.push(`| ${r.name} | ${fmt(rate(r.ms))} | ${fmt(rate(r.ms) / rate(fastestPeer.ms), 2)}× | ${fmt((100 * rate(r.ms)) / rate(bare.ms))}% | ${r.hits ? r.hits.toLocaleString('en') : '—'} | ${r.buildMs !== undefined ? `${fmt(r.buildMs, 0)} ms` : '—'} | ${fmt(rate(r.wallMs))} |`);
}
lines.push('');
const detectorShare = (100 * detectorsRun.ms) / oursRun.ms;
lines.push('| measure | value | target |');
lines.push('| --- | ---: | --- |');
lines.push(`| build of the ${data.terms.length.toLocaleString('en')}-term matcher | ${fmt(builds[0], 0)} ms (median ${fmt(builds[1], 0)} ms) | < 500 ms |`);
lines.push(`| fold table, once per process | ${fmt(foldTableMs, 0)} ms | — |`);
lines.push(`| memory of the compiled matcher (heap + array buffers, after GC) | ${fmt(oursBytes / 1024 / 1024)} MB (tables ${fmt(ours.byteSize / 1024 / 1024)} MB) | < 100 MB |`);
lines.push(`| peak memory while building it (growth of the resident set's high-water mark, own process) | ${fmt(buildPeakMb)} MB | < 100 MB |`);
lines.push(`| throughput vs fastest peer (${fastestPeer.name}) | ${fmt(rate(oursRun.ms) / rate(fastestPeer.ms))}× | ≥ 10× |`);
lines.push(`| throughput vs bare loop | ${fmt((100 * rate(oursRun.ms)) / rate(bare.ms))}% | ≥ 40% |`);
lines.push(`| detectors added to the lexicon scan | ${fmt(detectorShare)}% (${fmt(detectorsRun.ms, 0)} ms vs ${fmt(oursRun.ms, 0)} ms, ${(detectorsRun.result as number).toLocaleString('en')} detector findings) | < 20% |`);
if (gc === undefined) lines.push('', '(run with --expose-gc for the memory figure)');
console.log(lines.join('\n'));
