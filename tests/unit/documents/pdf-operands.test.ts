// The containers pdf.js puts operator arguments in: plain arrays, typed arrays, and
// (Tm in pdf.js 5) an array wrapping one typed array. Junk reads as nothing.
import { describe, expect, it } from 'vitest';
import { asMatrix, num, operands } from '../../../core/documents/pdf-operands';
import { textRuns, type PdfOps } from '../../../core/documents/pdf-text';

describe('pdf operands', () => {
  it('reads a matrix from a plain array, a typed array, and an array wrapping one typed array', () => {
    const m = [2, 0, 0, 2, 72, 700];
    expect(asMatrix(m)).toEqual(m);
    expect(asMatrix(new Float32Array(m))).toEqual(m);
    expect(asMatrix([new Float32Array(m)])).toEqual(m);
    expect(asMatrix([new Float64Array(m)])).toEqual(m);
    expect(Array.isArray(asMatrix(new Float32Array(m)))).toBe(true); // a copy of plain numbers, not pdf.js's buffer
  });

  it('refuses matrices of the wrong length, with non-finite or non-number entries, and non-numeric containers', () => {
    expect(asMatrix([1, 0, 0, 1, 0])).toBeNull();
    expect(asMatrix(new Float32Array([1, 0, 0, 1, 0, NaN]))).toBeNull();
    expect(asMatrix([1, 0, 0, 1, 0, Infinity])).toBeNull();
    expect(asMatrix([1, 0, 0, 1, 0, '5'])).toBeNull();
    expect(asMatrix(new DataView(new ArrayBuffer(24)))).toBeNull();
    expect(asMatrix([new BigInt64Array(6)])).toBeNull();
    expect(asMatrix([new Float32Array(6), new Float32Array(6)])).toBeNull();
    expect(asMatrix(null)).toBeNull();
    expect(asMatrix('1 0 0 1 0 0')).toBeNull();
  });

  it('leaves other argument lists as they are, so strings, glyph arrays and nested entries stay readable', () => {
    const font = ['g_d0_f1', 12];
    expect(operands(font)).toBe(font);
    const text = [[{ unicode: 'A' }]];
    expect(operands(text)).toBe(text);
    expect(num(operands(new Float32Array([1.5, 2]))[1])).toBe(2);
    expect(operands(null)).toEqual([]);
    expect(operands(undefined)).toEqual([]);
    expect(num(operands([3])[0])).toBe(3);
    expect(num(operands([])[0], 7)).toBe(7);
  });

  it('lets textRuns read any operator with arguments in any container without throwing', () => {
    const names = ['save', 'restore', 'transform', 'beginText', 'setCharSpacing', 'setWordSpacing', 'setHScale', 'setLeading', 'setFont',
      'setTextRenderingMode', 'setTextRise', 'moveText', 'setLeadingMoveText', 'setTextMatrix', 'nextLine', 'showText', 'showSpacedText',
      'nextLineShowText', 'nextLineSetSpacingShowText', 'setFillRGBColor', 'setFillTransparent', 'setGState', 'paintFormXObjectBegin',
      'paintFormXObjectEnd', 'beginMarkedContent', 'beginMarkedContentProps', 'endMarkedContent'];
    const OPS = Object.fromEntries(names.map((n, i) => [n, i + 1])) as unknown as PdfOps;
    const shapes: unknown[] = [null, undefined, [], [NaN], new Float32Array(6), [new Float32Array([1, 0, 0, 1, 9e37, -9e37])], new DataView(new ArrayBuffer(8)),
      [new BigInt64Array(6)], ['#ffffff'], [[{ unicode: 'x', width: 500 }, -300, null]], [[['ca', new Float32Array(1)]]], 'Tm', [{}, {}], [Infinity, -Infinity]];
    let seed = 7;
    const next = (n: number) => { seed = (seed * 1103515245 + 12345) % 2 ** 31; return seed % n; };
    for (let round = 0; round < 200; round++) {
      const fnArray: number[] = [];
      const argsArray: unknown[] = [];
      for (let i = 0; i < 60; i++) { fnArray.push(next(names.length + 2)); argsArray.push(shapes[next(shapes.length)]); }
      expect(() => textRuns({ fnArray, argsArray }, OPS, [0, 0, 595, 842], () => false)).not.toThrow();
    }
  });
});
