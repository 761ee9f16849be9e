// How pdf.js hands over an operator's arguments, read in one place so the text reader
// never depends on which container a version uses for which operator.
//
// pdf.js passes most operators' numbers as a plain array (`cm` as [a, b, c, d, e, f],
// `Td` as [tx, ty]), but packs some into a Float32Array so its worker can transfer the
// buffer: in 5.x `Tm` arrives as [Float32Array(6)] and a form XObject's /Matrix as a
// Float32Array in the first argument; older versions passed Tm's six numbers flat.
// A reader that accepted only plain arrays skipped every Tm, which moved visible text
// off the page (into the invisible layer) and off-page text onto it.

export type Matrix = [number, number, number, number, number, number];

/** A typed array of numbers: not a DataView (no indices), nor a BigInt array (bigints, not numbers). */
type NumberView = ArrayBufferView & ArrayLike<number>;

const isNumberView = (v: unknown): v is NumberView =>
  ArrayBuffer.isView(v) && !(v instanceof DataView) && !(v instanceof BigInt64Array) && !(v instanceof BigUint64Array);

/**
 * An operator's arguments as an indexable list: a typed array as it is, and an array
 * holding nothing but one typed array unwrapped to it (Tm's shape). Anything else that
 * is not an array reads as no arguments.
 */
export function operands(args: unknown): ArrayLike<unknown> {
  if (Array.isArray(args)) return args.length === 1 && isNumberView(args[0]) ? args[0] : args;
  return isNumberView(args) ? args : [];
}

/** A finite number, or `d`. */
export const num = (v: unknown, d = 0): number => (typeof v === 'number' && Number.isFinite(v) ? v : d);

/** Six finite numbers, in a plain array or a typed array (wrapped or not), as a matrix; otherwise null. */
export function asMatrix(v: unknown): Matrix | null {
  const a = operands(v);
  if (a.length !== 6) return null;
  const m = Array.from(a);
  return m.every((x) => typeof x === 'number' && Number.isFinite(x)) ? (m as Matrix) : null;
}
