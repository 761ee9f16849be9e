// The import worker's scan stage reports progress slice by slice (between 0.6 and 0.9
// of the bar), so a large file's scan is not one long silent step.
import { describe, expect, it } from 'vitest';
import { deskWithLiaison } from '../support/desk';

describe('import progress while scanning', () => {
  it('reports several scan-stage fractions for a large file, rising, then finishes', async () => {
    const t = await deskWithLiaison();
    const line = '关于做好年度工作安排的通知，请各单位认真落实。\n';
    const text = line.repeat(Math.ceil(2_600_000 / line.length));
    const started = await t.call('liaison-win', 'drafts.importFile', {
      draftId: null, fileName: '大文件.txt', contentBase64: Buffer.from(text).toString('base64'),
    });
    const seen = [started];
    while (seen.at(-1)!.state !== 'done' && seen.at(-1)!.state !== 'failed') {
      await new Promise((r) => setImmediate(r));
      seen.push(await t.call('liaison-win', 'imports.status', { jobId: started.jobId }));
    }
    expect(seen.at(-1)!.state).toBe('done');
    const scanning = [...new Set(seen.filter((s) => s.state === 'scanning').map((s) => s.progress))];
    const inside = scanning.filter((p) => p > 0.6 && p < 0.9);
    expect(inside.length).toBeGreaterThanOrEqual(3);
    expect([...scanning].sort((a, b) => a - b)).toEqual(scanning);
  }, 120_000);
});
