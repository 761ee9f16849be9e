// Command-line options of the benchmarks (bench/run.ts, bench/extract.ts), written `--name value`.

/** The number after `--name`, or `fallback` when the option is not given. */
export function numberArg(name: string, fallback: number): number {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? Number(process.argv[i + 1]) : fallback;
}

/** The word after `--name`, or `fallback` when the option is not given (or has no word after it). */
export function wordArg(name: string, fallback: string): string {
  const i = process.argv.indexOf(`--${name}`);
  return i >= 0 ? process.argv[i + 1] ?? fallback : fallback;
}
