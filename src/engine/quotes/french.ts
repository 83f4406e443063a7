// French press conventions the general finders do not know: pronominal incises ("», s'agace X"),
// sources after an inverted "on" ("explique-t-on à Matignon"), addressees between an inverted verb and
// its subject ("a déclaré à l'AFP X"). Called from small hooks in attribute.ts, indirect.ts and index.ts.
import type { Context } from "./context";

const INVERSION = /^(.*?)-(?:t-)?(?:il|elle|ils|elles|on)$/;
/** Words that may stand between the reflexive pronoun and a pronominal verb: "s'est", "ne s'était pas". */
const REFLEXIVE_GAP = new Set(["est", "était", "sont", "étaient", "sera", "serait", "fût", "pas", "plus", "jamais",
  "alors", "aussi", "encore", "déjà", "même", "ensuite", "également"]);

/**
 * A pronominal reporting verb after its reflexive pronoun: "s'agace", "s'est inquiétée",
 * "se sont réjouis", "s'inquiète-t-il". Alone ("inquiète", an adjective too) it is no cue.
 */
export function pronominalVerbAt(ctx: Context, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || k < 1) return false;
  const lw = toks[k].lw;
  const base = lw.indexOf("-") < 0 ? lw : INVERSION.exec(lw)?.[1] ?? lw;
  if (!lex.pronominalForms.has(base)) return false;
  for (let j = k - 1; j >= 0 && j >= k - 3; j--) {
    const w = toks[j].lw;
    if (w === "s'" || w === "se") return true;
    // "s'est-il inquiété", "se sont-ils réjouis": the auxiliary carries the inverted pronoun.
    if (!REFLEXIVE_GAP.has(w) && !/^(?:est|sont|était)-(?:t-)?(?:il|elle|ils|elles|on)$/.test(w)) return false;
  }
  return false;
}
