// Where the content of a postposed or parenthetical cue ("…, X said.") opens: after a quote that closed its sentence,
// at a quote kept in a mixed report, never across a dash or a closing mark.
import type { Token } from "../text/tokenize";
import type { Doc } from "./doc";
import { DASHES } from "../lexicon/quote-words";
import { isOneOf } from "../text/chars";

/** The quote that closes right before token k with a comma inside its marks, when the language keeps it in a mixed report (rules.mixedBeforeCue): its opening token. */
export function quoteClosingBefore(ctx: Doc, k: number): { open: number } | undefined {
  const { toks } = ctx;
  if (toks[k - 1].t !== "”" && toks[k - 1].t !== "\"" || toks[k - 2].t !== ",") return undefined;
  for (let o = k - 3; o >= 0 && k - o <= 80; o--) {
    const t = toks[o].t;
    if (t === "“" || t === "\"" && (o === 0 || toks[o - 1].e < toks[o].s)) {
      return ctx.rules.mixedBeforeCue(ctx, { start: toks[o].s, end: toks[k - 1].e }) ? { open: o } : undefined;
    }
    if (t === "”" || toks[o].sent && o < k - 3) return undefined;
  }
  return undefined;
}

/**
 * "…out of business." The union will sit out the election, X told …": a quote that closes a sentence inside
 * its marks and a capitalised word after it: the postposed report opens there. Else a.
 */
export function afterClosedQuote(toks: Token[], a: number, b: number): number {
  for (let i = b - 1; i > a; i--) {
    if (toks[i].t !== "”" && toks[i].t !== "\"" && toks[i].t !== "»") continue;
    return isOneOf(".!?", toks[i - 1].t) && toks[i + 1]?.cap && toks[i + 1].word ? i + 1 : a;
  }
  return a;
}

/**
 * Whether a dash lies in tokens [a, b), or a closing quote mark at or after token last: a quote inside the
 * clause ("Democrats had “put the biggest crack” yet in …, she said") makes it mixed, one that ends it
 * ("…“in the glass ceiling”, she said") belongs to the direct quote before the cue.
 */
export function closingMarkIn(toks: Token[], a: number, b: number, last = a): boolean {
  for (let i = a; i < b; i++) if ((toks[i].t === "»" || toks[i].t === "”") && i >= last || DASHES.has(toks[i].t)) return true;
  return false;
}
