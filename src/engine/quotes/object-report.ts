// Where an object report ends ("urged patience, saying …"), whether a quote stands in it, and the report after
// "what X said was …".
import type { Token } from "../text/tokenize";
import type { Speaker, Span } from "../types";
import { contentEnd } from "./clause";
import type { Doc } from "./doc";
import { isVerb } from "./verbs";
import { QUOTE_MARK } from "../lexicon/quote-words";
import { isOneOf, endsIn } from "../text/chars";
import type { Indirect } from "./indirect-types";

/** Whether a quote mark stands in the object from token k to token e (exclusive). */
export function quotedWithin(toks: Token[], k: number, e: number): boolean {
  for (let i = k; i < e && i < toks.length; i++) if (QUOTE_MARK.has(toks[i].t)) return true;
  return false;
}

/**
 * An object report ends before ", I do believe …": a comma then a subject pronoun opens another clause (English);
 * so does a comma then a reporting participle ("urged patience, saying the beds were coming"), a report of its own.
 */
export function objectEnd(ctx: Doc, k: number, e: number): number {
  const { toks } = ctx;
  for (let i = k + 1; i < e - 1; i++) {
    if (toks[i].t !== ",") continue;
    if (ctx.lex.clausePronouns.has(toks[i + 1].lw)) return i;
    if (ctx.lex.morph.ingParticiples && endsIn("ing", toks[i + 1].lw) && isVerb(ctx, i + 1)) return i;
  }
  return e;
}

/** "what they said was a lack of transparency": the noun phrase after the copula, up to its clause's end (two words at least: "what she said is wrong" is a judgment). */
export function whatReport(ctx: Doc, v: number, speaker: Speaker, cue: Span, out: Indirect[], quoteEndAt: (i: number) => number): void {
  const { toks } = ctx;
  const a = v + 2;
  let b = contentEnd(ctx, a, quoteEndAt, true);
  while (b > a && isOneOf(",;:", toks[b - 1].t)) b--;
  if (b - a >= 2) out.push({ start: toks[a].s, end: toks[b - 1].e, speaker, cue });
}
