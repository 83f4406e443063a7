// A French source that closes its sentence with no comma before it: "Les pluies pourraient durer deux jours selon les
// prévisionnistes.", a headline "Chômage : 75 000 emplois menacés selon la CGT". The sentence before the preposition is
// the report (as "…, selon X." is); a headline's topic before its colon is no part of it. Read by sources.ts frenchSource,
// once the words after the preposition are a source (a name, a role, a channel, a described group), never a plain noun
// ("classés selon leur âge", "selon la loi"). A quoted part inside keeps the sentence whole, as a mixed report: "La réforme
// était « une erreur » selon Paul Durand." (read by mixed.ts too, so the quote does not take the cue for itself).
import { isQuoteMark, type Doc } from "../../quotes/doc";
import { afterTopic } from "./fronted-source";
import { isOneOf } from "../../text/chars";

/** How many tokens the sentence before a closing source may hold, and how few (a clause, not "Tout s'est passé"). */
const MAX_SENTENCE = 60;
const MIN_SENTENCE = 4;
/** How many tokens a headline's topic and its colon may hold ("Union européenne :"). */
const MAX_TOPIC = 5;

/** Whether the source that ends before token e closes its sentence: a period, an exclamation, or the end of its line. */
function closesAt(ctx: Doc, e: number): boolean {
  const t = ctx.toks[e];
  return !t || t.nl > 0 || isOneOf(".!…", t.t);
}

/** Words before a source's head noun: "des sources", "plusieurs experts", "certains élus". */
const QUANTIFIER = new Set(["des", "plusieurs", "certains", "certaines", "nombre", "de"]);
/** Disjunctive pronouns after "selon": "selon lui", "d'après eux". */
const DISJUNCTIVE = new Set(["lui", "elle", "eux", "elles"]);

/**
 * Whether the phrase at token j (after the preposition) opens on a source: a name, a disjunctive pronoun, or a noun that
 * heads a speaker or a channel ("les prévisionnistes", "un communiqué de …", "des sources proches …"), not a thing whose
 * complement names one ("selon le barème du gouvernement", "selon les besoins des familles").
 */
function opensOnSource(ctx: Doc, j: number): boolean {
  const { toks, lex } = ctx;
  if (DISJUNCTIVE.has(toks[j]?.lw ?? "") || ctx.mentionAt[j] >= 0) return true;
  let k = j;
  if (lex.determiners.has(toks[k]?.lw ?? "") || QUANTIFIER.has(toks[k]?.lw ?? "")) k++;
  if (ctx.mentionAt[k] >= 0) return true;
  const w = toks[k]?.lw ?? "";
  return lex.speakerNouns.has(w) || lex.channelNouns.has(w);
}

/**
 * The token where the report of a source preposition at v opens, when the preposition follows a word (no comma) and
 * its source (from token j, ending before e) closes the sentence; -1 otherwise.
 */
export function bareClosingSource(ctx: Doc, v: number, j: number, e: number): number {
  const { toks } = ctx;
  const prev = toks[v - 1];
  if (!(prev?.word || isQuoteMark(prev?.t ?? "")) || toks[v].sent || !closesAt(ctx, e) || !opensOnSource(ctx, j)) return -1;
  let a = v - 1;
  while (a > 0 && v - a < MAX_SENTENCE && !toks[a].sent && !toks[a].nl) a--;
  if (!toks[a].sent && !toks[a].nl && a !== 0) return -1;
  // "Chômage : le nombre d'emplois menacés est de 75 000 selon la CGT": past the headline's topic.
  for (let i = a + 1; i < v - 1 && i - a <= MAX_TOPIC; i++) if (toks[i].t === ":" && afterTopic(ctx, i + 1)) { a = i + 1; break; }
  // A parenthesis, a colon or a semicolon inside: the source may close only its last part (left to the other readers).
  // A quote that opens the sentence is speech ("« Nous partirons » selon X"); one inside is a quoted part of the report.
  if (isQuoteMark(toks[a].t)) return -1;
  for (let i = a; i < v; i++) if (!toks[i].word && !isOneOf(",'’-%", toks[i].t) && !quotedPart(ctx, i)) return -1;
  return v - a >= MIN_SENTENCE ? a : -1;
}

/** Whether token i is the mark of a quoted part (a word or a phrase, not a sentence that ends inside its marks). */
function quotedPart(ctx: Doc, i: number): boolean {
  const { toks } = ctx;
  return isQuoteMark(toks[i].t) && !isOneOf(".!?…", toks[i - 1]?.t ?? "");
}
