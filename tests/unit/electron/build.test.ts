// Builds the real Electron bundles into a temp folder and inspects them: the sandboxed
// preload may require nothing but `electron`, and it must expose exactly one function.
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import vm from 'node:vm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const root = path.resolve(__dirname, '../../..');
let outdir: string;
let preload: string;
let main: string;

beforeAll(() => {
  outdir = mkdtempSync(path.join(tmpdir(), 'clearance-electron-build-'));
  execFileSync(process.execPath, [path.join(root, 'scripts', 'build-electron.mjs'), '--outdir', outdir], { cwd: root, stdio: 'pipe' });
  preload = readFileSync(path.join(outdir, 'preload.cjs'), 'utf8');
  main = readFileSync(path.join(outdir, 'main.cjs'), 'utf8');
}, 60_000);

afterAll(() => rmSync(outdir, { recursive: true, force: true }));

function requires(code: string): string[] {
  return [...code.matchAll(/\brequire\s*\(\s*([^)]*)\)/g)].map((m) => m[1].trim());
}

describe('preload bundle', () => {
  it('requires only electron', () => {
    const found = requires(preload);
    expect(found.length).toBeGreaterThan(0);
    expect(new Set(found)).toEqual(new Set(['"electron"']));
    expect(preload).not.toMatch(/\bimport\s*\(/);
  });

  it('exposes exactly window.clearance.invoke on the one channel', async () => {
    const exposed: Record<string, unknown> = {};
    const sent: unknown[][] = [];
    const electron = {
      contextBridge: { exposeInMainWorld: (key: string, api: unknown) => (exposed[key] = api) },
      ipcRenderer: {
        invoke: (...args: unknown[]) => {
          sent.push(args);
          return Promise.resolve({ ok: true, value: 1 });
        },
      },
    };
    const sandboxRequire = (id: string) => {
      if (id !== 'electron') throw new Error(`preload required ${id}`);
      return electron;
    };
    vm.runInNewContext(preload, { require: sandboxRequire, module: { exports: {} }, exports: {} });
    expect(Object.keys(exposed)).toEqual(['clearance']);
    const bridge = exposed.clearance as Record<string, unknown>;
    expect(Object.keys(bridge)).toEqual(['invoke']);
    await expect((bridge.invoke as (m: string, p: unknown) => Promise<unknown>)('audit.verify', { a: 1 })).resolves.toEqual({ ok: true, value: 1 });
    expect(sent).toEqual([['clearance:invoke', 'audit.verify', { a: 1 }]]);
  });
});

describe('main bundle', () => {
  it('leaves only electron, native and node: modules external', () => {
    for (const r of requires(main)) {
      expect(r).toMatch(/^"(electron|better-sqlite3|pdfjs-dist(\/[^"]*)?|node:[a-z_/]+|[a-z_]+)"$/);
    }
    // Bare builtins (e.g. "fs" from a dependency) are fine; nothing from our tree is left unbundled.
    expect(main).not.toMatch(/require\("\.\.?\//);
  });

  it('gives our modules their own import.meta.url, resolving back to the source layout', () => {
    expect(main).not.toMatch(/import\.meta/);
    const urls = [...main.matchAll(/__moduleUrl\("([^"]+)"\)/g)].map((m) => m[1]);
    for (const rel of urls) {
      const target = path.resolve(outdir, rel);
      expect(target.startsWith(root + path.sep)).toBe(true);
    }
  });
});
