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

/** Token index → 1 when the token is a reporting verb form here, else 0: the document's verbs layer, one pass. */
export function verbLayer(ctx: Doc): Uint8Array {
  const { facts, rules } = ctx;
  const verbs = new Uint8Array(ctx.toks.length);
  for (let k = 0; k < verbs.length; k++) {
    const f = facts[k];
    // (VERB_FORM is isVerbForm of the token's word, read once per distinct word.)
    if ((f & VERBISH) !== 0 && ((f & VERB_FORM) !== 0 || rules.pronominalVerbAt(ctx, k)) && !rules.passiveAt(ctx, k) && !rules.nounFormAt(ctx, k)) verbs[k] = 1;
  }
  return verbs;
}

/** Whether token k is a reporting verb form (read from the verbs layer, built on first use). */
export function isVerb(ctx: Doc, k: number): boolean {
  return (ctx.verbs ??= verbLayer(ctx))[k] === 1;
}
