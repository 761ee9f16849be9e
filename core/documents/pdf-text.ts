// Reads a page's text from pdf.js's operator list instead of `getTextContent`.
// The text-content API cannot say whether a glyph is seen: it returns render mode 3
// (invisible) text and text in switched-off optional content as ordinary text, and
// silently drops glyphs placed outside the page. The operator list keeps every
// glyph together with the graphics state it is drawn in, so each text run can be
// classified before it is laid out into lines.
//
// A run is invisible when it is drawn with render mode 3 or 7 (no fill, no stroke),
// inside optional content the document's default configuration switches off,
// with fill alpha 0 or a white fill (while filling), at a size under half a point,
// or entirely outside the page box. What this cannot tell: text covered by an
// opaque shape or image drawn later, text clipped away by a clipping path, text
// coloured like a non-white background, and white text on a dark box (read as
// invisible: a false alarm a reviewer dismisses, never a miss).

import { isCjk } from './cjk';
import { asMatrix, num, operands, type Matrix } from './pdf-operands';

/** The subset of pdf.js's OPS table this reader follows. */
export interface PdfOps {
  save: number; restore: number; transform: number; beginText: number; setCharSpacing: number;
  setWordSpacing: number; setHScale: number; setLeading: number; setFont: number; setTextRenderingMode: number;
  setTextRise: number; moveText: number; setLeadingMoveText: number; setTextMatrix: number; nextLine: number;
  showText: number; showSpacedText: number; nextLineShowText: number; nextLineSetSpacingShowText: number;
  setFillRGBColor: number; setFillTransparent: number; setGState: number; paintFormXObjectBegin: number;
  paintFormXObjectEnd: number; beginMarkedContent: number; beginMarkedContentProps: number; endMarkedContent: number;
}

export interface OperatorList {
  fnArray: number[];
  argsArray: unknown[];
}

interface Glyph { unicode?: string; width?: number; isSpace?: boolean; vmetric?: unknown }

export interface TextRun {
  text: string;
  invisible: boolean;
  /** Start and end of the baseline in page space, and the rendered font size. */
  x: number; y: number; endX: number; endY: number; size: number;
  vertical: boolean;
}

const IDENTITY: Matrix = [1, 0, 0, 1, 0, 0];

function mul(m: Matrix, n: Matrix): Matrix {
  return [
    m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3],
    m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3],
    m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5],
  ];
}

function apply(m: Matrix, x: number, y: number): [number, number] {
  return [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]];
}

interface GState {
  ctm: Matrix; mode: number; fill: string; alpha: number;
  charSpacing: number; wordSpacing: number; hScale: number; leading: number; rise: number;
  fontSize: number;
}

/** Ligatures and presentation forms, as pdf.js's text layer normalises them. */
function normaliseGlyph(u: string): string {
  return /[\ufb00-\ufb4f\ufe70-\ufeff]/.test(u) ? u.normalize('NFKC') : u;
}

/**
 * `hiddenGroup(oc)` says whether an optional-content marker (the second argument of
 * `beginMarkedContentProps` with tag OC) is switched off.
 */
export function textRuns(
  ops: OperatorList,
  OPS: PdfOps,
  view: number[],
  hiddenGroup: (oc: unknown) => boolean,
): TextRun[] {
  const runs: TextRun[] = [];
  let gs: GState = { ctm: IDENTITY, mode: 0, fill: '#000000', alpha: 1, charSpacing: 0, wordSpacing: 0, hScale: 1, leading: 0, rise: 0, fontSize: 0 };
  const stack: GState[] = [];
  /** One entry per open marked-content section: true when it switches content off. */
  const marked: boolean[] = [];
  let tm: Matrix = IDENTITY;
  let tlm: Matrix = IDENTITY;
  const [vx0, vy0, vx1, vy1] = [Math.min(view[0], view[2]), Math.min(view[1], view[3]), Math.max(view[0], view[2]), Math.max(view[1], view[3])];

  const nextLine = (tx: number, ty: number) => {
    tlm = mul([1, 0, 0, 1, tx, ty], tlm);
    tm = tlm;
  };

  const show = (items: unknown[]) => {
    const start = mul(tm, gs.ctm);
    const [x, y] = apply(start, 0, gs.rise);
    const size = gs.fontSize * Math.hypot(start[2], start[3]);
    let text = '';
    let vertical = false;
    for (const item of items) {
      if (typeof item === 'number') {
        const tx = (-item / 1000) * gs.fontSize * gs.hScale;
        // A large negative kern is how many writers space words: keep it as a space.
        if (item < -250 && !text.endsWith(' ')) text += ' ';
        tm = mul([1, 0, 0, 1, tx, 0], tm);
        continue;
      }
      if (!item || typeof item !== 'object') continue;
      const g = item as Glyph;
      if (g.vmetric) vertical = true;
      text += g.isSpace ? ' ' : normaliseGlyph(g.unicode ?? '');
      const w = (num(g.width) / 1000) * gs.fontSize + gs.charSpacing + (g.isSpace ? gs.wordSpacing : 0);
      tm = vertical ? mul([1, 0, 0, 1, 0, -w], tm) : mul([1, 0, 0, 1, w * gs.hScale, 0], tm);
    }
    const [endX, endY] = apply(mul(tm, gs.ctm), 0, gs.rise);
    const minX = Math.min(x, endX), maxX = Math.max(x, endX), minY = Math.min(y, endY), maxY = Math.max(y, endY);
    const offPage = maxX < vx0 || minX > vx1 || maxY < vy0 || minY > vy1;
    const noPaint = gs.mode === 3 || gs.mode === 7;
    const fills = gs.mode === 0 || gs.mode === 2 || gs.mode === 4 || gs.mode === 6;
    const transparent = gs.alpha === 0 || (fills && gs.mode !== 2 && gs.mode !== 6 && gs.fill.toLowerCase() === '#ffffff');
    const invisible = noPaint || transparent || offPage || marked.includes(true) || (size > 0 && size < 0.5);
    if (text.trim()) runs.push({ text, invisible, x, y, endX, endY, size: size || 1, vertical });
  };

  const { fnArray, argsArray } = ops;
  for (let i = 0; i < fnArray.length; i++) {
    const fn = fnArray[i];
    // Every read below goes through operands(): pdf.js packs some operators' numbers in typed arrays.
    const args = operands(argsArray[i]);
    switch (fn) {
      case OPS.save: stack.push({ ...gs }); break;
      case OPS.restore: gs = stack.pop() ?? gs; break;
      case OPS.transform: { const m = asMatrix(args); if (m) gs.ctm = mul(m, gs.ctm); break; }
      case OPS.paintFormXObjectBegin: {
        stack.push({ ...gs });
        const m = asMatrix(args[0]);
        if (m) gs.ctm = mul(m, gs.ctm);
        break;
      }
      case OPS.paintFormXObjectEnd: gs = stack.pop() ?? gs; break;
      case OPS.beginText: tm = IDENTITY; tlm = IDENTITY; break;
      case OPS.setCharSpacing: gs.charSpacing = num(args[0]); break;
      case OPS.setWordSpacing: gs.wordSpacing = num(args[0]); break;
      case OPS.setHScale: gs.hScale = num(args[0], 100) / 100; break;
      case OPS.setLeading: gs.leading = num(args[0]); break;
      case OPS.setFont: gs.fontSize = num(args[1], 0); break;
      case OPS.setTextRenderingMode: gs.mode = num(args[0]); break;
      case OPS.setTextRise: gs.rise = num(args[0]); break;
      case OPS.moveText: nextLine(num(args[0]), num(args[1])); break;
      case OPS.setLeadingMoveText: gs.leading = -num(args[1]); nextLine(num(args[0]), num(args[1])); break;
      case OPS.nextLine: nextLine(0, -gs.leading); break;
      case OPS.setTextMatrix: { const m = asMatrix(args); if (m) { tlm = m; tm = m; } break; }
      case OPS.showText:
      case OPS.showSpacedText:
        if (Array.isArray(args[0])) show(args[0]);
        break;
      case OPS.nextLineShowText:
        nextLine(0, -gs.leading);
        if (Array.isArray(args[0])) show(args[0]);
        break;
      case OPS.nextLineSetSpacingShowText:
        gs.wordSpacing = num(args[0]);
        gs.charSpacing = num(args[1]);
        nextLine(0, -gs.leading);
        if (Array.isArray(args[2])) show(args[2]);
        break;
      case OPS.setFillRGBColor: gs.fill = typeof args[0] === 'string' ? args[0] : gs.fill; break;
      case OPS.setGState:
        for (const entry of (Array.isArray(args[0]) ? args[0] : []) as unknown[]) {
          if (Array.isArray(entry) && entry[0] === 'ca') gs.alpha = num(entry[1], 1);
        }
        break;
      case OPS.beginMarkedContent: marked.push(false); break;
      case OPS.beginMarkedContentProps: marked.push(args[0] === 'OC' && args[1] != null && hiddenGroup(args[1])); break;
      case OPS.endMarkedContent: marked.pop(); break;
      default: break;
    }
  }
  return runs;
}

/**
 * Lays runs out in drawing order: a new line when the baseline moves by more than
 * half the font size, a space when a horizontal gap is wider than a third of it
 * (a whole character width between CJK characters, which are set without spaces).
 */
export function layoutRuns(runs: TextRun[]): string {
  let out = '';
  // The last code unit of `out`, kept aside: reading it from `out` (slice, endsWith) makes
  // V8 flatten the string built so far on every run, quadratic on a page set glyph by glyph.
  let last = '';
  let prev: TextRun | null = null;
  for (const r of runs) {
    if (prev) {
      const size = Math.max(prev.size, r.size);
      const sameLine = prev.vertical
        ? Math.abs(r.x - prev.endX) < size * 0.5 && r.y <= prev.endY + size * 0.5
        : Math.abs(r.y - prev.endY) < size * 0.5 && r.x >= prev.endX - size * 0.5;
      if (!sameLine) { out += '\n'; last = '\n'; }
      else {
        const gap = prev.vertical ? prev.endY - r.y : r.x - prev.endX;
        const cjk = isCjk(last.charCodeAt(0)) && isCjk(r.text.charCodeAt(0));
        if (gap > size * (cjk ? 1 : 0.3) && last !== ' ' && !r.text.startsWith(' ')) { out += ' '; last = ' '; }
      }
    }
    out += r.text;
    if (r.text) last = r.text[r.text.length - 1];
    prev = r;
  }
  return out
    .split('\n')
    .map((l) => l.replace(/ {2,}/g, ' ').trim())
    .filter((l) => l !== '')
    .join('\n');
}
