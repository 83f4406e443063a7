// Who reports, for the indirect-report reader (indirect.ts): the speaker after an inverted verb, the subject's first
// token, the subject of "what X said was", a participle's subject after a quote's cue, and the tests on the subject's
// surroundings (a comma before it, a relative pronoun, a place as a preposition's object).
import { appositionOpensAt } from "../phrases/apposition";
import { APPOSITION_AFTER_SOURCE, NOT_OBJECT, TAIL_START, QUOTE_MARK } from "../lexicon/quote-words";
import { COUNT, RELATIVE_EN_WHOM } from "../lexicon/en/quotes";
import type { Token } from "../text/tokenize";
import type { Speaker } from "../types";
import { endsIn } from "../text/chars";
import { titleModifiersStart } from "../phrases/title";
import { placeObject } from "./described";
import { descriptionHead, namedApposition } from "./described-subject";
import type { Doc } from "./doc";
import { subjectAt } from "./resolve/subject";
import { subjectBackward } from "./subject-before";
import { isVerb } from "./verbs";
import { AUXILIARY, DETERMINER, HONORIFIC, SPEAKER_NOUN } from "./word-bits";

/**
 * The speaker of an inverted cue, named or described from token k after the verb and closing the clause:
 * "…, said Mark Smith.", "…, said Mark Smith, executive director of …", "…, say some Democrats.",
 * "…, said the winter railroading report.".
 */
export function invertedSpeaker(ctx: Doc, k: number): Speaker | undefined {
  const { toks } = ctx;
  // "…, a déclaré à la presse le porte-parole du Kremlin, Dmitri Peskov, …": an addressee before the subject, a name after it.
  const j = ctx.rules.skipAddressee(ctx, k);
  const found = subjectAt(ctx, j, k - 1) ?? ctx.rules.describedInverted(ctx, j);
  if (!found) return undefined;
  const after = namedApposition(ctx, descriptionHead(ctx, found));
  // "…, said a source close to the talks.": the description may run on past its head to the clause's end.
  // "…, said an official who asked not to be named …": a relative clause closes it.
  // "…, said Sen. Ted Cruz (R-Texas).": a party tag in parentheses closes nothing; what follows it does.
  const closes = (e0: number) => {
    const p = ctx.rules.partyParenEnd?.(ctx, e0) ?? -1;
    const e = p > 0 ? p : e0;
    const next = toks[e];
    return next?.t === "." || !!next?.nl || next?.t === "," && !!toks[e + 1]?.word && !isVerb(ctx, e + 1) || !found.speaker.entity && RELATIVE_EN_WHOM.test(next?.lw ?? "");
  };
  if (closes(after.end)) return after.speaker;
  const whole = found.speaker.entity ? undefined : ctx.rules.describedInverted(ctx, j);
  return whole && closes(whole.end) ? after.speaker : undefined;
}

/** The name mentioned at k is followed by a comma, a period or a line end: ", says Mary Smith, a pollster." */
export function nameEndsClause(ctx: Doc, k: number): boolean {
  const mi = ctx.mentionAt[k] ?? -1;
  if (mi < 0) return false;
  const after = ctx.toks[ctx.ents.mentions[mi].b];
  return !after || after.nl > 0 || after.t === "," || after.t === "." || after.t === "(";
}

/** "about what city officials said was …": the speaker between "what" and the verb, not the sentence's subject. */
export function whatSpeaker(ctx: Doc, v: number): Speaker | undefined {
  const { toks } = ctx;
  let k = v - 1;
  while (k > 0 && v - k <= MAX_WHAT_SUBJECT && toks[k].lw !== "what") k--;
  if (toks[k]?.lw !== "what") return undefined;
  const named = subjectBackward(ctx, v);
  const sp = named?.mention && named.mention.start > toks[k].s ? named : ctx.rules.looseSubject(ctx, v, k);
  return sp?.mention && sp.mention.start > toks[k].s ? sp : undefined;
}

/** How many words may stand between "what" and the verb. */
export const MAX_WHAT_SUBJECT = 6;

/** A comma at k that opens an apposition or a relative clause: ", an analyst at …", ", who prosecuted …". */
export function appositionOpensAfterSource(ctx: Doc, k: number): boolean {
  return appositionOpensAt(ctx.toks, k, ctx.lex, APPOSITION_AFTER_SOURCE);
}

/**
 * "“…,” Trump told a rally, saying Clinton would …": a participle after a direct quote's cue reports
 * for that cue's subject (before or after the verb).
 */
export function afterQuoteCue(ctx: Doc, v: number, s0: number, usedCue: (i: number) => boolean): Speaker | undefined {
  const { toks } = ctx;
  if (toks[v - 1]?.t !== "," || !endsIn("ing", toks[v].lw) || !ctx.lex.morph.ingParticiples) return undefined;
  for (let i = v - 2; i >= s0; i--) {
    if (!usedCue(i)) continue;
    return subjectBackward(ctx, i) ?? subjectAt(ctx, i + 1, i)?.speaker;
  }
  return undefined;
}

export function subjectStartToken(ctx: Doc, subj: Speaker, v: number): number {
  if (!subj.mention) return -1;
  let k = v;
  while (k > 0 && ctx.toks[k].s > subj.mention.start) k--;
  if (ctx.toks[k].s !== subj.mention.start) return -1;
  // Role words before the name belong to the subject: ", Health Minister Sarah Okafor announced",
  // ", Sen. Lindsey Graham told", ", lead singer Riefian Fajarsyah told" (one modifier before a role noun).
  const { toks, lex } = ctx;
  for (let n = 0; n < 6 && k > 0; n++) {
    const p = toks[k - 1];
    if (p.t === "." && k > 1 && (ctx.facts[k - 2] & HONORIFIC) !== 0) k -= 2;
    // "Secretary of State Dana Okafor", "Director of Government Affairs Phil Smith": "of" inside a capitalised title.
    else if (p.lw === "of" && toks[k].cap && k > 1 && toks[k - 2].cap && (ctx.facts[k - 2] & SPEAKER_NOUN) !== 0) k--;
    // A quoted nickname inside the name: "Riefian “Ifan” Fajarsyah".
    else if (QUOTE_MARK.has(p.t) && k > 3 && toks[k - 2].cap && QUOTE_MARK.has(toks[k - 3].t) && toks[k - 4].cap) k -= 3;
    else if (p.word && (p.cap || lex.speakerNouns.has(p.lw))) k--;
    else if (p.word && (ctx.facts[k] & SPEAKER_NOUN) !== 0 && !NOT_OBJECT.has(p.lw) && !TAIL_START.has(p.lw) && !isVerb(ctx, k - 1) && !lex.determiners.has(p.lw)) k--;
    // ", former Gov. Maria Lopez said", ", state President Maria Lopez said": the lower-case modifiers of a capitalised
    // title (the title-phrase reader); the comma before them is checked by the caller.
    else if (toks[k].cap && (ctx.facts[k] & (HONORIFIC | SPEAKER_NOUN)) !== 0 && titleModifiersStart(toks, k, lex) < k) { k = titleModifiersStart(toks, k, lex); break; }
    else break;
  }
  // "…, the Times said.", "…, the prime minister's spokesman said.", "…, one state official said.": the determiner
  // or number after the comma opens the subject, when a name or a role noun stands right before the verb (not "…, an active voice in …").
  const head = toks[v - 1];
  if (k > 1 && ((ctx.facts[k - 1] & DETERMINER) !== 0 || COUNT.has(toks[k - 1].lw)) && toks[k - 2].t === "," && head && (head.cap || lex.speakerNouns.has(head.lw))) k--;
  return k;
}

/** Whether a comma stands between the sentence's start s0 and the subject's mention: the subject opens the main clause. */
export function commaBeforeSubject(ctx: Doc, s0: number, subj: Speaker | undefined): boolean {
  if (!subj?.mention) return false;
  const { toks } = ctx;
  for (let k = s0 + 1; k < toks.length && toks[k].e <= subj.mention.start; k++) if (toks[k].t === ",") return true;
  return false;
}

/** A relative pronoun between the subject's start and the verb: "a Trump ally who has spoken", "the group, which said". */
export function relativeBefore(toks: Token[], a: number, v: number): boolean {
  for (let k = Math.max(a, v - 3); k < v; k++) if (RELATIVE_EN_WHOM.test(toks[k].lw)) return true;
  return false;
}

/** The subject, unless it is a place that is a preposition's object ("in Ohio, a swing state, said"). */
export function notPlace(ctx: Doc, sp: Speaker | undefined): Speaker | undefined {
  return sp && placeObject(ctx, sp) ? undefined : sp;
}

/** How far an apposition after a source may run (tokens) before its closing comma. */
const MAX_SOURCE_APPOSITION = 12;

/** The comma closing a described apposition that opens at the comma k after a source ("X, the city planning director, …"), else k. */
export function appositionEnd(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (!appositionOpensAfterSource(ctx, k)) return k;
  // A description with a speaker noun ("the director", "a spokesman for …"), not a clause ("the bridge carries …").
  let noun = false;
  for (let c = k + 1; c < toks.length && c - k <= MAX_SOURCE_APPOSITION; c++) {
    if (toks[c].t === ",") return noun && toks[c + 1]?.word ? c : k;
    // A name inside is a subject of its own ("Selon France Info, le maire, Paul Roche, a assuré …").
    if (ctx.mentionAt[c] >= 0) return k;
    noun ||= ctx.lex.speakerNouns.has(toks[c].lw);
    if (!toks[c].word && toks[c].t !== "-" && toks[c].t !== "'" && toks[c].t !== "’" || isVerb(ctx, c) || (ctx.facts[c] & AUXILIARY) !== 0) return k;
  }
  return k;
}
