// The folder rule of DESIGN.md as a lint rule: each folder is one runtime and may
// import only the folders beneath it (renderer → (contract types) ← api → db → core).
// Imports are resolved against the importing file, so `../api/client` inside
// renderer/ and `../../api/contract` are told apart by where they land.
import path from 'node:path';
import { builtinModules } from 'node:module';

const ROOT = path.resolve(import.meta.dirname, '..');
const LAYERS = ['core', 'db', 'api', 'electron', 'renderer', 'cli', 'tests', 'bench', 'build', 'scripts', 'eslint-rules'];

/** Which of our folders each folder may import; `*` means any. */
const MAY_IMPORT = {
  core: ['core'],
  db: ['db', 'core'],
  api: ['api', 'db', 'core'],
  electron: ['electron', 'api', 'core'],
  renderer: ['renderer'],
  cli: ['cli', 'api', 'db', 'core'],
};

/** What the renderer may see of the rest, and only as types. */
const RENDERER_TYPE_ONLY = [/^api\/contract(\/|$)/, /^core\/model$/, /^core\/errors$/];
/** Packages tied to one runtime. */
const ELECTRON_ONLY = new Set(['electron']);
const NODE_SIDE = new Set(['better-sqlite3', 'electron']);

function layerOf(absFile) {
  const rel = path.relative(ROOT, absFile).split(path.sep).join('/');
  if (rel.startsWith('..')) return { layer: null, rel };
  const top = rel.split('/')[0];
  return { layer: LAYERS.includes(top) ? top : null, rel };
}

function packageName(spec) {
  if (spec.startsWith('node:')) return spec;
  const parts = spec.split('/');
  return spec.startsWith('@') ? parts.slice(0, 2).join('/') : parts[0];
}

function isTypeOnly(node) {
  if (node.importKind === 'type' || node.exportKind === 'type') return true;
  return node.type === 'ImportDeclaration' && node.specifiers.length > 0 && node.specifiers.every((s) => s.importKind === 'type');
}

export const boundaries = {
  meta: {
    type: 'problem',
    docs: { description: 'Enforce the folder layering of DESIGN.md' },
    schema: [],
    messages: {
      layer: '{{from}}/ may not import {{to}}/ ({{spec}}). Allowed: {{allowed}}.',
      typeOnly: 'renderer/ may import {{spec}} with `import type` only.',
      pkg: '{{from}}/ may not import the package {{spec}}.',
    },
  },
  create(context) {
    const file = context.filename ?? context.getFilename();
    const { layer: from } = layerOf(path.resolve(file));
    // tests/, bench/, build/ and scripts/ may import anything.
    if (!from || !(from in MAY_IMPORT)) return {};

    function check(node, spec) {
      if (typeof spec !== 'string') return;
      if (spec.startsWith('.')) {
        const target = layerOf(path.resolve(path.dirname(path.resolve(file)), spec));
        if (!target.layer || target.layer === from) return;
        if (from === 'renderer') {
          const bare = target.rel.replace(/\.(ts|tsx|js|mjs)$/, '').replace(/\/index$/, '');
          if (RENDERER_TYPE_ONLY.some((re) => re.test(bare))) {
            if (!isTypeOnly(node)) context.report({ node, messageId: 'typeOnly', data: { spec } });
            return;
          }
        }
        if (!MAY_IMPORT[from].includes(target.layer)) {
          context.report({ node, messageId: 'layer', data: { from, to: target.layer, spec, allowed: MAY_IMPORT[from].join(', ') } });
        }
        return;
      }
      const pkg = packageName(spec);
      const isBuiltin = pkg.startsWith('node:') || builtinModules.includes(pkg);
      if (ELECTRON_ONLY.has(pkg) && from !== 'electron') context.report({ node, messageId: 'pkg', data: { from, spec } });
      else if (from === 'renderer' && (isBuiltin || NODE_SIDE.has(pkg))) context.report({ node, messageId: 'pkg', data: { from, spec } });
    }

    return {
      ImportDeclaration: (node) => check(node, node.source.value),
      ExportNamedDeclaration: (node) => node.source && check(node, node.source.value),
      ExportAllDeclaration: (node) => check(node, node.source.value),
      ImportExpression: (node) => node.source.type === 'Literal' && check(node, node.source.value),
      CallExpression: (node) => {
        if (node.callee.type === 'Identifier' && node.callee.name === 'require' && node.arguments[0]?.type === 'Literal') {
          check(node, node.arguments[0].value);
        }
      },
    };
  },
};

export default { rules: { boundaries } };
