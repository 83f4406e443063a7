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
  /** The last line asked about, tokens [start, end), and whether it is in title case: the callers ask in text order. */
  start: number;
  end: number;
  title: boolean;
  /** What the rest of the article writes, read only for a run on a title-case line: built on first need. */
  words: ArticleWords | undefined;
}

interface ArticleWords {
  /** Words written in lower case somewhere in the text: built on first need (a verb-like word on a title-case line). */
  lower: Set<string> | undefined;
  /** Capitalised pairs "A B" seen outside title-case lines. */
  pairs: Set<string>;
  /** Capitalised pairs that end a run outside title-case lines: "Hillary Clinton" in "Hillary Clinton came". */
  finals: Set<string>;
}

const cache = new WeakMap<Token[], TitleInfo>();

function titleInfo(toks: Token[]): TitleInfo {
  let info = cache.get(toks);
  if (!info) cache.set(toks, info = { start: 0, end: 0, title: false, words: undefined });
  return info;
}

/** Whether token a's line is in title case (see decideLine): decided once per line when asked in text order, as the callers do. */
function inTitleLine(toks: Token[], info: TitleInfo, a: number): boolean {
  if (a < info.start || a >= info.end) {
    let start = a;
    while (start > 0 && toks[start].nl === 0) start--;
    let end = a + 1;
    while (end < toks.length && toks[end].nl === 0) end++;
    info.start = start;
    info.end = end;
    info.title = titleLine(toks, start, end);
  }
  return info.title;
}

/**
 * A line is in title case when it has at least 4 words and most of its longer words (≥ 4 letters, no function word)
 * are capitalised (4 in 5), not shouted. A line of prose is known for one as soon as its lower-case long words
 * outnumber what the capitals left could make up.
 */
function titleLine(toks: Token[], start: number, end: number): boolean {
  let words = 0;
  let long = 0;
  let caps = 0;
  let upper = 0;
  let k = start;
  for (; k < end; k++) {
    const f = toks[k].form;
    if (!f.word) continue;
    words++;
    if (f.upper) upper++;
    if (f.t.length < 4 || FUNCTION_WORDS.has(f.lw)) continue;
    long++;
    if (f.cap) caps++;
    else if (4 * (long - caps) > caps + (end - k - 1)) break;
  }
  return k === end && words >= 4 && long >= 3 && caps * 5 >= long * 4 && upper * 2 < words;
}

/** The article's capitalised pairs outside title-case lines (see ArticleWords). */
function articleWords(toks: Token[], info: TitleInfo): ArticleWords {
  const pairs = new Set<string>();
  const finals = new Set<string>();
  for (let k = 1; k < toks.length; k++) {
    const t = toks[k];
    // (A pair within one line: k opens no line.)
    if (!t.cap || t.nl > 0 || !toks[k - 1].cap || !t.word || !toks[k - 1].word || inTitleLine(toks, info, k)) continue;
    pairs.add(`${toks[k - 1].t} ${t.t}`);
    if (!toks[k + 1]?.cap || toks[k + 1].nl > 0) finals.add(`${toks[k - 1].t} ${t.t}`);
  }
  return { lower: undefined, pairs, finals };
}

/** Whether the article writes the word in lower case somewhere ("drops" for "Drops"). */
function writtenLower(toks: Token[], words: ArticleWords, lw: string): boolean {
  if (!words.lower) {
    const lower = words.lower = new Set<string>();
    for (const t of toks) if (t.word && !t.cap) lower.add(t.lw);
  }
  return words.lower.has(lw);
}

/** Where a name run [a, b) on a title-case line ends: b, or the first common word after its first word. */
export function titleCaseEnd(toks: Token[], a: number, b: number, lex: Lexicon): number {
  if (b - a < 2) return b;
  const info = titleInfo(toks);
  if (!inTitleLine(toks, info, a)) return headlineVerb(toks, a, b, lex);
  const words = info.words ??= articleWords(toks, info);
  for (let p = a + 1; p < b; p++) {
    const t = toks[p];
    if (!t.word || t.upper || !t.cap) continue;
    // Verb-like common words only: "Says", "Is", "Joked", "Fully", "Scores" (not "Bank", "States" of a name).
    const common = lex.verbForms.has(t.lw) || lex.data.stopwords.includes(t.lw) || lex.auxiliaries.has(t.lw) ||
      VERBISH.test(t.lw) && writtenLower(toks, words, t.lw) && !writtenLower(toks, words, `${t.lw.slice(0, -1)}`);
    const pair = `${toks[p - 1].t} ${t.t}`;
    // "Hillary Clinton Drops Into …": the article writes "Hillary Clinton" as a whole name elsewhere.
    const named = p - 2 >= a && words.finals.has(`${toks[p - 2].t} ${toks[p - 1].t}`);
    if ((common || named) && !words.pairs.has(pair) && !gaz.isPlace(pair) && !gaz.isKnownOrg(pair)) return p;
  }
  return b;
}

/**
 * Outside title-case lines, a headline fragment in a sentence ("2008, Hillary Clinton Joked “…”", "Tom Nides Thanked
 * Clinton"): a capitalised past form of a reporting verb ends a person's name run (issue 11, English 6). Only "-ed" forms,
 * so surnames that are verb forms ("Edward Said") stay names.
 */
function headlineVerb(toks: Token[], a: number, b: number, lex: Lexicon): number {
  for (let p = a + 1; p < b; p++) {
    const t = toks[p];
    // A person's name opens the run ("Hillary", "Tom"): "Egg Producers Asked To Vote" is a body's headline.
    // (Asked of the gazetteer once a verb is found: most runs have none.)
    if (t.word && t.cap && !t.upper && t.lw.endsWith("ed") && lex.verbForms.has(t.lw)) return gaz.isFirstName(toks[a].form) ? p : b;
  }
  return b;
}
