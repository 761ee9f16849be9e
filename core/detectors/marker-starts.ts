// Where internal-use markers (内部/內部…, 注意保…, 不得外…) may start, from the places of their
// seeds 部, 注 and 得 that the prefilter pass noted (prefilter.ts). Units are compared by code
// in the pass's copy of the text: `t[i]` would allocate a one-character string per ideograph.

const code = (ch: string): number => ch.charCodeAt(0);
const BU = code('部');
const ZHU = code('注');
const DE = code('得');
// Their neighbours in 内部/內部, 注意保 and 不得外.
const NEI = code('内');
const NEI_T = code('內');
const YI = code('意');
const BAO = code('保');
const NOT = code('不');
const WAI = code('外');

/**
 * Where internal-use markers may start, from the rare characters the pass met: 部 after 内/內,
 * 注意保, 不 before 得外. Done after the pass, not in it: a branch the pass rarely takes (the
 * first 内部 of a long text) threw its optimised code away when first taken there, and the
 * recompilation was charged to that scan (30–50 ms, usually the second scan of the bench
 * text); here only this small loop is recompiled.
 */
export function markerStarts(u: Uint16Array, rares: readonly number[], from: number, out: number[]): number {
  for (let k = from; k < rares.length; k++) {
    const i = rares[k];
    const c = u[i];
    if (c === BU) {
      if (i > 0 && (u[i - 1] === NEI || u[i - 1] === NEI_T)) out.push(i - 1);
    } else if (c === ZHU) {
      if (u[i + 1] === YI && u[i + 2] === BAO) out.push(i);
    } else if (c === DE) {
      if (i > 0 && u[i - 1] === NOT && u[i + 1] === WAI) out.push(i - 1);
    }
  }
  return rares.length;
}
