// Language detection by counting frequent function words in a sample of the text.
import { LEXICON_DATA } from "../lexicon";
import type { Lang } from "../types";

const SAMPLE = 20_000;

let sets: [Lang, Set<string>][] | undefined;
/** Length of the longest function word: longer words are not looked up. */
let longest = 0;

export function detectLang(text: string): Lang {
  if (!sets) {
    sets = (Object.keys(LEXICON_DATA) as Lang[]).map((l) => [l, new Set(LEXICON_DATA[l].stopwords)]);
    for (const [, set] of sets) for (const w of set) longest = Math.max(longest, w.length);
  }
  const counts = new Map<Lang, number>(sets.map(([l]) => [l, 0]));
  const sample = (text.length > SAMPLE ? text.slice(0, SAMPLE) : text).toLowerCase();
  // The words are the runs of letters and "'" (what /[\p{L}']+/gu matches, scanned by hand: the
  // regex's letter class cost a tenth of the analysis of a short article).
  let start = -1;
  for (let i = 0; i <= sample.length;) {
    const w = i < sample.length ? wordUnitAt(sample, i) : 0;
    if (w > 0) {
      if (start < 0) start = i;
      i += w;
      continue;
    }
    if (start >= 0 && i - start <= longest) {
      const word = sample.slice(start, i);
      for (const [l, set] of sets) if (set.has(word)) counts.set(l, (counts.get(l) ?? 0) + 1);
    }
    start = -1;
    i++;
  }
  let best: Lang = "en";
  let bestN = -1;
  for (const [l, n] of counts) if (n > bestN) { best = l; bestN = n; }
  return best;
}

const LETTER = /^\p{L}$/u;
/** Whether each BMP code unit is a letter: 0 not yet known, 1 letter, 2 not. */
const BMP_LETTER = new Uint8Array(65536);

/** Width (1, or 2 for a surrogate pair) of the letter or "'" at i, or 0. */
function wordUnitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || c === 39 ? 1 : 0;
  if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length) {
    const d = s.charCodeAt(i + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return LETTER.test(s.slice(i, i + 2)) ? 2 : 0;
  }
  let k = BMP_LETTER[c];
  if (k === 0) k = BMP_LETTER[c] = LETTER.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1 ? 1 : 0;
}
