// Command-line handling for the shell, kept pure so it is tested without Electron.

/**
 * `--data DIR` or `--data=DIR`: the folder holding the database (tests, portable use).
 * Returns null when absent; throws on `--data` without a value rather than silently
 * falling back to the default folder and opening the wrong database.
 */
export function parseDataDir(argv: readonly string[]): string | null {
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--data') {
      const v = argv[i + 1];
      if (v === undefined || v === '' || v.startsWith('--')) throw new Error('--data needs a folder');
      return v;
    }
    if (a.startsWith('--data=')) {
      const v = a.slice('--data='.length);
      if (v === '') throw new Error('--data needs a folder');
      return v;
    }
  }
  return null;
}

/**
 * Switches that open the process to other local programs: Chromium's remote debugging
 * (drives the page and reads everything in it) and Node's inspector (the fuses already
 * disable it in packaged builds; refused here too for unpackaged runs).
 */
const FORBIDDEN = ['--remote-debugging-port', '--remote-debugging-pipe', '--remote-debugging-address', '--inspect', '--inspect-brk', '--inspect-port', '--js-flags'];

export function forbiddenSwitches(argv: readonly string[]): string[] {
  return argv.filter((a) => FORBIDDEN.some((f) => a === f || a.startsWith(`${f}=`)));
}
