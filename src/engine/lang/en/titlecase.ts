// Headlines in title case ("Senator Jane Doe Promises Action On Housing"): every word has a capital,
// so a name run there swallows the verb and the words after it. A run on such a line ends at the first
// word that is a common word of the article (written in lower case elsewhere in it), a reporting verb or
// a stopword, unless the pair it makes with the word before is written as a name outside title-case
// lines ("Will Young" stays whole when the article writes "Will Young" in a sentence).
import type { Lexicon } from "../../lexicon";
import * as gaz from "../../lexicon/gazetteer";
import type { Token } from "../../text/tokenize";
import { TITLE_CASE_FUNCTION_WORDS as FUNCTION_WORDS, VERBISH } from "../../lexicon/en/entities";

interface TitleInfo {
  /** Per token: its line is in title case. */
  title: Uint8Array;
  /** Words written in lower case somewhere in the text. */
  lower: Set<string>;
  /** Capitalised pairs "A B" seen outside title-case lines. */
  pairs: Set<string>;
  /** Capitalised pairs that end a run outside title-case lines: "Hillary Clinton" in "Hillary Clinton came". */
  finals: Set<string>;
}

const cache = new WeakMap<Token[], TitleInfo>();

/** A line is in title case when it has at least 4 words and most of its longer words (≥ 4 letters) are capitalised, not shouted. */
function titleInfo(toks: Token[]): TitleInfo {
  let info = cache.get(toks);
  if (info) return info;
  const title = new Uint8Array(toks.length);
  const lower = new Set<string>();
  const pairs = new Set<string>();
  const finals = new Set<string>();
  let start = 0;
  const flush = (end: number) => {
    let words = 0;
    let long = 0;
    let caps = 0;
    let upper = 0;
    for (let k = start; k < end; k++) {
      const t = toks[k];
      if (!t.word) continue;
      words++;
      if (t.upper) upper++;
      if (t.t.length < 4 || FUNCTION_WORDS.has(t.lw)) continue;
      long++;
      if (t.cap) caps++;
    }
    const isTitle = words >= 4 && long >= 3 && caps * 5 >= long * 4 && upper * 2 < words;
    for (let k = start; k < end; k++) {
      title[k] = isTitle ? 1 : 0;
      if (isTitle || k === start || !toks[k].cap || !toks[k - 1].cap || !toks[k].word || !toks[k - 1].word) continue;
      pairs.add(`${toks[k - 1].t} ${toks[k].t}`);
      if (!toks[k + 1]?.cap || toks[k + 1].nl > 0) finals.add(`${toks[k - 1].t} ${toks[k].t}`);
    }
  };
  for (let k = 0; k < toks.length; k++) {
    if (toks[k].nl > 0 && k > start) { flush(k); start = k; }
    if (toks[k].word && !toks[k].cap) lower.add(toks[k].lw);
  }
  flush(toks.length);
  info = { title, lower, pairs, finals };
  cache.set(toks, info);
  return info;
}

/** Where a name run [a, b) on a title-case line ends: b, or the first common word after its first word. */
export function titleCaseEnd(toks: Token[], a: number, b: number, lex: Lexicon): number {
  if (b - a < 2) return b;
  const info = titleInfo(toks);
  if (!info.title[a]) return headlineVerb(toks, a, b, lex);
  for (let p = a + 1; p < b; p++) {
    const t = toks[p];
    if (!t.word || t.upper || !t.cap) continue;
    // Verb-like common words only: "Says", "Is", "Joked", "Fully", "Scores" (not "Bank", "States" of a name).
    const common = lex.verbForms.has(t.lw) || lex.data.stopwords.includes(t.lw) || lex.auxiliaries.has(t.lw) ||
      info.lower.has(t.lw) && VERBISH.test(t.lw) && !info.lower.has(`${t.lw.slice(0, -1)}`);
    const pair = `${toks[p - 1].t} ${t.t}`;
    // "Hillary Clinton Drops Into …": the article writes "Hillary Clinton" as a whole name elsewhere.
    const named = p - 2 >= a && info.finals.has(`${toks[p - 2].t} ${toks[p - 1].t}`);
    if ((common || named) && !info.pairs.has(pair) && !gaz.isPlace(pair) && !gaz.isKnownOrg(pair)) return p;
  }
  return b;
}

/**
 * Outside title-case lines, a headline fragment in a sentence ("2008, Hillary Clinton Joked “…”", "Tom Nides Thanked
 * Clinton"): a capitalised past form of a reporting verb ends a person's name run (issue 11, English 6). Only "-ed" forms,
 * so surnames that are verb forms ("Edward Said") stay names.
 */
function headlineVerb(toks: Token[], a: number, b: number, lex: Lexicon): number {
  // A person's name opens the run ("Hillary", "Tom"): "Egg Producers Asked To Vote" is a body's headline.
  if (!gaz.isFirstName(toks[a].t)) return b;
  for (let p = a + 1; p < b; p++) {
    const t = toks[p];
    if (t.word && t.cap && !t.upper && t.lw.endsWith("ed") && lex.verbForms.has(t.lw)) return p;
  }
  return b;
}
