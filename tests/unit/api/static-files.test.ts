import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { contentType, resolveStaticPath } from '../../../api/transport/static-files';

const root = resolve('/srv/ui');

describe('static file resolution', () => {
  it('serves files inside the root and routes extension-less paths to index.html', () => {
    expect(resolveStaticPath(root, '/assets/app.js')).toBe(resolve(root, 'assets/app.js'));
    expect(resolveStaticPath(root, '/')).toBe(resolve(root, 'index.html'));
    expect(resolveStaticPath(root, '/audit')).toBe(resolve(root, 'index.html'));
  });

  it('refuses every way out of the root', () => {
    for (const p of ['/../etc/passwd', '/assets/../../etc/passwd', '/%2e%2e/etc/passwd', '/%2E%2E%2Fetc%2Fpasswd',
      '/..%5c..%5cwindows%5cwin.ini', '/assets\\..\\..\\x.js', '/a%00.js', '/C:/Windows/win.ini', '/%E0%A4%A', '/./index.html']) {
      expect(resolveStaticPath(root, p), p).toBeNull();
    }
  });

  it('names content types and falls back to octet-stream', () => {
    expect(contentType('a.js')).toMatch(/javascript/);
    expect(contentType('a.exe')).toBe('application/octet-stream');
  });
});
