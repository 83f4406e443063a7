// Where a sentence opens: the sentence start of each token (a lazy layer of the Doc, read back token by token until
// it pays to make it whole), the opening of the sentence that ends at a token, a dateline before it ("OTTAWA — …")
// and a fronted adverbial after its opening ("Lors de son discours mardi, …").
import type { Token } from "../text/tokenize";
import type { Doc } from "./doc";
import { FINITE, FRONTING } from "../lexicon/fr/quotes";
import { OPENING_MARK } from "../lexicon/quote-words";

/** A reported clause longer than this many tokens is cut (keeps hostile input linear); a run-on sentence restarts as often. */
export const MAX_CLAUSE = 200;

/**
 * The token that opens the sentence (or the line) of token k, when it lies fewer than `max` tokens before k; -1 when it
 * lies further. The one reader of "the sentence that ends here" for a colon's speaker (colon-speaker.ts colonSpeaker,
 * lang/fr/sources.ts colonSpeaker), an apposition's head (subject-before.ts) and a quote's sentence before it
 * (lang/fr/sources.ts); each passes its own reach.
 */
export function sentenceOpening(toks: Token[], k: number, max: number): number {
  let s = k - 1;
  while (s > 0 && k - s < max && !toks[s].sent && !toks[s].nl) s--;
  return toks[s]?.sent || toks[s]?.nl || s === 0 ? s : -1;
}

/** The document's sentenceStarts, made once (its lazy layer Doc.sentenceStarts): the indirect and the asked finders share it. */
export function sentenceStartsOf(ctx: Doc): Int32Array {
  return ctx.sentenceStarts ??= sentenceStarts(ctx.toks);
}

/**
 * sentenceStarts' answer for token k. The finders ask it at a few candidate words a sentence, so it is read back
 * from k to the sentence's opener rather than over every token; once those reads add up to the token count, the
 * whole layer is made and read from then on (linear, whatever the text).
 */
export function sentenceStartAt(ctx: Doc, k: number): number {
  const toks = ctx.toks;
  if (ctx.sentenceStarts || k < 0 || k >= toks.length) return sentenceStartsOf(ctx)[k];
  // The last opener at or before k (or the first token); a run-on sentence restarts every MAX_CLAUSE tokens after it.
  let p = k;
  while (p > 0 && !(toks[p].sent && !decimalAt(toks, p))) p--;
  ctx.sentenceReads += k - p + 1;
  if (ctx.sentenceReads > toks.length) ctx.sentenceStarts = sentenceStarts(toks);
  return p + MAX_CLAUSE * Math.floor((k - p) / MAX_CLAUSE);
}

/** Start of each token's sentence, in one pass; a run-on sentence restarts every MAX_CLAUSE tokens. */
export function sentenceStarts(toks: Token[]): Int32Array {
  const out = new Int32Array(toks.length);
  let s = 0;
  for (let i = 0; i < toks.length; i++) {
    // "45.4 percent", "$1.1 trillion": a period inside a number starts no sentence.
    // The decimal test only on a sentence start (a few tokens in a hundred).
    if (i - s >= MAX_CLAUSE || toks[i].sent && !decimalAt(toks, i)) s = i;
    out[i] = s;
  }
  return out;
}

/** A digit anywhere in a token (decimalAt). */
const DIGIT = /\d/;

/**
 * "45.4 percent", "$1.1 trillion": token i follows a period inside a number. "JAZZ.FM91", "WXQZ.FM": a period glued
 * inside a brand or a domain name (capitals before it, or a digit after it) starts no sentence either.
 */
function decimalAt(toks: Token[], i: number): boolean {
  if (i < 2 || toks[i - 1].t !== "." || toks[i - 1].s !== toks[i - 2].e || toks[i].s !== toks[i - 1].e) return false;
  // (A digit after the period covers "45.4" as well: no test of the digit before it.)
  return toks[i - 2].upper && toks[i - 2].t.length > 1 || DIGIT.test(toks[i].t);
}

/** "OTTAWA — …", "PÉKIN, 24 avril (AFP) – …": a dateline is not part of the statement. */
export function skipDateline(toks: Token[], k: number): number {
  if (!toks[k]?.upper) return k;
  for (let j = k + 1; j < toks.length && j < k + 10; j++) {
    if (toks[j].t === "—" || toks[j].t === "–") return j + 1;
    if (toks[j].nl || toks[j].t === ".") break;
  }
  return k;
}

/**
 * The token after a fronted adverbial that opens the sentence at s ("Pour construire ce code, …", "Lors de son
 * discours mardi, …", "Interrogé par la presse, …"): a preposition or a participle, then at most `reach` tokens up to
 * a comma before `end`, with no finite verb or quote mark; s itself when the sentence opens on no such phrase.
 */
export function pastFrontedPhrase(ctx: Doc, s: number, end: number, reach: number): number {
  const { toks } = ctx;
  if (!FRONTING.has(toks[s].lw) || ctx.mentionAt[s] >= 0) return s;
  for (let k = s + 1; k < end && k - s <= reach; k++) {
    const t = toks[k];
    if (t.t === ",") return k + 1 < end ? k + 1 : s;
    if (OPENING_MARK.has(t.t) || FINITE.has(t.lw)) return s;
  }
  return s;
}
