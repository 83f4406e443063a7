// Language detection by counting frequent function words in a sample of the text.
import { LEXICON_DATA } from "../lexicon";
import type { Lang } from "../types";

const SAMPLE = 20_000;
const WORD = /[\p{L}']+/gu;

let sets: [Lang, Set<string>][] | undefined;

export function detectLang(text: string): Lang {
  sets ??= (Object.keys(LEXICON_DATA) as Lang[]).map((l) => [l, new Set(LEXICON_DATA[l].stopwords)]);
  const counts = new Map<Lang, number>(sets.map(([l]) => [l, 0]));
  const sample = text.length > SAMPLE ? text.slice(0, SAMPLE) : text;
  for (const m of sample.toLowerCase().matchAll(WORD)) {
    for (const [l, set] of sets) if (set.has(m[0])) counts.set(l, (counts.get(l) ?? 0) + 1);
  }
  let best: Lang = "en";
  let bestN = -1;
  for (const [l, n] of counts) if (n > bestN) { best = l; bestN = n; }
  return best;
}
