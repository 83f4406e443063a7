// The token fact every finder asks: is the word at token k a reporting verb form here? A lexicon form
// ("dit", "said"), an inverted one ("dit-il", "a-t-elle"), or a pronominal one after its reflexive
// ("s'agace", "s'est inquiétée"), and not a French passive ("a été condamné"). Also the French finite
// auxiliaries that show a clause has its own verb.
import { mayHaveShape, type Lexicon } from "../lexicon";
import type { Doc } from "./doc";
import { incidentalEndingAt } from "./incidentals";
import { VERBISH } from "./word-bits";

const INVERSION = /^(.*?)-(?:t-)?(?:il|elle|ils|elles|on)$/;

/** A reporting verb form, or one with an inverted subject pronoun ("dit-il", "a-t-elle"). */
export function isVerbForm(lex: Lexicon, lw: string): boolean {
  if (mayHaveShape(lex.verbShapes, lw) && lex.verbForms.has(lw)) return true;
  // The inversion needs a hyphen: skip the regex for the (many) words without one.
  if (lw.indexOf("-") < 0) return false;
  const inv = INVERSION.exec(lw);
  return !!inv && lex.verbForms.has(inv[1]);
}

/** Words that show a clause is finite, so a phrase between commas that has one is no apposition. */
export const FINITE = new Set(["a", "ont", "est", "sont", "était", "étaient", "avait", "avaient", "sera", "seront", "serait",
  "seraient", "aura", "aurait", "va", "vont", "doit", "doivent", "peut", "peuvent", "fait", "font", "reste", "restent"]);
/** Words that may stand between the reflexive pronoun and a pronominal verb: "s'est", "ne s'était pas". */
const REFLEXIVE_GAP = new Set(["est", "était", "sont", "étaient", "sera", "serait", "fût", "pas", "plus", "jamais",
  "alors", "aussi", "encore", "déjà", "même", "ensuite", "également"]);

/**
 * A pronominal reporting verb after its reflexive pronoun: "s'agace", "s'est inquiétée",
 * "se sont réjouis", "s'inquiète-t-il". Alone ("inquiète", an adjective too) it is no cue.
 */
export function pronominalVerbAt(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr" || k < 1) return false;
  // A pronominal verb form (checked first: one lookup, and most words are none), only after a reflexive pronoun.
  const lw = toks[k].lw;
  const base = lw.indexOf("-") < 0 ? lw : INVERSION.exec(lw)?.[1] ?? lw;
  if (!lex.pronominalForms.has(base)) return false;
  const p = toks[k - 1].lw;
  if (p !== "s'" && p !== "se" && !REFLEXIVE_GAP.has(p) && (p.indexOf("-") < 0 || !/-(?:il|elle|ils|elles|on)$/.test(p)) &&
    incidentalEndingAt(ctx, k - 1) < 0) return false;
  return afterReflexive(ctx, k);
}

/** Whether the reflexive pronoun stands a few words before token k: "s'agace", "s'est-il dit", "ne s'était pas montré". */
export function afterReflexive(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  for (let j = k - 1, gap = 0; j >= 0 && gap < 3; j--, gap++) {
    // "s'est quant à lui dit", "s'est elle aussi montrée": an incidental phrase counts as one word.
    const inc = incidentalEndingAt(ctx, j);
    if (inc >= 0) { j = inc; continue; }
    const w = toks[j].lw;
    if (w === "s'" || w === "se") return true;
    // "s'est-il inquiété", "se sont-ils réjouis": the auxiliary carries the inverted pronoun.
    if (!REFLEXIVE_GAP.has(w) && !/^(?:est|sont|était)-(?:t-)?(?:il|elle|ils|elles|on)$/.test(w)) return false;
  }
  return false;
}

/** "a été condamné", "est accusé": a French passive participle reports nothing by its subject. */
export function frenchPassive(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  if (lex.lang !== "fr") return false;
  let j = k - 1;
  while (j >= 0 && k - j <= 3 && /^(?:pas|jamais|déjà|aussi|également|encore|notamment|ensuite|plus)$/.test(toks[j].lw)) j--;
  const w = toks[j]?.lw ?? "";
  if (w === "été") return true;
  if (!/^(?:est|sont|était|étaient|fut|furent|sera|seront|serait|seraient)$/.test(w)) return false;
  // "s'est dit", "se sont félicités": pronominal, not passive.
  const r = toks[j - 1]?.lw;
  return r !== "s'" && r !== "se" && r !== "t'" && r !== "m'" && r !== "nous" && r !== "vous";
}

/** Token index → 1 when the token is a reporting verb form here, else 0: the document's verbs layer, one pass. */
export function verbLayer(ctx: Doc): Uint8Array {
  const verbs = new Uint8Array(ctx.toks.length);
  for (let k = 0; k < verbs.length; k++) {
    if ((ctx.bits[k] & VERBISH) !== 0 && (isVerbForm(ctx.lex, ctx.toks[k].lw) || pronominalVerbAt(ctx, k)) && !frenchPassive(ctx, k)) verbs[k] = 1;
  }
  return verbs;
}

/** Whether token k is a reporting verb form (read from the verbs layer, built on first use). */
export function isVerb(ctx: Doc, k: number): boolean {
  return (ctx.verbs ??= verbLayer(ctx))[k] === 1;
}
