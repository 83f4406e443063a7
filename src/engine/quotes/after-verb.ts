// What follows a reporting verb, read without its subject: the complementizer a few words on ("said on Tuesday
// that"), a bare clause ("said the plan would fail"), an object ("denied the charges", "a annoncé sa démission"),
// a naming ("called the actions lawful"), a postposed cue's tail ("…, X said on Tuesday."). indirect.ts asks these
// before its costly subject search (mayReport) and again when it makes the report.
import type { Token } from "../text/tokenize";
import { bareClauseAt, looksFinite } from "./bare-clause";
import { skipTime } from "./time-channel";
import { addresseeInfinitive, infinitive } from "./addressee-infinitive";
import type { Doc } from "./doc";
import { isVerb } from "./verbs";
import { FINITE_EN, AUDIENCE_EN, CIRCUMSTANCE_EN as CIRCUMSTANCE, NAMED_PRONOUN, PARTICLE, OBJECT_PRONOUN_WORD, SHOW_WORD, ADDRESSED_EN, NOT_CLAUSE_EN, REFLEXIVE_EN, EVENT_EN, CHANNEL_TAIL_EN } from "../lexicon/en/quotes";
import { NOT_OBJECT, TAIL_START, QUOTE_MARK, OPENING_MARK } from "../lexicon/quote-words";
import { BARE_CLAUSE_FORM, COMPLEMENTIZER, CONJUNCTION_WORD, DETERMINER, FAR_STOP_WORD, HONORIFIC, OBJECT_FORM, SAY_WORD, TELL_WORD } from "./word-bits";
import { TIME } from "../lexicon/time-words";
import { isOneOf, endsIn } from "../text/chars";

const MAX_GAP = 7;

/** How far a postposed or parenthetical cue may run after its verb ("he said after meeting …"). */
const MAX_TAIL = 10;

/** Where the cue's tail ends after the verb: "." (postposed), "," (parenthetical), or undefined (not a tail). */
export function tailAfter(ctx: Doc, k: number): { end: number; comma: boolean } | undefined {
  const { toks } = ctx;
  const first = toks[k];
  // "…, Statistics Canada said last week.": a time phrase skipTime reads opens the tail too.
  if (first?.word && !TAIL_START.has(first.lw) && !TIME.has(first.lw) && !endsIn("ly", first.lw) && skipTime(ctx, k) === k) return undefined;
  for (let i = k; i < toks.length && i < k + MAX_TAIL; i++) {
    const t = toks[i];
    if (i > k && t.nl || !t || t.t === "." || t.t === "!" || t.t === "?") return { end: i, comma: false };
    if (t.t === ",") return toks[i + 1]?.word ? { end: i, comma: true } : undefined;
    if (!t.word || isVerb(ctx, i) || (ctx.facts[i] & COMPLEMENTIZER) !== 0) return undefined;
  }
  return toks.length <= k ? { end: k, comma: false } : undefined;
}

/** Complementizer within a few words after the verb v ("a déclaré mardi que", "told reporters on Tuesday that"): its token, or -1. */
export function complementizerAfter(ctx: Doc, v: number): number {
  const { toks, lex } = ctx;
  // "said in an interview with … that": a circumstance after "say"/"tell" (not a particle: "called for X that").
  const prep = lex.data.prepositionReach && (ctx.facts[v] & SAY_WORD) !== 0 && CIRCUMSTANCE.has(toks[v + 1]?.lw ?? "") ? lex.data.prepositionReach : undefined;
  let reach = prep ?? lex.data.complementizerReach ?? MAX_GAP;
  const aside = asideThat(ctx, v);
  if (aside >= 0) return aside;
  if (!complementizerInReach(ctx, v, reach)) return -1;
  // Quote marks around a title do not count towards the gap.
  // Past MAX_GAP words (where the lexicon reaches further), only a chain of circumstances: no other clause opens.
  let open = false;
  for (let k = v + 1, n = 1; k < toks.length && n <= reach; k++, n += QUOTE_MARK.has(toks[k]?.t ?? "") ? 0 : 1) {
    // "said the board had “ignored every warning that came …”": past a finite verb, or inside a quote opened after
    // the verb, the "that" is the bare clause's own (a relative or its complement), not the verb's.
    if (k > v + 1 && FINITE_EN.has(toks[k].lw)) return -1;
    if (QUOTE_MARK.has(toks[k].t)) open = toks[k].t === "\"" ? !open : OPENING_MARK.has(toks[k].t);
    if ((ctx.facts[k] & COMPLEMENTIZER) !== 0 && open) return -1;
    if ((ctx.facts[k] & FAR_STOP_WORD) !== 0 || endsIn("ant", toks[k].lw) && toks[k - 1].lw === "en") reach = MAX_GAP;
    // "says he introduced legislation to accomplish that.": a "that" closing the clause is a pronoun.
    // "said the beds were coming and that the plan …": a "that" after a conjunction opens the bare clause's second half.
    if ((ctx.facts[k] & COMPLEMENTIZER) !== 0 && k > v + 2 && (ctx.facts[k - 1] & CONJUNCTION_WORD) !== 0) return -1;
    if ((ctx.facts[k] & COMPLEMENTIZER) !== 0) return toks[k + 1] && !toks[k + 1].nl && !isOneOf(".!?;:)", toks[k + 1].t) ? k : -1;
    // "told NBC’s “Today” show that", "said in the report that": marks and nouns that look like verbs.
    // "told analysts on a conference call that": a verb-like noun in a prepositional phrase, after its determiner and one plain word.
    if ((QUOTE_MARK.has(toks[k].t) || isVerb(ctx, k) && ((ctx.facts[k - 1] & DETERMINER) !== 0 || QUOTE_MARK.has(toks[k - 1].t) ||
      k > v + 3 && CIRCUMSTANCE.has(toks[k - 3].lw) && (ctx.facts[k - 2] & DETERMINER) !== 0 && toks[k - 1].word && !toks[k - 1].cap && !isVerb(ctx, k - 1)))) continue;
    // "He added, that there's …": a stray comma before the complementizer.
    // (Not a parenthetical cue: "It is no surprise, Mr. Garin said, that …" reports the whole sentence.)
    if (k === v + 1 && lex.shapes.commaBeforeComplementizer && toks[k].t === "," && (ctx.facts[k + 1] & COMPLEMENTIZER) !== 0 && !commaBefore(toks, v)) continue;
    if (!toks[k].word || isVerb(ctx, k)) break;
  }
  return -1;
}

/**
 * "said, however, that …", "added, though, that …": one or two lower-case words set off by commas right after the verb,
 * then the complementizer (English report matrix); not after a parenthetical cue (", Mr. Garin said, that …").
 */
function asideThat(ctx: Doc, v: number): number {
  const { toks, facts } = ctx;
  if (!ctx.lex.shapes.commaBeforeComplementizer || toks[v + 1]?.t !== "," || commaBefore(toks, v)) return -1;
  for (let k = v + 2; k < toks.length && k <= v + 4; k++) {
    const t = toks[k];
    if (t.t === ",") return k > v + 2 && (facts[k + 1] & COMPLEMENTIZER) !== 0 && toks[k + 2]?.word ? k + 1 : -1;
    if (!t.word || t.cap || isVerb(ctx, k) || (facts[k] & COMPLEMENTIZER) !== 0) return -1;
  }
  return -1;
}

/**
 * Whether the loop of complementizerAfter can meet a complementizer: one within `reach` tokens after v (quote marks
 * not counted), before a token that is no word, no mark and no stray comma right after the verb, where that loop
 * stops. A necessary test on the word bits, asked first: most verbs have none in reach (French reaches 24 tokens).
 */
function complementizerInReach(ctx: Doc, v: number, reach: number): boolean {
  const { toks, facts } = ctx;
  for (let k = v + 1, n = 1; k < toks.length && n <= reach; k++, n += k < toks.length && !toks[k].word && QUOTE_MARK.has(toks[k].t) ? 0 : 1) {
    if ((facts[k] & COMPLEMENTIZER) !== 0) return true;
    if (k > v + 1 && !toks[k].word && !QUOTE_MARK.has(toks[k].t) && !isVerb(ctx, k)) return false;
  }
  return false;
}

/**
 * The clause a bare-clause verb reports from (past its time words and the object of "told"), when it opens
 * one ("said the plan would fail", "told reporters Trump would win"), or -1: the subject-free tests.
 */
export function bareClauseStart(ctx: Doc, v: number): number {
  const { toks } = ctx;
  if ((ctx.facts[v] & BARE_CLAUSE_FORM) === 0 || toldSelf(toks, v)) return -1;
  let k = skipTime(ctx, v + 1);
  if ((ctx.facts[v] & TELL_WORD) !== 0) k = skipObject(ctx, k);
  // "told reporters at a news conference on Monday that the strike …": a complementizer past the verb's reach opens the clause.
  if ((ctx.facts[k] & COMPLEMENTIZER) !== 0 && k > v + 1 && toks[k + 1]?.word && !ctx.lex.finiteAfterComplementizer.has(toks[k + 1].lw)) k++;
  // "testified “thousands” of emails were missing": a quoted word may open the clause.
  const kw = QUOTE_MARK.has(toks[k]?.t ?? "") ? k + 1 : k;
  // "posted a video on …", "wrote a book about …": an object that is a thing is no clause. Not after "tell": "told the
  // story of Nineveh" is what was told (polnear's gold).
  const say = (ctx.facts[v] & SAY_WORD) !== 0;
  return bareClauseAt(ctx, kw, say) && (say || looksFinite(ctx, kw)) && !(!say && ctx.rules.objectNotContent(ctx, kw, v)) ? k : -1;
}

/**
 * Where the object a verb reports starts ("denied the charges", "called for a ban", "a annoncé sa démission"),
 * or -1: the subject-free tests. A verb after a possessive is a noun ("Trump's demand for").
 */
export function objectStart(ctx: Doc, v: number): number {
  const { toks, lex } = ctx;
  // "asked voters to reject the bill": an addressee and an infinitive make the object, whatever particle the verb takes.
  const addressee = addresseeInfinitive(ctx, v);
  if (!((ctx.facts[v] & OBJECT_FORM) !== 0 || addressee || lex.infinitiveForms.has(toks[v].lw) && toks[v + 1]?.lw === "to") || negated(toks, v) || toldSelf(toks, v) ||
    /['’]s$/.test(toks[v - 1]?.lw ?? "") || ctx.rules.noObjectReport(ctx, v) || adjectiveNoun(ctx, v) || grantRefused(ctx, v)) return -1;
  let k = skipTime(ctx, v + 1);
  // "a annoncé ce matin, vers 7h30, son abandon": the object after a parenthetical; "a annoncé devant les députés la
  // fermeture du site": after an addressee or a circumstance.
  const j = ctx.rules.objectAfterAside(ctx, v, toks[k]?.t === ",");
  if (j > 0) k = j;
  // "called for a ban", "called on the mayor to resign": the verb's particles.
  const particle = lex.objectParticle.get(toks[v].lw);
  if (particle?.has(toks[k]?.lw ?? "")) k++;
  const t = toks[k];
  return (!particle || addressee || k > v + 1 && particle.has(toks[k - 1].lw)) && t && (t.word || t.t === "“" || t.t === "«" || t.t === "\"") &&
    (!NOT_OBJECT.has(t.lw) || addressee && OBJECT_PRONOUN_WORD.test(t.lw) || possessive(ctx, k) || t.lw === "to" && !particle && lex.infinitiveForms.has(toks[v].lw) && infinitive(ctx, k + 1)) &&
    !lex.complementizers.has(t.lw) && !ctx.rules.objectNotContent(ctx, k, v) ? k : -1;
}

/**
 * "denied Mr. Hemming's request for …", "denied him bail", "denied Republicans the votes": a refusal of a
 * thing, not of a claim (lexicon grantVerbs/grantObjects): its object within a few words, or a second object.
 */
function grantRefused(ctx: Doc, v: number): boolean {
  const { toks, lex } = ctx;
  if (!lex.grantVerbs.has(toks[v].lw)) return false;
  for (let k = v + 1; k < toks.length && k <= v + 4; k++) {
    const t = toks[k];
    // "denied Mr. Hemming's request": the honorific's period.
    if (t.t === "." && (ctx.facts[k - 1] & HONORIFIC) !== 0) continue;
    if (!t.word || lex.complementizers.has(t.lw)) return false;
    if (lex.grantObjects.has(t.lw)) return true;
    // "denied Republicans the votes", "denied him a hearing": a determiner after a first object.
    if (k > v + 1 && lex.determiners.has(t.lw) && (toks[k - 1].cap || OBJECT_PRONOUN_WORD.test(toks[k - 1].lw))) return true;
  }
  return false;
}

/**
 * "told a meeting of the transit committee.", "told a crowd of supporters that …": the event's complement, when it runs
 * without a verb or a second phrase to the clause's end, a comma or a complementizer, is part of the audience (the
 * token after it). Else k: "told a crowd of 100 members gathered at …" goes on.
 */
function eventOfEnd(ctx: Doc, j: number, k: number): number {
  const { toks } = ctx;
  for (const start = j, end = j + 6; j < end; j++) {
    const t = toks[j];
    if (!t || t.t === "." || t.t === "," || (ctx.facts[j] & COMPLEMENTIZER) !== 0) return j;
    // A verb, or a second phrase that opens a bare clause ("told a crowd of supporters the line will …").
    if (!t.word || isVerb(ctx, j) || j > start && (ctx.facts[j] & DETERMINER) !== 0) return k;
  }
  return k;
}

/** "a cautious note about …", "a social call on …": a bare verb form after an article and an adjective is a noun. */
function adjectiveNoun(ctx: Doc, v: number): boolean {
  const { toks, lex } = ctx;
  const adj = toks[v - 1];
  return !!adj && !adj.cap && (ctx.facts[v - 2] & DETERMINER) !== 0 && ADJECTIVE.test(adj.lw) && !lex.speakerNouns.has(adj.lw) &&
    !/(?:s|ed|ing)$/.test(toks[v].lw);
}

/** A comma among the four tokens before the verb: ", Mr. Garin said", ", they say". */
function commaBefore(toks: Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 4; k--) if (toks[k].t === ",") return true;
  return false;
}

/** "told himself to stay calm": a reflexive object makes inner speech, no statement (English). */
function toldSelf(toks: Token[], v: number): boolean {
  return REFLEXIVE_EN.test(toks[v + 1]?.lw ?? "");
}

/** "did not dismiss the possibility": a negated verb reports no object. */
export function negated(toks: Token[], v: number): boolean {
  for (let k = v - 1; k >= 0 && k >= v - 2; k--) if (/^(?:not|never|n't|n’t)$|n['’]t$/.test(toks[k].lw)) return true;
  return false;
}

/** Adjective endings that close a naming report: "called the actions lawful", "deemed it irresponsible". */
const ADJECTIVE = /(?:ful|ous|ive|ble|ic|al|ent|ant|less|ary|ish)$/;

/**
 * Whether tokens [k, e) after a naming verb hold an object and what it is called: a second noun phrase
 * opened by "a"/"an" ("her vote a mistake") or a closing adjective ("the actions lawful"); not a
 * particle ("called for", "called on") nor a lone object ("called the police").
 */
export function namesSomething(ctx: Doc, k: number, e: number): boolean {
  const { toks, lex } = ctx;
  const first = toks[k];
  if (!first?.word || e - k < 3 || e - k > 30 || NOT_OBJECT.has(first.lw) && !possessive(ctx, k) && !NAMED_PRONOUN.has(first.lw) ||
    PARTICLE.test(first.lw)) return false;
  for (let i = k + 1; i < e; i++) {
    const t = toks[i];
    if (!t.word || lex.auxiliaries.has(t.lw) || lex.complementizers.has(t.lw)) return false;
    if (t.lw === "a" || t.lw === "an") return i + 1 < e;
  }
  const last = toks[e - 1];
  return !last.cap && ADJECTIVE.test(last.lw) && last.lw.length > 4;
}

/** How far a comma-bounded phrase after the verb may run before its ", that". */
const MAX_PHRASE_GAP = 14;

/** The complementizer right after a comma within a few words from k, with no verb or sentence end before it, or -1. */
export function commaThat(ctx: Doc, k: number): number {
  const { toks } = ctx;
  for (let i = k; i < toks.length && i < k + MAX_PHRASE_GAP; i++) {
    const t = toks[i];
    if (t.t === "," && (ctx.facts[i + 1] & COMPLEMENTIZER) !== 0) return i + 1;
    if (t.nl || t.sent || t.t === "." || t.t === ";" || QUOTE_MARK.has(t.t) || isVerb(ctx, i) || (ctx.facts[i] & COMPLEMENTIZER) !== 0) return -1;
  }
  return -1;
}

/** "her" before a noun is a possessive, not the object: "voiced her frustration", not "urged her to". */
function possessive(ctx: Doc, k: number): boolean {
  const next = ctx.toks[k + 1];
  return ctx.toks[k].lw === "her" && !!next?.word && !next.cap && !NOT_OBJECT.has(next.lw) && !NOT_CLAUSE_EN.has(next.lw) &&
    !ctx.lex.complementizers.has(next.lw) && !isVerb(ctx, k + 1);
}

/** After "told ABC's": a quoted show title and the noun after it ("“Good Morning America”", "“Today” show"), else k. */
function showTitleEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (toks[k]?.t !== "“" && toks[k]?.t !== "\"" || !/['’]s$/.test(toks[k - 1]?.lw ?? "")) return k;
  for (let i = k + 1; i < toks.length && i <= k + 5; i++) {
    if (toks[i].t === "”" || toks[i].t === "\"") return SHOW_WORD.test(toks[i + 1]?.lw ?? "") ? i + 2 : i + 1;
    if (!toks[i].word || !toks[i].cap) return k;
  }
  return k;
}

/** Skips the object of "told": a name, a pronoun, or a plural noun ("told reporters"). */
export function skipObject(ctx: Doc, k: number): number {
  const { toks } = ctx;
  // "told The Huffington Post": a determiner before the name.
  const mi = ctx.mentionAt[k] >= 0 || (ctx.facts[k] & DETERMINER) === 0 ? ctx.mentionAt[k] : ctx.mentionAt[k + 1];
  if (mi >= 0) return skipTime(ctx, showTitleEnd(ctx, ctx.ents.mentions[mi].b));
  const w = toks[k]?.lw ?? "";
  if (ADDRESSED_EN.test(w)) return skipTime(ctx, k + 1);
  // "told police he …", "told the court she …": an audience, bare or after a determiner.
  const au = (ctx.facts[k] & DETERMINER) !== 0 ? k + 1 : k;
  if (AUDIENCE_EN.has(toks[au]?.lw ?? "") && !toks[au].cap) return skipTime(ctx, au + 1);
  // "told a news conference on Monday": an event is the audience (English report matrix).
  // Not when a complement runs on ("told a crowd of 100 members gathered at …", "an invited crowd at the club").
  if ((ctx.facts[k] & DETERMINER) !== 0) {
    for (let i = k + 1; i <= k + 3 && toks[i]?.word && !toks[i].cap; i++) {
      if (!EVENT_EN.has(toks[i].lw)) continue;
      const e = skipTime(ctx, EVENT_EN.has(toks[i + 1]?.lw ?? "") ? i + 2 : i + 1);
      if (toks[e]?.lw === "of") return eventOfEnd(ctx, e + 1, k);
      return CHANNEL_TAIL_EN.has(toks[e]?.lw ?? "") ? k : e;
    }
  }
  // "told POLITICO earlier this week", "told the Courier": a capitalised name the entity pass left out (an outlet).
  const n = w === "the" && toks[k + 1]?.cap ? k + 1 : k;
  if (toks[n]?.cap && toks[n].word && !toks[n].sent) {
    let e = n + 1;
    while (e < k + 4 && toks[e]?.cap && toks[e].word) e++;
    return skipTime(ctx, e);
  }
  return k;
}
