import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { isPdfJsLeftover } from '../../../core/documents/pdf-rejections';

describe('pdf.js leftover rejections', () => {
  it('recognises pdf.js exceptions only', () => {
    const leftover = Object.assign(new Error('End of file inside array.'), { name: 'ParserEOFException', stack: 'Error\n    at BaseExceptionClosure (node_modules/pdfjs-dist/legacy/build/pdf.worker.mjs:5975:29)' });
    expect(isPdfJsLeftover(leftover)).toBe(true);
    expect(isPdfJsLeftover(new Error('End of file inside array.'))).toBe(false);
    expect(isPdfJsLeftover(Object.assign(new Error('x'), { name: 'ParserEOFException' }))).toBe(false);
    expect(isPdfJsLeftover('ParserEOFException')).toBe(false);
    expect(isPdfJsLeftover(null)).toBe(false);
  });

  it('keeps a process alive through a leftover and still crashes on anything else', () => {
    const script = (reason: string) => `
      import('./core/documents/pdf-rejections.ts').then(({ ignorePdfJsLeftovers }) => {
        ignorePdfJsLeftovers();
        Promise.reject(${reason});
        setTimeout(() => console.log('alive'), 50);
      });`;
    const leftover = "Object.assign(new Error('eof'), { name: 'XRefEntryException', stack: 'at x (pdf.worker.mjs:1:1)' })";
    expect(execFileSync(process.execPath, ['--import', 'tsx', '-e', script(leftover)], { encoding: 'utf8' }).trim()).toBe('alive');
    expect(() => execFileSync(process.execPath, ['--import', 'tsx', '-e', script("new Error('real bug')")], { encoding: 'utf8', stdio: 'pipe' })).toThrow(/real bug/);
  });
});
