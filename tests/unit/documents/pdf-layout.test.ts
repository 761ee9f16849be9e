// How runs drawn on a PDF page become lines of text (layoutRuns): spaces come from gaps,
// measured against the font size, and a gap between two CJK characters must be a whole
// character wide before it reads as a space (CJK is set without spaces).
import { describe, expect, it } from 'vitest';
import { layoutRuns, type TextRun } from '../../../core/documents/pdf-text';

/** A horizontal run of `text` at (x, y), `advance` wide, in a 10-point font. */
const run = (text: string, x: number, y: number, advance = 10 * text.length): TextRun =>
  ({ text, invisible: false, x, y, endX: x + advance, endY: y, size: 10, vertical: false });

describe('layoutRuns', () => {
  it('joins CJK glyphs set one by one, with gaps under a character, into one word', () => {
    const glyphs = [...'机密文件'].map((c, i) => run(c, 100 + i * 15, 700)); // 5-point gaps
    expect(layoutRuns(glyphs)).toBe('机密文件');
  });

  it('reads a gap of a whole character between CJK glyphs as a space, and a third of one between Latin words', () => {
    expect(layoutRuns([run('机密', 100, 700), run('文件', 131, 700)])).toBe('机密 文件'); // 11-point gap
    expect(layoutRuns([run('ab', 100, 700), run('cd', 124, 700)])).toBe('ab cd'); // 4-point gap
    expect(layoutRuns([run('机密', 100, 700), run('cd', 124, 700)])).toBe('机密 cd'); // CJK then Latin: a third
  });

  it('adds no space after a run that ends with one, nor before a run that starts with one', () => {
    expect(layoutRuns([run('ab ', 100, 700), run('cd', 140, 700)])).toBe('ab cd');
    expect(layoutRuns([run('ab', 100, 700), run(' cd', 140, 700)])).toBe('ab cd');
  });

  it('starts a new line when the baseline moves, and the spacing rule then looks at the new line', () => {
    expect(layoutRuns([run('机密', 100, 700), run('文件', 100, 680), run('内容', 131, 680)])).toBe('机密\n文件 内容');
    // After a line break, a run ending in a space on the previous line no longer suppresses one.
    expect(layoutRuns([run('ab ', 100, 700), run('cd', 100, 680), run('ef', 124, 680)])).toBe('ab\ncd ef');
  });
});
