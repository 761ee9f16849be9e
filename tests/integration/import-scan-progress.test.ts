// The import worker's scan stage reports progress slice by slice (between 0.6 and 0.9
// of the bar), so a large file's scan is not one long silent step. Every message the
// worker posts is collected here (polling imports.status would sample them, and how
// many samples fall inside the scan depends on the machine's load); the window's
// progress bar during a large import is covered by tests/e2e/import-and-layers.test.ts.
import { describe, expect, it } from 'vitest';
import { STARTER_LIBRARY } from '../../core/terms/starter-library';
import type { ImportWorkerResult } from '../../api/imports/import-types';
import { runWorker } from '../../api/workers/worker-host';

describe('import progress while scanning', () => {
  it('reports several scan-stage fractions for a large file, rising, then finishes', async () => {
    const line = '关于做好年度工作安排的通知，请各单位认真落实。\n';
    const text = line.repeat(Math.ceil(2_600_000 / line.length));
    const seen: Array<{ stage: string; fraction: number }> = [];
    const run = runWorker<unknown, ImportWorkerResult>('import-worker',
      { bytes: Buffer.from(text), fileName: '大文件.txt', limits: {}, engine: { library: STARTER_LIBRARY } },
      (p) => seen.push(p), { timeoutMs: 60_000 });
    const result = await run.result;
    expect(result.doc.layers.find((l) => l.layer === 'body')?.text.length).toBe(text.length);
    const scanning = seen.filter((s) => s.stage === 'scanning').map((s) => s.fraction);
    const inside = scanning.filter((p) => p > 0.6 && p < 0.9);
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect([...scanning].sort((a, b) => a - b)).toEqual(scanning);
  }, 120_000);
});
