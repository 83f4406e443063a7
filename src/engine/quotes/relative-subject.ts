// French relative clauses around a reporting verb: the antecedent a relative "qui" takes up as the speaker ("Claire Petit,
// qui a déclaré que …", "La police, qui affirme que …"), and the object of a relative clause, which is no subject ("le
// ministre qui a reçu son homologue iranien lui a proposé …"). Read by subject-before.ts.
import type { Speaker } from "../types";
import { speakerOf, type Doc } from "./doc";
import { resolveSubject } from "./resolve/subject";
import { subjectPhraseAt } from "./subject-phrase";
import { isVerb } from "./verbs";
import { CLEFT_OPENERS, PREPOSITION_BEFORE_QUI } from "../lexicon/fr/quotes";
import { DETERMINER, SPEAKER_NOUN } from "./word-bits";

/** Finite forms that may follow a relative "qui" before its object: "qui a reçu", "qui préside", "qui dirige". */
const RELATIVE_GAP = 5;

/**
 * French: the token of a relative "qui" whose clause has the phrase starting at s as its object ("le ministre
 * qui a reçu son homologue iranien lui a proposé …": "son homologue iranien" is no subject), or -1. A "qui"
 * after a preposition ("à qui") is an object itself.
 */
export function relativeObjectOf(ctx: Doc, s: number): number {
  const { toks, lex } = ctx;
  const qui = lex.data.relativeSubject;
  if (!qui) return -1;
  for (let q = s - 2; q >= 0 && s - q <= RELATIVE_GAP + 1; q--) {
    const t = toks[q];
    if (!t.word || t.sent) return -1;
    if (t.lw === qui) return q > 0 && toks[q - 1].word && !PREPOSITION_BEFORE_QUI.test(toks[q - 1].lw) ? q : -1;
  }
  return -1;
}

/** How many tokens an apposition between a name and ", qui" may hold ("le ministre du redressement productif"). */
const MAX_RELATIVE_APPOSITION = 10;

/**
 * The person a relative "qui" after the comma c takes up: the name right before the comma ("Claire Petit, qui"),
 * or the name before an apposition set off by commas ("Arnaud Morel, le ministre de l'Industrie, qui").
 */
export function relativeAntecedent(ctx: Doc, c: number): Speaker | undefined {
  const { toks } = ctx;
  const person = (i: number) => {
    const mi = i >= 0 ? ctx.mentionAt[i] : -1;
    const m = mi >= 0 ? ctx.ents.mentions[mi] : undefined;
    return m && m.entity.kind === "person" ? speakerOf(m.entity, ctx, m.a, m.b) : undefined;
  };
  const direct = person(c - 1);
  if (direct) return direct;
  let o = c - 1;
  while (o > 0 && c - o <= MAX_RELATIVE_APPOSITION && toks[o].t !== "," && toks[o].word && !isVerb(ctx, o)) o--;
  if (toks[o]?.t === "," && (ctx.facts[o + 1] & DETERMINER) !== 0 && (ctx.facts[o + 2] & SPEAKER_NOUN) !== 0) return person(o - 1);
  // "La police, qui affirme que …", "Le syndicat, qui dénonce …": a description that opens the sentence, headed by a speaker noun.
  if (!toks[o]?.sent || (ctx.facts[o] & DETERMINER) === 0 || (ctx.facts[o + 1] & SPEAKER_NOUN) === 0) return undefined;
  const p = subjectPhraseAt(ctx, o);
  return p && p.kind === "role" && p.end === c ? resolveSubject(ctx, o, p).speaker : undefined;
}

/** How many tokens the subject of a cleft may hold ("C'est le ministre de l'Intérieur qui"). */
const MAX_CLEFT = 8;

/** "C'est Paul Martin qui a annoncé que …": the phrase between the cleft's "c'est" and "qui" (at token c) speaks. */
export function cleftSubject(ctx: Doc, c: number): Speaker | undefined {
  const { toks } = ctx;
  for (let h = c - 1; h >= 2 && c - h <= MAX_CLEFT; h--) {
    if (!toks[h - 1].word && toks[h - 1].t !== "'") return undefined;
    if (!CLEFT_OPENERS.some((o) => toks[h - 2]?.lw === o[0] && toks[h - 1].lw === o[1])) continue;
    const p = subjectPhraseAt(ctx, h);
    return p && p.kind !== "pronoun" && p.end === c ? resolveSubject(ctx, h, p).speaker : undefined;
  }
  return undefined;
}
