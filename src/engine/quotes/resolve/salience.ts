// Salience for pronouns and continuation cues: who the discourse is about when a pronoun or a follow-on
// quote comes. The speaker of the statement before is the topic; a person who stands as a clause's
// subject after it ("Le général X, a de son côté, déclaré que …") is newer and takes over.
// A name inside an object or a complement ("lors d'une rencontre avec son homologue Y") is no candidate
// here: the nearest-name scoring (pronoun.ts) only comes after.
import type { Entity } from "../../types";
import { firstMentionFrom, type Doc } from "../doc";
import { subjectPhraseAt } from "../subject-phrase";
import { isVerb } from "../verbs";
import { inSubjectPosition, nameGender, shownGenders } from "./gender";
import { AUXILIARY } from "../word-bits";
import { endsIn } from "../../text/chars";
import { describedEntity } from "./role";
import { PREPOSITIONS, COMPLEMENTIZERS, BODY_WORDS, QUOTE_MARK } from "../../lexicon/quote-words";
import { DETERMINER_GENDER } from "../../lexicon/entity-words";
import { givenNameGender, isFirstName, placeInfo } from "../../lexicon/gazetteer";

/** The speaker of the statement before a pronoun, and the token where that statement ends. */
export interface Topic { entity: Entity; end: number }

/** How far back (tokens) a topic stays salient. */
const TOPIC_WINDOW = 250;
/** How many sentences may open between the statement before and the pronoun (its own sentence) while it stays the topic. */
const TOPIC_SENTENCES = 1;

/**
 * The most salient candidate for a pronoun of this gender before token `before`: the last person who,
 * after the statement before, stands as a clause's subject (the subject of the clause before), else that
 * statement's speaker when compatible; undefined when neither fits (the caller falls back on recency).
 * "it/they" ("x"/"pl") and, where the language's pronouns have grammatical gender, "il/elle" take
 * up an organisation that spoke.
 */
export function salientAntecedent(ctx: Doc, before: number, gender: "m" | "f" | "pl" | "x", topic: Topic): Entity | undefined {
  if (before - topic.end > TOPIC_WINDOW) return undefined;
  if (gender === "m" || gender === "f") {
    const ms = ctx.ents.mentions;
    for (let i = firstMentionFrom(ctx, before) - 1; i >= 0 && ms[i].a >= topic.end; i--) {
      const e = ms[i].entity;
      if (e.kind !== "person" || !fits(ctx, e, gender) || capitalisedWord(ctx, e, ms[i].a)) continue;
      // "Mr. Hemming's request": a possessor is no subject. "adds psychologist Mary Alvord": a reporting
      // verb's subject after it is one.
      // "Surpris par la politique du président X, il déclara": a name inside a complement is no subject.
      if ((inSubjectPosition(ctx, i) || reportedBy(ctx, ms[i].a)) && !possessor(ctx, ms[i].b) && !inComplement(ctx, ms[i].a)) return e;
    }
  }
  const e = topic.entity;
  if (describedSubjectSince(ctx, topic, before, gender === "m" || gender === "f") || sentencesBetween(ctx, topic.end, before) > TOPIC_SENTENCES) return undefined;
  if (e.kind === "person") return gender !== "pl" && gender !== "x" ? fits(ctx, e, gender) ? e : undefined : maybeBody(ctx, e, gender) ? e : undefined;
  // A place that spoke ("China said …") is the body "it" stands for; typed as a place, a person's name ("Kofi, a fisherman,
  // said …") is who "he"/"she" stands for.
  if (e.kind === "place") return gender === "x" || gender === "pl" && /\p{Ll}[^s]s$/u.test(e.name) || personLikePlace(e, gender) ? e : undefined;
  return e.kind === "org" && (gender === "pl" || gender === "x" || ctx.rules.genderedOrgPronouns) ? e : undefined;
}

/** How many tokens back the sentence before a pronoun may start. */
const SENTENCE_BACK = 60;

/**
 * "Le ministre Jean Roux a rencontré Paul Girard mardi. Il a déclaré …": a pronoun that opens its sentence (or that
 * follows a quote opening it: "… mardi. « … », a-t-il lancé") takes up the person who opened the sentence before as its subject, not a name in that sentence's object
 * or complements; undefined when that sentence opens on no such person or the gender does not fit.
 */
export function clauseSubjectBefore(ctx: Doc, before: number, gender: "m" | "f"): Entity | undefined {
  const { toks } = ctx;
  // "… mardi. « Nous avons besoin de moyens », a-t-il lancé": the quote's opening mark before the sentence's first word.
  const quote = !toks[before]?.sent && !toks[before]?.nl;
  if (quote && !(QUOTE_MARK.has(toks[before]?.t ?? "") && toks[before + 1]?.sent)) return undefined;
  let s = before - 1;
  while (s > 0 && before - s < SENTENCE_BACK && !toks[s].sent && !toks[s].nl) s--;
  if (s < 0 || !toks[s].sent && !toks[s].nl && s !== 0) return undefined;
  // A sentence that reports ("X a rencontré Y, qui a affirmé …") leaves such a quote to who reported (the nearest-name scoring).
  if (quote) for (let k = s; k < before; k++) if (isVerb(ctx, k)) return undefined;
  const p = subjectPhraseAt(ctx, s);
  if (p?.kind !== "mention") return undefined;
  const m = ctx.ents.mentions[p.mention];
  const e = m.entity;
  if (!inSubjectPosition(ctx, p.mention)) return undefined;
  if (e.kind === "person") return fits(ctx, e, gender) ? e : undefined;
  // "La CGT a rencontré le ministre. Elle a affirmé …": an organisation, where the language's pronouns follow
  // its grammatical gender and its article shows it.
  const article = DETERMINER_GENDER[toks[m.a - 1]?.lw ?? ""];
  return e.kind === "org" && ctx.rules.genderedOrgPronouns && m.a - 1 === s && article === gender ? e : undefined;
}

/**
 * A sentence after the statement before opens on a description that is not its speaker ("« Victoire ! »
 * s'écria X. Le chirurgien haussa les épaules et répondit …"): someone else is the subject of the clause
 * before, so the statement's speaker is no longer the most salient. For "he"/"she" (`person`), a body ("The council, led
 * by X, disagreed. He added …") is no such subject: it cannot be the pronoun's antecedent.
 */
function describedSubjectSince(ctx: Doc, topic: Topic, before: number, person: boolean): boolean {
  const { toks, lex } = ctx;
  for (let k = topic.end; k < before; k++) {
    if (!toks[k].sent && !toks[k].nl || !lex.determiners.has(toks[k].lw)) continue;
    const p = subjectPhraseAt(ctx, k);
    if (p?.kind !== "role" || person && BODY_WORDS.has(toks[p.role].lw)) continue;
    const e = describedEntity(ctx, k, p.role, p.end);
    if (e !== topic.entity && !(person && e?.kind === "org")) return true;
  }
  return false;
}

/**
 * "Walmart said it would raise wages. “…,” it said.": a speaker typed as a person with nothing that shows one (no
 * gender, role or given name) is the body "it" takes up; "they" only when its name is a plural ("the Raptors").
 */
function maybeBody(ctx: Doc, e: Entity, gender: "pl" | "x"): boolean {
  if (e.gender || e.role || shownGenders(ctx).get(e) || nameGender(ctx, e)) return false;
  return gender === "x" || /\p{Ll}[^s]s$/u.test(e.name);
}

/** A place's name that is also a given name of this gender or of none listed, and no country ("Kofi", not "Kenya"). */
function personLikePlace(e: Entity, gender: "m" | "f" | "pl" | "x"): boolean {
  if (gender !== "m" && gender !== "f" || e.name.includes(" ") || !isFirstName(e.name)) return false;
  const kind = placeInfo(e.name)?.kind;
  const g = givenNameGender(e.name);
  return kind !== "country" && kind !== "continent" && (!g || g === gender);
}

/** How many sentences open at tokens a < k < b. */
function sentencesBetween(ctx: Doc, a: number, b: number): number {
  let n = 0;
  for (let k = a + 1; k < b; k++) if (ctx.toks[k].sent) n++;
  return n;
}

/** How many title words may stand between a reporting verb and the name after it ("adds psychologist Mary Alvord"). */
const TITLE_WORDS = 3;

/**
 * A reporting verb stands right before the name starting at token a, past a few lower-case title words, and
 * has no subject before it (an inverted cue: "“…,” adds psychologist Mary Alvord"). "Obama blasted Trump":
 * a name after a verb that has its subject is the verb's object.
 */
function reportedBy(ctx: Doc, a: number): boolean {
  const { toks, lex } = ctx;
  for (let k = a - 1; k >= 0 && a - k <= TITLE_WORDS + 1; k--) {
    if (isVerb(ctx, k)) return inverted(ctx, k);
    const t = toks[k];
    if (!t.word || t.cap || !lex.speakerNouns.has(t.lw) && !lex.determiners.has(t.lw)) return false;
  }
  return false;
}

/**
 * The verb at token v opens its clause (past its auxiliaries): after a quote mark, a comma, or at a sentence start.
 * A participle never inverts: "…, telling Mic in an interview" names whom it was told.
 */
function inverted(ctx: Doc, v: number): boolean {
  const { toks, facts } = ctx;
  if (endsIn("ing", toks[v].lw)) return false;
  let k = v;
  while (k > 0 && !toks[k].sent && !toks[k].nl && (facts[k - 1] & AUXILIARY) !== 0) k--;
  return k === 0 || toks[k].sent || toks[k].nl > 0 || !toks[k - 1].word;
}

/**
 * "Prominent Canadian examples include …": a one-word name written once, at a sentence start, may be any
 * capitalised word; it is no salient subject.
 */
export function capitalisedWord(ctx: Doc, e: Entity, a: number): boolean {
  return e.mentions.length === 1 && !e.name.includes(" ") && (ctx.toks[a].sent || ctx.toks[a].nl > 0 || a === 0);
}

/** The name starting at token a stands after a preposition or a complementizer, past its title words and determiner ("du président X"). */
function inComplement(ctx: Doc, a: number): boolean {
  const { toks, lex } = ctx;
  let k = a - 1;
  for (let n = 0; n < 5 && k >= 0 && toks[k].word && !COMPLEMENTIZERS.has(toks[k].lw) && (lex.speakerNouns.has(toks[k].lw) || lex.determiners.has(toks[k].lw) && !PREPOSITIONS.has(toks[k].lw) ||
    lex.honorifics.has(toks[k].lw)); n++) k--;
  return k >= 0 && (PREPOSITIONS.has(toks[k].lw) || COMPLEMENTIZERS.has(toks[k].lw));
}

/** The name ending at token b is a possessor ("Parker's plea", "Parker’ s"). */
function possessor(ctx: Doc, b: number): boolean {
  const { toks } = ctx;
  return /['’]s$/.test(toks[b - 1].lw) || /^['’]s?$/.test(toks[b]?.t ?? "");
}

/** A person's known, shown or given-name gender does not contradict the pronoun's. */
function fits(ctx: Doc, e: Entity, gender: "m" | "f"): boolean {
  const g = e.gender || shownGenders(ctx).get(e) || nameGender(ctx, e);
  return !g || g === gender;
}
