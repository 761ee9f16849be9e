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
    const run = runWorker(worker('stuck-worker'), {}, (p) => stages.push(p.stage), {
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

  describe('with a cancel grace period', () => {
    it('lets a worker that honours the flag stop itself before the grace ends', async () => {
      const stages: string[] = [];
      let cancelledAt = 0;
      const run = runWorker(worker('polite-worker'), {}, (p) => {
        stages.push(p.stage);
        if (p.stage === 'waiting') { cancelledAt = Date.now(); run.cancel(); }
      }, { cancelGraceMs: 30_000 });
      await expect(run.result).rejects.toMatchObject({ code: 'cancelled' });
      expect(stages).toEqual(['waiting', 'stopping']);
      expect(Date.now() - cancelledAt).toBeLessThan(10_000);
    }, 20_000);

    it('terminates a worker that ignores the flag once the grace has passed', async () => {
      let cancelledAt = 0;
      const run = runWorker(worker('stuck-worker'), {}, () => { cancelledAt = Date.now(); run.cancel(); }, { cancelGraceMs: 500 });
      await expect(run.result).rejects.toMatchObject({ code: 'cancelled' });
      expect(Date.now() - cancelledAt).toBeGreaterThanOrEqual(450);
    }, 20_000);
  });
});
