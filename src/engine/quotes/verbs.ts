// The token fact every finder asks: is the word at token k a reporting verb form here? A lexicon form
// ("dit", "said"), an inverted one ("dit-il", "a-t-elle"), or the language's pronominal one ("s'agace",
// through doc.rules), and not the language's passive ("a été condamné", "was told") nor a noun ("the report").
import { mayHaveShape, type Lexicon } from "../lexicon";
import type { Doc } from "./doc";
import { VERB_FORM, VERBISH } from "./word-bits";
import { INVERSION } from "../lexicon/fr/quotes";

/** A reporting verb form, or one with an inverted subject pronoun ("dit-il", "a-t-elle"). */
export function isVerbForm(lex: Lexicon, lw: string): boolean {
  if (mayHaveShape(lex.verbShapes, lw) && lex.verbForms.has(lw)) return true;
  // The inversion needs a hyphen: skip the regex for the (many) words without one.
  if (lw.indexOf("-") < 0) return false;
  const inv = INVERSION.exec(lw);
  return !!inv && lex.verbForms.has(inv[1]);
}

/** Whether token k is a reporting verb form here: a verb form of the lexicon (or the language's pronominal one), not passive, not a noun. */
function verbAt(ctx: Doc, k: number): boolean {
  const f = ctx.facts[k];
  const { rules } = ctx;
  // (VERB_FORM is isVerbForm of the token's word, read once per distinct word.)
  return (f & VERBISH) !== 0 && ((f & VERB_FORM) !== 0 || rules.pronominalVerbAt(ctx, k)) && !rules.passiveAt(ctx, k) && !rules.nounFormAt(ctx, k);
}

/**
 * Whether token k is a reporting verb form, answered once per token asked and kept in the document's verbs layer
 * (0: not asked yet, 1: yes, 2: no). The readers ask about few of the tokens: the layer is not filled over all of
 * them. (Its answer depends on the tokens and mentions alone, which the quote stage does not change.)
 */
export function isVerb(ctx: Doc, k: number): boolean {
  const verbs = ctx.verbs ??= new Uint8Array(ctx.toks.length);
  const known = verbs[k];
  if (known !== 0) return known === 1;
  const yes = verbAt(ctx, k);
  verbs[k] = yes ? 1 : 2;
  return yes;
}
