// "“…,” according to Fox News.", "“…,” according to a court filing by the state attorney.": a source preposition
// right after a closing mark names the quote's speaker (English; French has « », selon X » in lang/fr/sources.ts).
import { sourcePrepAt } from "../../quotes/source-prep";
import { sourceAfterPrep } from "../../quotes/described";
import type { Doc } from "../../quotes/doc";
import type { Speaker, Span } from "../../types";

/** Tokens that may close the source's phrase: the sentence goes on no further with it. */
const CLOSERS = new Set([".", ",", ";", "!", "?"]);

/** The source after "according to"/"per" at token k (right after the closing mark and its comma), when its phrase closes the clause. */
export function sourceAfterQuote(ctx: Doc, k: number): { speaker: Speaker; cue: Span } | undefined {
  const { toks, lex } = ctx;
  if (!toks[k] || toks[k].nl || !lex.sourcePrepFirst.has(toks[k].lw)) return undefined;
  const prep = sourcePrepAt(ctx, k);
  const found = prep && sourceAfterPrep(ctx, k, prep);
  if (!found) return undefined;
  const next = toks[found.x.end];
  if (next && !next.nl && !CLOSERS.has(next.t)) return undefined;
  return { speaker: found.x.speaker, cue: { start: toks[k].s, end: toks[found.x.end - 1].e } };
}
