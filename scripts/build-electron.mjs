// Bundles the Electron shell: electron/main.ts → main.cjs, electron/preload.ts → preload.cjs.
//   node scripts/build-electron.mjs [--outdir DIR]
//
// CJS because package.json's "main" is dist/electron/main.cjs and a sandboxed preload
// can only `require('electron')`, nothing from disk. `electron` is provided by the
// runtime; better-sqlite3 is native (rebuilt for Electron at packaging); pdfjs-dist
// loads its worker by dynamic import(), which must stay a real import.
import { build } from 'esbuild';
import { copyFile, readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');

function parseArgs(argv) {
  const i = argv.indexOf('--outdir');
  if (i >= 0 && !argv[i + 1]) throw new Error('--outdir needs a folder');
  return { outdir: path.resolve(i >= 0 ? argv[i + 1] : path.join(root, 'dist', 'electron')) };
}

/**
 * Our sources locate files beside themselves with `new URL('./x/', import.meta.url)`
 * (db/migrations.ts finds its .sql files that way). In a CJS bundle import.meta is
 * empty, so each module's import.meta.url is rewritten to where that source file sits
 * relative to the bundle: dist/electron/../../db/migrations.ts → <app>/db/migrations.ts,
 * which is inside app.asar when packaged (the builder config ships db/migrations).
 */
function importMetaUrlPlugin(outdir) {
  return {
    name: 'import-meta-url-per-module',
    setup(b) {
      b.onLoad({ filter: /\.[cm]?[jt]sx?$/ }, async (args) => {
        if (args.path.includes(`${path.sep}node_modules${path.sep}`)) return undefined;
        const text = await readFile(args.path, 'utf8');
        if (!text.includes('import.meta.url')) return undefined;
        const rel = path.relative(outdir, args.path).split(path.sep).join('/');
        const ext = path.extname(args.path).slice(1);
        const loader = ext === 'mts' || ext === 'cts' ? 'ts' : ext === 'mjs' || ext === 'cjs' ? 'js' : ext;
        return { contents: text.replaceAll('import.meta.url', `__moduleUrl(${JSON.stringify(rel)})`), loader };
      });
    },
  };
}

const MAIN_BANNER = [
  // For our modules (see the plugin) and, via `define`, for bundled dependencies.
  'const __moduleUrl = (rel) => require("node:url").pathToFileURL(require("node:path").join(__dirname, rel)).href;',
  'const __bundleUrl = require("node:url").pathToFileURL(__filename).href;',
  // api/workers/worker-host.ts starts bundled workers from the bundle's own folder.
  'const __workersUrl = require("node:url").pathToFileURL(__dirname + "/").href;',
].join('\n');

/** Worker threads (api/workers/*-worker.ts) are bundled as ES modules beside main.cjs. */
const WORKERS = ['import-worker', 'scan-worker'];
const WORKER_BANNER = "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);";

export async function buildElectron({ outdir }) {
  const common = {
    absWorkingDir: root,
    bundle: true,
    platform: 'node',
    target: 'node20',
    format: 'cjs',
    sourcemap: false,
    legalComments: 'none',
    logLevel: 'warning',
    loader: { '.sql': 'text' },
  };
  // The preload first: it has no dependency on the desk code.
  await build({
    ...common,
    entryPoints: { preload: path.join(root, 'electron', 'preload.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron'],
  });
  await build({
    ...common,
    entryPoints: { main: path.join(root, 'electron', 'main.ts') },
    outdir,
    outExtension: { '.js': '.cjs' },
    external: ['electron', 'better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'],
    banner: { js: MAIN_BANNER },
    define: { 'import.meta.url': '__bundleUrl', __CLEARANCE_WORKERS_URL__: '__workersUrl' },
    plugins: [importMetaUrlPlugin(outdir)],
  });
  await build({
    ...common,
    format: 'esm',
    entryPoints: Object.fromEntries(WORKERS.map((w) => [w, path.join(root, 'api', 'workers', `${w}.ts`)])),
    outdir,
    outExtension: { '.js': '.mjs' },
    external: ['better-sqlite3', 'pdfjs-dist', 'pdfjs-dist/*'],
    banner: { js: WORKER_BANNER },
  });
  await copyFile(path.join(root, 'api', 'workers', 'bootstrap.mjs'), path.join(outdir, 'bootstrap.mjs'));
  return { main: path.join(outdir, 'main.cjs'), preload: path.join(outdir, 'preload.cjs') };
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  buildElectron(parseArgs(process.argv.slice(2))).then(
    (out) => console.log(`electron bundles: ${path.relative(process.cwd(), out.main)}, ${path.relative(process.cwd(), out.preload)}`),
    (e) => {
      console.error(e instanceof Error ? e.message : e);
      process.exit(1);
    },
  );
}
