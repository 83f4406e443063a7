// An English sentence that runs into a quote closing its clause before a postposed cue is a mixed report, kept whole
// (STATEMENTS.md: "indirect content that contains a directly quoted part"), as in French (lang/fr/mixed.ts), where
// the comma stands after the marks; English sets it inside them:
//   "Prices could fall further, and investors “may be forced to sell,” he wrote." → the whole clause (mixed), not
//   the quoted words alone. A quote after a colon, a comma or a reporting verb, or one that opens its sentence, stays
//   direct.
import { isQuoteMark, type Doc } from "../../quotes/doc";
import { isVerb } from "../../quotes/verbs";
import { tokenAt } from "../../text/tokenize";
import type { Span } from "../../types";
import { DASHES, PREPOSITION } from "../../lexicon/quote-words";

/** How many tokens back the sentence before the quote may start. */
const MAX_BEFORE = 40;

/** Whether the quote q, its comma inside the closing mark, closes a clause of at least two words (see above). */
export function mixedBeforeCueEn(ctx: Doc, q: Span): boolean {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  const close = tokenAt(toks, q.end) - 1;
  if (toks[close - 1]?.t !== "," || !/^[“"]/.test(ctx.text[q.start]) || open < 1 || toks[open].sent || toks[open].nl) return false;
  // "In the book, “…,”": an opening phrase set off by its comma is no clause.
  if (!toks[open - 1].word) return false;
  // "said “…,”", "insisted on “…,”": the verb before the mark, or before its preposition, is the quote's own cue.
  const before = PREPOSITION.has(toks[open - 1].lw) ? open - 2 : open - 1;
  if (before < 0 || isVerb(ctx, before)) return false;
  let words = 0;
  for (let s = open - 1; s >= 0 && open - s <= MAX_BEFORE; s--) {
    const t = toks[s];
    if (t.t === ":" || t.t === ";" || DASHES.has(t.t) || isQuoteMark(t.t)) return false;
    if (t.word) words++;
    if (t.sent || t.nl || s === 0) return words >= 2;
  }
  return false;
}
