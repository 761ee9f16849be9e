// The built UI must load under the desk's CSP: script-src 'self' (no inline script, no
// eval), nothing remote. `npm test` builds the renderer before running the tests.
import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, test } from 'vitest';

const OUT = resolve(import.meta.dirname, '../../../dist/renderer');

describe('built renderer (dist/renderer) is CSP-clean', () => {
  test('has been built (npm test builds it first)', () => {
    expect(existsSync(join(OUT, 'index.html')), 'run `npm run build:renderer` before the tests').toBe(true);
  });

  test('index.html loads only same-origin files and has no inline script or style handlers', () => {
    const html = readFileSync(join(OUT, 'index.html'), 'utf8');
    for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      expect(m[1]).toMatch(/\bsrc="\.\/assets\//);
      expect(m[2].trim()).toBe('');
    }
    expect(html).not.toMatch(/\son[a-z]+=/i);
    expect(html).not.toMatch(/(src|href)="(https?:)?\/\//i);
  });

  test('no eval or Function constructor, no remote URL loaded by the bundle', () => {
    const assets = join(OUT, 'assets');
    for (const f of readdirSync(assets).filter((n) => n.endsWith('.js'))) {
      const js = readFileSync(join(assets, f), 'utf8');
      expect(js, f).not.toMatch(/\bnew Function\(|[^.\w]eval\(/);
      expect(js, f).not.toMatch(/fonts\.googleapis|cdn\.jsdelivr|unpkg\.com|cdnjs/);
      expect(js, f).not.toMatch(/modulepreload-polyfill|__vitePreload.*relList/);
    }
  });
});
