// An aside set off by two dashes between a subject and its verb: "Democratic leaders — and, in particular, Harry Reid —
// insisted that …", "The senator -- a Democrat from Ohio -- said …", "Ann Reed - his co-host - told …" (issue 11,
// English 3: long appositions).
import type { Doc } from "./doc";
import { DASHES } from "../lexicon/quote-words";

/** How many tokens back the opening dash may stand. */
const MAX_ASIDE = 30;

/** Where the dash that ends at token i starts: i for "—", "–" or a hyphen between spaces, i - 1 for "--" (two tokens); else -1. */
function dashAt(ctx: Doc, i: number): number {
  const t = ctx.toks[i];
  if (!t || t.nl) return -1;
  if (DASHES.has(t.t)) return i;
  if (t.t !== "-") return -1;
  const p = ctx.toks[i - 1];
  if (p?.t === "-" && p.e === t.s) return i - 1;
  return ctx.text[t.s - 1] === " " && ctx.text[t.e] === " " ? i : -1;
}

/** At the closing dash k, the aside's opening dash in the same sentence and line, or -1 (a dateline's single dash has none). */
export function openingDash(ctx: Doc, k: number): number {
  const { toks } = ctx;
  const close = dashAt(ctx, k);
  if (close < 0) return -1;
  for (let c = close - 2; c > 0 && k - c <= MAX_ASIDE; c--) {
    const t = toks[c];
    const open = dashAt(ctx, c);
    if (open > 0) return open;
    if (t.nl || t.sent || t.t === "." || t.t === ";" || t.t === ":") return -1;
  }
  return -1;
}
