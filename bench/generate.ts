// Deterministic benchmark data: a ~45,000-term lexicon and ~20 MB (UTF-8) of Chinese
// text. Characters follow a Zipf law over a frequency-ranked list of common
// characters (the most common ones written out below, the rest of a 3,500-character
// pool drawn from the CJK block), so the text has the skew of real prose: a small
// set of characters dominates and the matcher's hot states stay hot. Lexicon terms
// are planted in the text so that about one character in ten to twenty starts a hit.

/** mulberry32: small, fast, good enough for test data, and reproducible. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const COMMON =
  '的一是不了人我在有他这中大来上国个到说们为子和你地出道也时年得就那要下以生会自着去之过家学对可她里后小么心多天而能好都然没日于起还发成事只作当想看文无开手十用主行方又如前所本见经头面公同三已老从动两长知民样现分将外但身些与高意进把法此实回二理美点月明其种声全工己话儿者向情部正名定女问力机给等几很业最间新什打便位因重被走电四第门相次东政海口使教西再平真听世气信北少关并内加化由却代军产入先山五太水万市眼体别处总才场师书比住员九笑性通目华报立马命张活难神数件安表原车白应路期叫死常提感金何更反合放做系计或司利受光王果亲界及今京务制解各任至清物台象记边共风战干接它许八特觉望直服毛林题建南度统色字请交爱让认算论百吃义科怎元社术结六功指思非流每青管夫连远资队跟带花快条院变联言权往展该领传近留红治决周保热容';

const PUNCT = '，。、；：！？“”（）';

export interface BenchData {
  terms: string[];
  text: string;
  utf8Bytes: number;
}

function pool(random: () => number): string[] {
  const seen = new Set<string>();
  const chars: string[] = [];
  for (const ch of COMMON) if (!seen.has(ch)) { seen.add(ch); chars.push(ch); }
  while (chars.length < 3500) {
    const ch = String.fromCharCode(0x4e00 + Math.floor(random() * (0x9fa5 - 0x4e00)));
    if (!seen.has(ch)) { seen.add(ch); chars.push(ch); }
  }
  return chars;
}

/** Cumulative Zipf weights (s = 1) for inverse-CDF sampling by binary search. */
function zipf(n: number): Float64Array {
  const cdf = new Float64Array(n);
  let sum = 0;
  for (let i = 0; i < n; i++) { sum += 1 / (i + 1); cdf[i] = sum; }
  for (let i = 0; i < n; i++) cdf[i] /= sum;
  return cdf;
}

function sample(cdf: Float64Array, r: number): number {
  let lo = 0;
  let hi = cdf.length - 1;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (cdf[mid] < r) lo = mid + 1; else hi = mid;
  }
  return lo;
}

export function generate(options: { terms?: number; utf8Bytes?: number; seed?: number; plantRate?: number } = {}): BenchData {
  const termCount = options.terms ?? 45_000;
  const targetBytes = options.utf8Bytes ?? 20 * 1024 * 1024;
  const random = rng(options.seed ?? 20260101);
  const chars = pool(random);
  const cdf = zipf(chars.length);
  const pick = () => chars[sample(cdf, random())];

  const lexicon = new Set<string>();
  const latin = 'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
  while (lexicon.size < termCount) {
    if (random() < 0.03) {
      const len = 3 + Math.floor(random() * 6);
      let t = '';
      for (let i = 0; i < len; i++) t += latin[Math.floor(random() * latin.length)];
      lexicon.add(t);
      continue;
    }
    const r = random();
    const len = r < 0.35 ? 2 : r < 0.6 ? 3 : r < 0.85 ? 4 : 5 + Math.floor(random() * 4);
    let t = '';
    // Term characters come from the less common part of the skew too, as real
    // terms (军事设施, 测绘成果) do; pure Zipf would make every pair of top characters a term.
    for (let i = 0; i < len; i++) t += random() < 0.1 ? pick() : chars[Math.floor(random() * chars.length)];
    lexicon.add(t);
  }
  const terms = [...lexicon];

  const plantRate = options.plantRate ?? 0.03;
  const parts: string[] = [];
  let bytes = 0;
  while (bytes < targetBytes) {
    const r = random();
    let piece: string;
    if (r < plantRate) piece = terms[Math.floor(random() * terms.length)];
    else if (r < plantRate + 0.08) piece = PUNCT[Math.floor(random() * PUNCT.length)];
    else if (r < plantRate + 0.082) piece = String(Math.floor(random() * 10000));
    else piece = pick();
    parts.push(piece);
    bytes += utf8Length(piece);
  }
  return { terms, text: parts.join(''), utf8Bytes: bytes };
}

function utf8Length(s: string): number {
  let n = 0;
  for (let i = 0; i < s.length; i++) {
    const u = s.charCodeAt(i);
    n += u < 0x80 ? 1 : u < 0x800 ? 2 : 3; // no surrogates in the generated data
  }
  return n;
}
