// Word tests around a subject before its verb, which subjectBackward and nounPhraseBefore (subject-before.ts) ask:
// a manner adverb, a comma inside the verb group, a lone noun that modifies the next one, a short parenthesis.
import type { Doc } from "./doc";
import { incidentalEndingAt, skipIncidentals } from "./incidentals";
import { isVerb } from "./verbs";
import { CONJ, CUT_AUX, PREPOSITION } from "../lexicon/quote-words";
import { endsIn } from "../text/chars";
import { NOUN_LY_ED } from "../lexicon/en/sanity-words";
import { DETERMINER } from "./word-bits";

/** How many tokens a parenthesis between a name and its verb may hold ("(R-Fla.)", "(D-N.Y.)"). */
export const MAX_PAREN = 8;

/**
 * "Clinton famously responded", "Ortiz, exasperated, angrily replied": an -ly adverb between a subject and its verb,
 * after a name, a pronoun or an aside's last word; never a noun in -ly ("the Clinton family said", "his ally said").
 */
export function mannerAdverb(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  const w = toks[k].lw, prev = toks[k - 1];
  if (!lex.morph.lyAdverbs || w.length <= 4 || NOUN_LY_ED.has(w) || !prev.word && prev.t !== ",") return false;
  return ctx.mentionAt[k - 1] >= 0 && ctx.ents.mentions[ctx.mentionAt[k - 1]].entity.kind === "person" || lex.pronouns.has(prev.lw) ||
    prev.t === "," || endsIn("ed", prev.lw) && (ctx.facts[k - 2] & DETERMINER) === 0;
}

/**
 * A comma between a subject and its verb, which the press sometimes writes: after an incidental phrase
 * inside the verb ("a de son côté, déclaré", "a, de son côté, déclaré"), or between a name that opens the sentence and its auxiliary
 * ("Le général Amir Hatami, a déclaré que"). Not the comma of an inverted cue ("…, a déclaré le maire"):
 * the verb is then followed by its subject.
 */
export function commaInVerb(ctx: Doc, k: number, v: number): boolean {
  const { toks, lex } = ctx;
  const inc = incidentalEndingAt(ctx, k - 1);
  if (inc > 0 && CUT_AUX.has(toks[inc - 1].lw)) return true;
  // "a, de son côté, déclaré": the incidental set off by two commas after the auxiliary.
  if (inc > 1 && toks[inc - 1].t === "," && CUT_AUX.has(toks[inc - 2].lw)) return true;
  const after = skipIncidentals(ctx, k + 1);
  if (k > 0 && CUT_AUX.has(toks[k - 1].lw) && after > k + 1 && toks[after]?.t === "," && after < v) return true;
  if (!CUT_AUX.has(toks[k + 1]?.lw ?? "") || k + 1 >= v) return false;
  const next = toks[v + 1];
  if (!next || next.cap || lex.determiners.has(next.lw)) return false;
  const mi = k > 0 ? ctx.mentionAt[k - 1] : -1;
  if (mi < 0 || ctx.ents.mentions[mi].entity.kind !== "person") return false;
  // The name's phrase opens the sentence: no comma nor verb before it ("Le général de brigade Amir Hatami, a").
  for (let i = ctx.ents.mentions[mi].a - 1; i >= 0 && !toks[i + 1].sent; i--) if (!toks[i].word || isVerb(ctx, i)) return false;
  return true;
}

/**
 * "the government received expert reports it had requested": in English a lone singular person noun with
 * no determiner, inside a sentence, modifies the word after it ("expert reports"); it is no subject.
 */
export function bareSingularNoun(ctx: Doc, s: number, k: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[k], p = toks[k - 1];
  return lex.shapes.nounBeforeNoun && s === k && !t.cap && !t.lw.endsWith("s") && !!p?.word && !t.sent && !lex.determiners.has(p.lw) &&
    (Object.hasOwn(lex.data.roleNouns, t.lw) || (lex.data.descriptors ?? []).includes(t.lw));
}

/**
 * "where local union leaders say", "shop owners who say": an English bare plural head after plain modifiers is the end
 * of a longer description, which nounPhraseBefore reads whole (the head alone would drop "local union").
 */
export function modifiedBareNoun(ctx: Doc, s: number, k: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[k], p = toks[k - 1];
  return lex.morph.sPlurals && s === k && !t.cap && t.lw.endsWith("s") && !!p?.word && !p.cap && !t.sent && !lex.determiners.has(p.lw) &&
    !lex.auxiliaries.has(p.lw) && !PREPOSITION.has(p.lw) && !CONJ.has(p.lw) && !lex.subordinators.has(p.lw) &&
    !lex.complementizers.has(p.lw) && !isVerb(ctx, k - 1) && !lex.verbForms.has(p.lw);
}

/** The token after a short parenthesis opening at k ("(R-Ohio)"), or k when there is none. */
export function parenEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.t !== "(") return k;
  for (let c = k + 1; c < toks.length && c - k <= MAX_PAREN; c++) {
    if (toks[c].t === ")") return c + 1;
    if (toks[c].nl || toks[c].t === "(") break;
  }
  return k;
}

/** How many words a short opening adverbial with no preposition may hold ("Plus tard,", "Lundi soir,", "Ensuite,"). */
const MAX_SHORT_OPENING = 3;

/**
 * Past a short opening adverbial set off by a comma at the sentence start s: "Plus tard, X a … et a déclaré",
 * "Lundi soir, X …"; a few words, none a name, a pronoun or a verb, then the comma (s when there is none, or it reaches `end`).
 */
export function pastShortOpening(ctx: Doc, s: number, end: number): number {
  const { toks } = ctx;
  for (let k = s; k < end && k - s <= MAX_SHORT_OPENING; k++) {
    if (toks[k].t === ",") return k > s && k + 1 < end ? k + 1 : s;
    if (!toks[k].word || ctx.mentionAt[k] >= 0 || isVerb(ctx, k) || ctx.lex.pronouns.has(toks[k].lw)) return s;
  }
  return s;
}
