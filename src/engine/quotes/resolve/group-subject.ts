// "Two researchers, Ana Ruiz and Paul Becker, studied the towns. They concluded …", "Ana Ruiz and Paul Becker said
// they respected the vote. “…,” they said.": a "they" nothing took up stands for the people (or bodies) named together
// as the subject of its clause or of the sentence before: the speaker is that group, named by its members' canonical
// names joined as the text joins them ("Ana Ruiz and Paul Becker"), with no single entity (issue 11, plural "they").
import type { Speaker } from "../../types";
import type { Doc } from "../doc";
import { LIST_JOINERS } from "../../lexicon/entity-words";
import { AFFILIATION, COMPLEMENTIZERS, PREPOSITION, TAIL_START } from "../../lexicon/quote-words";
import { AUXILIARY, BARE_VERB_FORM, HONORIFIC, RELATIVE_WORD, ROLE_NOUN, SPEAKER_NOUN } from "../word-bits";
import { endsIn } from "../../text/chars";

/** A comma or a dash (the tokenizer may split "--") setting off the names from their description. */
const SET_OFF = /^[,\-–—]+$/;
/** How far back (tokens) the sentence the pronoun takes up may start. */
const SENTENCE_BACK = 60;
/** How many words may open the subject before the first name ("Stella's owners", "Two researchers,"). */
const LEAD_WORDS = 4;
/** How many tokens an apposition or affiliation after the names may hold ("of the University of Lisbon"). */
const TAIL_TOKENS = 12;

/**
 * The group "they" at token k stands for, as a speaker with the pronoun as its mention; undefined when none, or when
 * someone else is named between the group and token `before` (the quote's opening when it comes first).
 */
export function groupSubject(ctx: Doc, k: number, before = k): Speaker | undefined {
  const { toks } = ctx;
  // The pronoun's own clause first ("… said they respected …"), else the sentence before (before the quote, when the
  // cue follows one: a long quote does not push that sentence out of reach).
  let s = before;
  while (s > 0 && before - s < SENTENCE_BACK && !toks[s].sent && !toks[s].nl) s--;
  const starts = [s];
  if (s > 0) {
    let p = s - 1;
    while (p > 0 && s - p < SENTENCE_BACK && !toks[p].sent && !toks[p].nl) p--;
    if (toks[p].sent || toks[p].nl || p === 0) starts.push(p);
  }
  for (const c of starts) {
    if (c >= before) continue;
    const g = groupAt(ctx, c, before) ?? afterComma(ctx, c, before);
    if (!g) continue;
    const ms = ctx.ents.mentions;
    const name = g.map((i, n) => (n ? joiner(ctx, ms[g[n - 1]].b, ms[i].a) : "") + ms[i].entity.name).join("");
    const t = toks[k];
    return { name, mention: { start: t.s, end: t.e }, mentionText: t.t, pronoun: true };
  }
  return undefined;
}

/** The joining words between tokens a and b as the text writes them, without the titles: ", ", " and ", ", and ". */
function joiner(ctx: Doc, a: number, b: number): string {
  let out = "";
  for (let j = a; j < b; j++) if (LIST_JOINERS.has(ctx.toks[j].lw)) out += ctx.toks[j].word ? " " + ctx.toks[j].t : ctx.toks[j].t;
  return out + " ";
}

/** The group past a fronted clause's comma ("In an emailed statement, A and B said …"). */
function afterComma(ctx: Doc, c: number, k: number): number[] | undefined {
  for (let j = c + 1; j < k && j - c <= SENTENCE_BACK; j++) {
    if (ctx.toks[j].sent) return undefined;
    if (ctx.toks[j].t === ",") return groupAt(ctx, j + 1, k);
  }
  return undefined;
}

/**
 * The mentions (indices) of two or more people or bodies named together that open the subject at token c, a verb after
 * them (past an apposition or an affiliation), before token k; undefined when the subject is no such group.
 */
function groupAt(ctx: Doc, c: number, k: number): number[] | undefined {
  const { toks } = ctx;
  // Description words before the names: "Stella's owners", "Two researchers,", "Three economists --"; not a
  // subordinate clause's ("When A and B arrived, the crowd cheered"), nor a preposition's ("In it, …").
  for (let j = c; j < k && j - c <= LEAD_WORDS && !isVerb(ctx, j) && (toks[j].word || SET_OFF.test(toks[j].t)); j++) {
    if (TAIL_START.has(toks[j].lw) || COMPLEMENTIZERS.has(toks[j].lw)) return undefined;
    const group = namedTogether(ctx, j, k);
    if (!group) continue;
    const last = ctx.ents.mentions[group[group.length - 1]];
    return verbAfter(ctx, last.b, k) && !otherBetween(ctx, group, k) ? group : undefined;
  }
  return undefined;
}

/** A person who is no member is named between the group and token k ("A and B met C. They said"). */
function otherBetween(ctx: Doc, group: number[], k: number): boolean {
  const ms = ctx.ents.mentions;
  for (let i = group[group.length - 1] + 1; i < ms.length && ms[i].a < k; i++) {
    if (ms[i].entity.kind === "person" && !group.some((g) => ms[g].entity === ms[i].entity)) return true;
  }
  return false;
}

/** Two or more person or organisation mentions from token j on, joined by commas and "and"/"et"; undefined when fewer. */
function namedTogether(ctx: Doc, j: number, k: number): number[] | undefined {
  const { toks, facts } = ctx;
  const ms = ctx.ents.mentions;
  const group: number[] = [];
  let i = ctx.mentionAt[j];
  while (i >= 0 && ms[i].a === j && ms[i].b <= k) {
    const e = ms[i].entity;
    if (e.kind !== "person" && e.kind !== "org" || group.some((g) => ms[g].entity === e)) return undefined;
    group.push(i);
    let n = ms[i].b;
    if (!LIST_JOINERS.has(toks[n]?.lw ?? "")) break;
    while (n < k && LIST_JOINERS.has(toks[n].lw)) n++;
    // "and Sen. Ted Cruz", "and Senator Haddad", "and the Teamsters": an honorific, a title or an article before the next name.
    while (n < k && ctx.mentionAt[n] < 0 && ((facts[n] & (HONORIFIC | ROLE_NOUN | SPEAKER_NOUN)) !== 0 || toks[n].t === "." || ctx.lex.determiners.has(toks[n].lw))) n++;
    i = ctx.mentionAt[n] ?? -1;
    j = n;
  }
  return group.length >= 2 ? group : undefined;
}

/**
 * The names ending at token b are a clause's subject: a verb follows, past an apposition set off by commas or dashes
 * and an affiliation ("of the Northern Party"): the first lower-case word there that is no preposition, article or
 * relative. Not a possessor ("A and B's report").
 */
function verbAfter(ctx: Doc, b: number, k: number): boolean {
  const { toks, facts } = ctx;
  if (/^['’]s?$/.test(toks[b]?.t ?? "") || /['’]s$/.test(toks[b - 1].lw)) return false;
  for (let j = b; j < k && j - b <= TAIL_TOKENS; j++) {
    const t = toks[j];
    if (t.sent || (facts[j] & RELATIVE_WORD) !== 0) return false;
    if (SET_OFF.test(t.t)) {
      // "Two researchers, A and B, studied": the comma closing the names' own apposition.
      if (verbWord(ctx, j + 1)) return true;
      // ", the owners of the café," : on to the closing comma or dash, whose next word must be the verb.
      let c = j + 1;
      while (c < k && c - b <= TAIL_TOKENS && !SET_OFF.test(toks[c].t) && !toks[c].sent) c++;
      return c < k && !toks[c].sent && verbWord(ctx, c + 1);
    }
    if (!t.word || t.cap || ctx.mentionAt[j] >= 0 || AFFILIATION.has(t.lw) || ctx.lex.determiners.has(t.lw)) continue;
    return verbWord(ctx, j);
  }
  return false;
}

/** Token j is a lower-case word that may open a predicate: no joiner, preposition, article or relative. */
function verbWord(ctx: Doc, j: number): boolean {
  const t = ctx.toks[j];
  if (!t?.word || t.cap) return false;
  return isVerb(ctx, j) || !LIST_JOINERS.has(t.lw) && !PREPOSITION.has(t.lw) && !ctx.lex.determiners.has(t.lw) && (ctx.facts[j] & RELATIVE_WORD) === 0;
}

/** An auxiliary, a verb form or a past form at token j ("said", "studied", "have"). */
function isVerb(ctx: Doc, j: number): boolean {
  const t = ctx.toks[j];
  if (!t?.word || t.cap) return false;
  return (ctx.facts[j] & (AUXILIARY | BARE_VERB_FORM)) !== 0 || ctx.lex.irregularPast.has(t.lw) || endsIn("ed", t.lw) && t.lw.length > 4;
}
