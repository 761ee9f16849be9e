import { threadId } from 'node:worker_threads';
import { describe, expect, it } from 'vitest';
import { runScanInWorker } from '../../../api/scan-runner';
import type { ScanProgress } from '../../../api/scan-runner';
import { createEngine, scanText } from '../../../core/scan';
import { STARTER_LIBRARY } from '../../../core/terms/starter-library';

const text = '关于军事设施的通知：机密★1年，内部资料，联系电话13812345678。揭开宇宙的秘密。\n'.repeat(2000);

describe('scan in a worker thread', () => {
  it('runs off the calling thread, reports progress to the end, and finds what the main thread finds', async () => {
    const progress: ScanProgress[] = [];
    const out = await runScanInWorker(
      { layers: [{ layer: 'body', text }, { layer: 'comments', text: '涉密' }], library: STARTER_LIBRARY },
      { chunkSize: 10_000, onProgress: (p) => progress.push(p) },
    );
    expect(out.threadId).not.toBe(threadId);
    expect(out.libraryVersion).toBe(STARTER_LIBRARY.version);
    expect(progress.length).toBeGreaterThan(5);
    for (let i = 1; i < progress.length; i++) expect(progress[i].done).toBeGreaterThan(progress[i - 1].done);
    expect(progress.at(-1)).toMatchObject({ done: text.length + 2, total: text.length + 2, layer: 'comments' });

    const engine = createEngine({ library: STARTER_LIBRARY });
    const expected = [...scanText(text, 'body', engine), ...scanText('涉密', 'comments', engine)];
    expect(out.findings).toEqual(expected);
  }, 60_000);

  it('stops when the signal is aborted', async () => {
    const ac = new AbortController();
    const big = text.repeat(20);
    const run = runScanInWorker(
      { layers: [{ layer: 'body', text: big }], library: STARTER_LIBRARY },
      { signal: ac.signal, chunkSize: 1_000, onProgress: (p) => { if (p.done >= 5_000) ac.abort(); } },
    );
    await expect(run).rejects.toMatchObject({ code: 'scan-cancelled' });
  }, 60_000);

  it('refuses to start with an already aborted signal', async () => {
    const ac = new AbortController();
    ac.abort();
    await expect(runScanInWorker({ layers: [], library: STARTER_LIBRARY }, { signal: ac.signal })).rejects.toMatchObject({ code: 'scan-cancelled' });
  });
});
