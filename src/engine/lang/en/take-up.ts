// English press take-ups: a definite description that stands for someone the article has just named. Reached
// through the English hooks (lang/en/index.ts) from the resolvers (quotes/resolve/role.ts, quotes/described.ts).
//
//   "Maria Chen owns the bakery on the corner. The 54-year-old said business had doubled."  → Maria Chen
//
// Strict, as in French (lang/fr/take-up.ts): binding words to the wrong one is worse than showing the description.
// Only "the" + the description's head with nothing after it, and exactly one person named in the sentences just
// before; a name in apposition after the description says who it is instead.
// Not done for organisations ("The company says" for the one firm just named): polnear's gold keeps such a
// description as written, and the rule cost polnear speaker accuracy on both halves with no gain on ggt (see
// test/engine/speakers/take-up.test.ts, pending rows).
import type { Doc } from "../../quotes/doc";
import { solePersonBefore } from "../../quotes/resolve/role";
import type { Entity } from "../../types";

/** "the 54-year-old", "the 27-year-old guard": an age that describes a person. */
const AGE = /^\d{1,3}-year-old$/;

/** How many sentence starts back the person may be named (the sentence before, and the one before it). */
const SENTENCES_BACK = 2;

/** How many tokens back the person may stand, whatever the sentences. */
const MAX_BACK = 120;

/** Whether a name in apposition follows the description ending at `end`: "The 54-year-old, Maria Chen, said". */
function namedAfter(ctx: Doc, end: number): boolean {
  return ctx.toks[end]?.t === "," && (ctx.mentionAt[end + 1] ?? -1) >= 0;
}

/**
 * "The 54-year-old said …", "the 27-year-old guard told …": an age description at tokens [a, b) stands for the one
 * person named in the sentences just before.
 */
export function ageTakeUp(ctx: Doc, a: number, b: number): Entity | undefined {
  const { toks } = ctx;
  if (toks[a]?.lw !== "the" || !AGE.test(toks[a + 1]?.lw ?? "") || b - a > 3 || namedAfter(ctx, b)) return undefined;
  return solePersonBefore(ctx, a, SENTENCES_BACK, MAX_BACK);
}
