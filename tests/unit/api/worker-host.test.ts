import { describe, expect, it } from 'vitest';
import { ClearanceError } from '../../../core/errors';
import { runWorker } from '../../../api/workers/worker-host';

const worker = (name: string) => new URL(`../../support/workers/${name}.ts`, import.meta.url);

describe('worker host', () => {
  it('returns what the worker returns', async () => {
    const run = runWorker(worker('echo-worker'), { a: 1 }, () => {}, { timeoutMs: 20_000 });
    await expect(run.result).resolves.toEqual({ echoed: { a: 1 } });
  });

  it('stops a worker stuck in a synchronous loop when its time is up', async () => {
    const stages: string[] = [];
    const started = Date.now();
    const run = runWorker(worker('stuck-worker'), {}, (stage) => stages.push(stage), {
      timeoutMs: 1500, onTimeout: () => new ClearanceError('extraction-timeout', '超时', 'Timed out'),
    });
    await expect(run.result).rejects.toMatchObject({ code: 'extraction-timeout' });
    expect(stages).toEqual(['extracting']);
    expect(Date.now() - started).toBeLessThan(10_000);
  });

  it('cancels on request', async () => {
    const run = runWorker(worker('stuck-worker'), {}, () => {});
    setTimeout(() => run.cancel(), 300);
    await expect(run.result).rejects.toMatchObject({ code: 'cancelled' });
  });
});
