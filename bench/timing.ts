// Timing shared by the benchmarks (bench/run.ts, bench/extract.ts).

export interface Timing { ms: number; wallMs: number; result: unknown }

/**
 * Best of n rounds for each named task, timed in CPU time of this process
 * (process.cpuUsage): the benchmark machines are shared, and wall-clock time there
 * mostly measures how long the scheduler kept us waiting. The tasks take turns
 * within each round, so a busy spell on the machine slows all of them alike
 * instead of skewing the ratios between them. Every task runs in every round, the
 * peers too: a best of fewer rounds would flatter the ratios against them.
 * Wall-clock best is kept for the record. A task may return a promise (the
 * extractors are async); its CPU time then includes what the process spent on
 * other threads for it, such as zlib inflating a zip's parts on the thread pool.
 */
export async function bestOf<K extends string>(n: number, tasks: Record<K, () => unknown>): Promise<Record<K, Timing>> {
  const out = {} as Record<K, Timing>;
  const names = Object.keys(tasks) as K[];
  for (const k of names) out[k] = { ms: Infinity, wallMs: Infinity, result: undefined };
  for (let round = 0; round < n; round++) {
    for (const k of names) {
      const c = process.cpuUsage();
      const t = performance.now();
      const result = await tasks[k]();
      const wallMs = performance.now() - t;
      const u = process.cpuUsage(c);
      const o = out[k];
      out[k] = { ms: Math.min(o.ms, (u.user + u.system) / 1000), wallMs: Math.min(o.wallMs, wallMs), result };
    }
  }
  return out;
}
