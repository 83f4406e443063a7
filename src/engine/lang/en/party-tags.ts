// A US party and state tag set off by commas after a politician's name: "Mitch McConnell, R-Ky., said", "Tom Hale,
// D-N.Y., said" (the tokenizer cuts "D-N.Y." at its periods), or in parentheses: "…, said Sen. Ted Cruz (R-Texas).". The tag is neither the speaker nor an apposition that
// hides the verb (issue 11, English 3: long appositions).
import type { Doc } from "../../quotes/doc";
import { PARTY_TAG } from "../../lexicon/en/entities";

/** How many tokens a tag may hold ("D-N", ".", "Y", "."). */
const MAX_TAG = 6;

/** From token k (after the name's comma), the comma that closes a party tag, or -1. */
export function partyTagEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (!toks[k] || !(toks[k].t.charCodeAt(1) === 45 && PARTY_TAG().test(toks[k].t)) || toks[k].nl) return -1;
  for (let j = k + 1; j < toks.length && j - k <= MAX_TAG; j++) {
    const t = toks[j];
    if (t.t === ",") return j;
    if (t.nl || t.t !== "." && !(t.word && t.cap && t.t.length <= 3)) return -1;
  }
  return -1;
}

/** At the comma k before a verb: the name's own comma when a party tag stands between them, else k (also at any other token). */
export function skipPartyTag(ctx: Doc, k: number): number {
  if (ctx.toks[k]?.t !== ",") return k;
  for (let j = k - 2; j >= 0 && k - j <= MAX_TAG + 1; j--) {
    if (ctx.toks[j].t === ",") return partyTagEnd(ctx, j + 1) === k ? j : k;
  }
  return k;
}

/** From token k, a party tag in parentheses ("(R-Texas)", "(D-Calif.)"): the token after its ")", or -1. */
export function partyParenEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.t !== "(" || toks[k].nl) return -1;
  const t = toks[k + 1];
  if (!t || !(t.t.charCodeAt(1) === 45 && PARTY_TAG().test(t.t)) || t.nl) return -1;
  for (let j = k + 2; j < toks.length && j - k <= MAX_TAG; j++) {
    if (toks[j].t === ")") return j + 1;
    if (toks[j].nl || toks[j].t !== "." && !(toks[j].word && toks[j].cap && toks[j].t.length <= 3)) return -1;
  }
  return -1;
}
