// The scratch copy of the text's UTF-16 units that the prefilter pass reads instead of calling
// charCodeAt: a typed-array load costs about half a charCodeAt (which checks the string's
// representation every time), and a Uint32Array over the same memory tests two units per load.
// Copying is one memcpy (Buffer#write with 'utf16le'), about 1 ms for the 7 M-unit bench text.
// The copy is kept for the next call: a fresh 14 MB buffer per call cost 8 ms in page faults.
// So a worker holds twice its longest text's length in bytes, up to KEEP_UNITS; a copy of a
// longer text is let go when its pass ends (`passDone`: a document that size is rare, and its
// pass dwarfs the page faults).
const KEEP_UNITS = 1 << 24; // 32 MB
let units = new Uint16Array(0);
/** The units of the last text loaded, in pairs: the same memory as `load`'s answer. */
export let words = new Uint32Array(0);
let writer: Buffer | undefined;
// units[i] === t.charCodeAt(i) needs the platform's byte order to be 'utf16le''s, as on every
// target Node and Electron run on (x64, arm64); elsewhere, or without Buffer, copy by hand.
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
const CAN_WRITE = LITTLE_ENDIAN && typeof Buffer === 'function';

/** The text's units in `units` (and pairs of them in `words`), then a 0 after the last one. */
export function load(t: string): Uint16Array {
  const n = t.length;
  if (units.length < n + 2) {
    // A whole number of 32-bit words, with room for the 0 after the text.
    const buffer = new ArrayBuffer(4 * ((n >> 1) + 2));
    units = new Uint16Array(buffer);
    words = new Uint32Array(buffer);
    writer = CAN_WRITE ? Buffer.from(buffer) : undefined;
  }
  // 'utf16le' copies the units as they are, lone surrogates included.
  if (writer === undefined || writer.write(t, 0, 2 * n, 'utf16le') !== 2 * n) {
    for (let i = 0; i < n; i++) units[i] = t.charCodeAt(i);
  }
  // Reads just past the text (the skip loop's last words, markerStarts' look-ahead) see a 0, not
  // what a longer earlier text left there.
  units[n] = 0;
  return units;
}

/** Called when the pass over the loaded text has ended: keeps the copy for the next text unless it is too large to hold on to. */
export function passDone(): void {
  if (units.length > KEEP_UNITS) release();
}

/** Lets go of the copy of a very long text (a function of its own: taken rarely). */
function release(): void {
  units = new Uint16Array(0);
  words = new Uint32Array(0);
  writer = undefined;
}
