// Whether a bare reported clause opens after the verb ("said the plan failed", "said no arrests had been made") or a
// short one after "that" ("admitted that he lied"): a subject, then a finite verb within reach.
import { endsIn } from "../text/chars";
import { isVerb } from "./verbs";
import type { Doc } from "./doc";
import { AUXILIARY, COMPLEMENTIZER, NOUN_LIKE_VERB } from "./word-bits";
import { NOT_CLAUSE_EN, FINITE_EN, SUBJECT_EN, FINITE_AUX, WH_EN } from "../lexicon/en/quotes";
import { QUOTE_MARK } from "../lexicon/quote-words";

/**
 * Whether a bare reported clause opens at token k ("said the plan failed", "said legalizing it …"). After
 * "said"/"told" (say), a noun that looks like a verb or a gerund opens one too when a finite verb follows
 * in the clause ("said praise from Putin would not …", "said seeing so many officers was …").
 */
export function bareClauseAt(ctx: Doc, k: number, say = false): boolean {
  const t = ctx.toks[k];
  if (!t?.word || NOT_CLAUSE_EN.has(t.lw) && !quantityOpens(ctx, k) || (ctx.facts[k] & AUXILIARY) !== 0) return false;
  if (say && !t.cap && ctx.lex.morph.ingParticiples && (isVerb(ctx, k) || t.lw.endsWith("ing")) && finiteInClause(ctx, k + 1)) return true;
  // "said disputes between firms are …": a plural noun that is also a verb form, when a finite verb follows.
  const verb = isVerb(ctx, k) && (ctx.facts[k] & NOUN_LIKE_VERB) === 0;
  // "said continuing political risk continues …": a gerund that opens the clause's subject.
  const gerund = verb && !t.cap && t.lw.endsWith("ing") && ctx.toks[k + 1]?.word === true && !isVerb(ctx, k + 1) &&
    !NOT_CLAUSE_EN.has(ctx.toks[k + 1].lw) && (looksFinite(ctx, k + 1) || finiteVerbAhead(ctx, k + 2));
  if (verb && !gerund && (t.cap || !/[^s]s$/.test(t.lw) || !looksFinite(ctx, k))) return false;
  if (!t.cap && /(?:ly|ing|ed)$/.test(t.lw) && ctx.mentionAt[k] < 0) return t.lw.endsWith("ing") && ctx.toks[k + 1]?.word === true && !NOT_CLAUSE_EN.has(ctx.toks[k + 1].lw);
  return true;
}

/** Quantity words after "about": "said about 40,000 homes were …", "about half of the staff". */
const ABOUT_QUANTITY = /^(?:\d|half$|a$|dozens?$|hundreds$|thousands$)/;

/**
 * "said no arrests had been made", "said about 40,000 homes were still cut off": "no" and "about" open the clause's
 * subject when a noun (not "to", "when", an end) follows and a finite verb comes before the clause ends; "said no.",
 * "said no to the plan", "said no when asked", "talked about the plan" stay out.
 */
function quantityOpens(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  const w = toks[k].lw, n = toks[k + 1];
  if (w !== "no" && w !== "about" || !n?.word || NOT_CLAUSE_EN.has(n.lw) || ctx.lex.subordinators.has(n.lw)) return false;
  return (w === "no" || ABOUT_QUANTITY.test(n.lw)) && finiteInClause(ctx, k + 1);
}

/** A finite verb in the first words of a bare clause: "the plan would fail", "Trump wants …", "he …". */
export function looksFinite(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  // "he's", "they'll": the contraction's pronoun (a string built only for a word with an apostrophe).
  const w = toks[k].lw;
  if (SUBJECT_EN.has(w) || (w.includes("'") || w.includes("’")) && SUBJECT_EN.has(w.replace(/['’](?:[sdm]|re|ll|ve)$/, ""))) return true;
  for (let i = k; i < toks.length && i < k + 10; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" && t.t !== "’" && t.t !== "-" && !QUOTE_MARK.has(t.t)) return false;
    // "added a goal as the Hurricanes snapped …": a verb after a subordinator belongs to another clause.
    // "reported little progress … but are hopeful": a verb after "but" is the main subject's second one.
    if (i > k && (ctx.lex.subordinators.has(t.lw) || t.lw === "but")) return false;
    if (FINITE_EN.has(t.lw) || /['’](?:s|re|ll|d|ve)$|n['’]t$/.test(t.lw) && i > k) return true;
    // "Trump supported …", "he recognizes …": a verb-like word right after a name or pronoun.
    if (i > k && !t.cap && /(?:ed|s)$/.test(t.lw) && (ctx.mentionAt[i - 1] >= 0 || SUBJECT_EN.has(toks[i - 1].lw))) return true;
  }
  return false;
}

/** How far a noun phrase subject may run before its finite verb ("comments from Rice, Rhodes and Petraeus were"). */
const MAX_SUBJECT = 14;

/** A finite auxiliary within a noun phrase's reach from k, before a sentence end, a quote or a relative word. */
function finiteInClause(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  for (let i = k; i < toks.length && i < k + MAX_SUBJECT; i++) {
    const t = toks[i];
    if (t.nl || t.t === "." || t.t === ";" || t.t === ":" || QUOTE_MARK.has(t.t) || lex.complementizers.has(t.lw) ||
      lex.subordinators.has(t.lw) || WH_EN.test(t.lw)) return false;
    if (FINITE_AUX.has(t.lw) || /n['’]t$/.test(t.lw)) return i > k || t.lw !== "is";
  }
  return false;
}

/** A finite verb form within a few words ("… political risk continues", "… problems delayed"). */
function finiteVerbAhead(ctx: Doc, k: number): boolean {
  const { toks } = ctx;
  for (let i = k; i < toks.length && i < k + 4; i++) {
    if (!toks[i].word) return false;
    if (isVerb(ctx, i) && /(?:[^s]s|ed)$/.test(toks[i].lw) || !toks[i].cap && endsIn("ed", toks[i].lw)) return true;
  }
  return false;
}

/**
 * A reported clause of two words (English): "admitted that he lied", "said that we failed", "said she lied", "told
 * reporters it worked", "said he's innocent". A subject (a pronoun or a name) at a, then a verb that is no auxiliary;
 * without "that" the verb must be a past form ("lied", "won") or follow a contracted "is"/"are" ("he's innocent"),
 * and the clause must follow its cue (token index cue), so that "said it again", "told them so", "said she would" stay out.
 */
export function twoWordClause(ctx: Doc, a: number, cue: number): boolean {
  const { toks, lex } = ctx;
  const n = toks[a + 1];
  if (!lex.shapes.shortClauseAfterComplementizer || !n?.word || n.cap) return false;
  const w = toks[a].lw;
  const contracted = CONTRACTED_BE.test(w) && (lex.pronouns.has(w.slice(0, -2)) || lex.clausePronouns.has(w.slice(0, -3)));
  if (contracted) return cue < a && !NOT_CLAUSE_EN.has(n.lw) && (ctx.facts[a + 1] & AUXILIARY) === 0;
  if (!lex.pronouns.has(w) && !lex.clausePronouns.has(w) && ctx.mentionAt[a] < 0 || (ctx.facts[a + 1] & AUXILIARY) !== 0 ||
    lex.finiteAfterComplementizer.has(n.lw)) return false;
  // Bare, the clause follows its cue: "Clinton asked, according to a transcript" is no content.
  return (ctx.facts[a - 1] & COMPLEMENTIZER) !== 0 || cue < a && (lex.irregularPast.has(n.lw) || endsIn("ed", n.lw) && n.lw.length > 3);
}

/** A subject pronoun with a contracted "is" or "are": "he's", "she’s", "it's", "they're", "we're". */
const CONTRACTED_BE = /^[a-z]+(?:['’]s|['’]re)$/;
