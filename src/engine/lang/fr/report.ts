// The French report at a token (lang/fr/index.ts reportAt): a source opening there ("selon X, …", sources.ts), or a
// postposed cue after the content ("…, a déclaré X", "Par ailleurs, poursuit X, …"), with the cheap test before it.
import { type Doc, entityById, isQuoteMark } from "../../quotes/doc";
import { frenchPostposed, mayPostpose } from "../../quotes/french";
import { incidentalEndingAt } from "../../quotes/incidentals";
import { pastFrontedPhrase } from "../../quotes/sentences";
import { FRAME_ONLY, FRENCH_CUE, SOURCE_PREP, VERBISH } from "../../quotes/word-bits";
import type { Speaker, Span } from "../../types";
import type { LastReport } from "../rules";
import { insideReport } from "./inside";
import { appositionClose, frenchSource } from "./sources";
import { verblessPhraseFr } from "./verbless";

/** How many tokens a fronted circumstance before a cue set off by commas may hold ("Dans ce contexte", "À ce stade du débat"). */
const MAX_CIRCUMSTANCE = 6;

/** Quote marks and dialogue dashes: a sentence with one is speech, not a report before a postposed cue. */
const SPEECH_MARK = /^(?:[«»“”"‘’—–]|--|-)$/;

/**
 * The French reports that open at token v (see frenchSource and frenchPostposed): the content tokens
 * [a, b), its speaker and cue, and the token to go on from. No cue: v opens a source but no report is
 * made (the sentence already holds one).
 */
export function frenchReport(ctx: Doc, v: number, last: LastReport | undefined, contentEnd: (k: number) => number,
  quoteEndAt: (k: number) => number, sentenceStart: number):
  { a: number; b: number; speaker?: Speaker | null; cue?: Span; next: number } | undefined {
  const { toks } = ctx;
  // "X a dit que la ville, selon lui, était sûre": a cue inside the last report is an aside of it.
  if (last && last.start < toks[v].s && last.end >= toks[v].e) return { a: 0, b: 0, next: v };
  const fs = frenchSource(ctx, v, last);
  if (fs) {
    // "X a annoncé la mesure, selon un communiqué de Y": the report inside already has its speaker and verb.
    const inner = fs.end !== undefined && last && last.start >= toks[fs.content].s && last.end <= toks[fs.end].s;
    const b = fs.end ?? contentEnd(fs.content);
    return inner ? { a: 0, b: 0, next: v } : { a: fs.content, b, speaker: fs.speaker, cue: fs.cue, next: v };
  }
  // Every report below needs a postposed cue at v: most tokens after a comma fail its first tests.
  if (!mayPostpose(ctx, v)) return undefined;
  const post = frenchPostposed(ctx, v, sentenceStart);
  // "Par ailleurs, poursuit X, les négociations reprendront.": a cue set off after an opening connective; the report follows it.
  // So after a short fronted circumstance: "Pour l'instant, admet X, …", "Dans ce contexte, estime X, …".
  const opener = openerOnly(ctx, sentenceStart, v - 1) || pastFrontedPhrase(ctx, sentenceStart, v + 1, MAX_CIRCUMSTANCE) === v;
  const aside = opener ? frenchPostposed(ctx, v, sentenceStart, true) : undefined;
  if (aside && toks[aside.after + 1]?.word) {
    // "…, admet Paul Durand, ministre de l'Intérieur, la réforme …": a described apposition of the named speaker comes first.
    const close = personApposition(ctx, aside.speaker, aside.after + 1) ? appositionClose(ctx, aside.after + 1) : -1;
    const a = close > 0 && toks[close + 1]?.word ? close + 1 : aside.after + 1;
    return { a, b: contentEnd(a), speaker: aside.speaker, cue: aside.cue, next: a - 1 };
  }
  // "Les impôts, poursuit X, vont baisser.": a cue between the clause's subject and its verb; the report is the whole clause.
  const inside = insideReport(ctx, v, sentenceStart, contentEnd);
  if (inside) return inside;
  // "A ; B, a déclaré X": the report is B, the clause after the last semicolon.
  let a = sentenceStart;
  for (let i = v - 2; i > a; i--) if (toks[i].t === ";") { a = i + 1; break; }
  // "Toutefois, si …, elles seraient …, dit-il.": the connective that opens the sentence is no part of the report.
  for (let c = a + 1; c < v - 2 && c - a <= 3; c++) if (openerOnly(ctx, a, c)) { a = c + 1; break; }
  // "Les flammes ont détruit 12 000 hectares, a-t-il précisé, et les vents compliquent la tâche.": a cue set off inside a
  // sentence that goes on with "et"/"mais"; the report is the whole sentence, incise included (as insideReport).
  const on = post ? undefined : goesOnAfterCue(ctx, v, sentenceStart);
  const cue = post ?? on;
  // "Le président du tribunal, Alain Brochard, a interrompu l'avocate.": a verbless phrase is the sentence's subject.
  if (!cue || a >= v - 1 || quoteEndAt(a) > a || verblessPhraseFr(ctx, a, v - 1)) return undefined;
  // "X a annoncé la fermeture, a-t-on appris auprès de la direction.": the report before the cue has its own speaker.
  if (last && last.start >= toks[a].s && last.end <= toks[v - 1].s) return { a: 0, b: 0, next: cue.verb };
  // "La réforme est « indispensable », a déclaré X.": one quote closing the clause makes the report mixed.
  const o = lastMark(toks, a, v - 2);
  const mixed = o > a && quoteEndAt(o) === v - 1 && ctx.rules.mixedBeforeCue(ctx, { start: toks[o].s, end: toks[v - 2].e });
  for (let i = Math.max(0, a - 1); i < v - 1 && !mixed; i++) if (!toks[i].word && SPEECH_MARK.test(toks[i].t) && !datelineDash(toks, i)) return undefined;
  if (on) return { a, b: contentEnd(on.after + 2), speaker: on.speaker, cue: on.cue, next: on.after };
  return { a, b: v - 1, speaker: cue.speaker, cue: cue.cue, next: cue.verb };
}

/** Articles before the role noun of a person's apposition ("X, le maire de Lyon, …"). */
const ROLE_ARTICLE = new Set(["le", "la", "l'", "l’"]);

/**
 * Whether the speaker is a named person and a role of one person opens at token k ("ministre de l'Intérieur", "le maire
 * de Lyon"): not the plural or the body that opens the clause itself ("les salariés, qui …", "le gouvernement, qui …").
 */
function personApposition(ctx: Doc, speaker: Speaker | null, k: number): boolean {
  if (!speaker?.entity || speaker.pronoun || entityById(ctx, speaker.entity)?.kind !== "person") return false;
  const head = ROLE_ARTICLE.has(ctx.toks[k]?.lw ?? "") ? k + 1 : k;
  return Object.hasOwn(ctx.lex.data.roleNouns, ctx.toks[head]?.lw ?? "");
}

/** A dash after the period of a dateline on the same line ("12 juillet 2012. - L'entreprise …"): no dialogue dash. */
function datelineDash(toks: Doc["toks"], i: number): boolean {
  return toks[i - 1]?.t === "." && toks[i].nl === 0 && !!toks[i + 1]?.word;
}

/** Words besides the lexicon's determiners that open a subject: "et des renforts …", "mais aucun blessé …". */
const CLAUSE_SUBJECT = new Set(["des", "du", "ces", "aucun", "aucune", "plusieurs", "certains", "certaines", "tous", "toutes"]);

/** Conjunctions that carry a sentence on after an incise: "…, a-t-il précisé, et les vents …". */
const GOES_ON = new Set(["et", "mais"]);

/** A cue at v set off by commas and followed by "et"/"mais" and a lower-case clause: the cue, its speaker and its closing comma. */
function goesOnAfterCue(ctx: Doc, v: number, sentenceStart: number): ReturnType<typeof frenchPostposed> {
  const { toks } = ctx;
  const c = frenchPostposed(ctx, v, sentenceStart, true);
  if (!c || !GOES_ON.has(toks[c.after + 1]?.lw ?? "")) return undefined;
  const n = toks[c.after + 2];
  // A new clause opens there: its subject's article, a pronoun or a number ("et les vents …", "et elle avait …"), not a
  // participle that goes on describing the subject ("…, disait-il, et décidé à vivre en paix").
  if (!n?.word || n.cap || !(ctx.lex.determiners.has(n.lw) || CLAUSE_SUBJECT.has(n.lw) || ctx.lex.pronouns.has(n.lw) || /^\d/.test(n.t))) return undefined;
  // "…, a déclaré X, et il a quitté la salle": a pronoun that may be the speaker opens the narration of what he did.
  if (ctx.lex.pronouns.has(n.lw) && (!c.speaker?.pronoun || c.speaker.mentionText?.toLowerCase() === n.lw)) return undefined;
  return c;
}

/** Connectives that may open a sentence before an incise: "Mais, ajoute-t-il, …", "Enfin, conclut X, …". */
const CONNECTIVE = new Set(["mais", "et", "or", "enfin", "ensuite", "puis", "cependant", "pourtant", "toutefois", "néanmoins", "surtout", "donc", "bref"]);

/** Whether only a connective or an incidental phrase ("Par ailleurs", "De son côté") stands from s to the comma c. */
function openerOnly(ctx: Doc, s: number, c: number): boolean {
  const { toks } = ctx;
  if (ctx.toks[c]?.t !== "," || c <= s) return false;
  if (c === s + 1 && CONNECTIVE.has(toks[s].lw)) return true;
  return incidentalEndingAt(ctx, c - 1) === s;
}

/**
 * Cheap test before frenchReport: a cue word of the lexicon (reportCueWords: "pour", "selon", "d'"), read from the
 * word bits, or a token after a comma. After a comma, frenchReport makes a report only at a postposed cue
 * (mayPostpose); elsewhere it can only stop the other rules at v (a cue inside the last report), which read only
 * verbs and source words: a token that is none of them and opens no postposed cue is left out here.
 */
export function frenchCueAt(ctx: Doc, v: number): boolean {
  const b = ctx.bits[v];
  if ((b & FRENCH_CUE) !== 0) return true;
  if (v === 0 || ctx.toks[v - 1].t !== ",") return false;
  return (b & (VERBISH | SOURCE_PREP | FRAME_ONLY)) !== 0 || mayPostpose(ctx, v);
}

/** The last quote mark among tokens [a, b), or -1. */
function lastMark(toks: Doc["toks"], a: number, b: number): number {
  for (let i = b - 1; i >= a; i--) if (isQuoteMark(toks[i].t)) return i;
  return -1;
}
