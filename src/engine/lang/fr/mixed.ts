// A French sentence that runs into a quote closing its clause before a postposed cue is a mixed report, kept
// whole (STATEMENTS.md: "indirect content that contains a directly quoted part"):
//   "La réforme est « indispensable », a déclaré X." → « La réforme est « indispensable » » (mixed), not the
//   quoted word alone. So before a source that closes the sentence with no comma: "La réforme était « une erreur »
//   selon X." (closing-source.ts). A quote after a colon, or one that opens its sentence, stays direct.
import { isQuoteMark, type Doc } from "../../quotes/doc";
import { tokenAt } from "../../text/tokenize";
import type { Span } from "../../types";
import { incidentalEndingAt } from "../../quotes/incidentals";
import { frameClause } from "../../quotes/french-frames";
import { skipTimeFr } from "../../quotes/french";
import { TO } from "../../lexicon/fr/quotes";
import { OBJECT_FORM } from "../../quotes/word-bits";
import { frenchSource } from "./sources";

/** How many tokens back the sentence before the quote may start. */
const MAX_BEFORE = 30;
/** Connectives that may open the sentence without making it a report ("Mais « … », a-t-il dit"). */
const CONNECTIVE = new Set(["mais", "et", "or", "enfin", "puis", "donc", "car", "alors"]);

/** Whether the quote q closes a clause of at least two words before a comma and its cue (see above). */
export function mixedBeforeCue(ctx: Doc, q: Span): boolean {
  const { toks } = ctx;
  const open = tokenAt(toks, q.start);
  const close = tokenAt(toks, q.end);
  if (toks[close]?.t !== "," && !closingSourceAt(ctx, close) || !/^[«“"]/.test(ctx.text[q.start]) || open < 1 || toks[open].sent || toks[open].nl) return false;
  // A quote that ends a sentence of its own inside its marks is speech, not a quoted part.
  if (/[.!?…]\s*[»”"]$/.test(ctx.text.slice(Math.max(q.start, q.end - 4), q.end))) return false;
  let words = 0;
  let s = open - 1;
  for (; s >= 0 && open - s <= MAX_BEFORE; s--) {
    const t = toks[s];
    if (t.t === "." || t.t === "!" || t.t === "?" || t.t === "…") break;
    // Another quoted part before ("est « indispensable » et « urgente »") is fine; a colon or a dash introduces speech.
    if (t.t === ":" || t.t === ";" || t.t === "—" || t.t === "–" || isQuoteMark(t.t) && (s === 0 || toks[s - 1].t === ":")) return false;
    if (t.word && !CONNECTIVE.has(t.lw)) words++;
    if (t.sent || t.nl || s === 0) break;
  }
  if (open - s > MAX_BEFORE) return false;
  // Only an incidental phrase before the mark ("Par ailleurs, « … »") is no clause.
  const c = toks[open - 1]?.t === "," ? open - 2 : open - 1;
  return words >= 2 && incidentalEndingAt(ctx, c) !== s;
}

/** Whether a source that closes the sentence, with no comma, opens at token k: "» selon Paul Durand." */
function closingSourceAt(ctx: Doc, k: number): boolean {
  const src = ctx.toks[k] && ctx.lex.sourcePrepFirst.has(ctx.toks[k].lw) ? frenchSource(ctx, k) : undefined;
  return src?.end === k;
}

/** Determiners that make two words a noun phrase of content: "sa démission", "ces attaques", "leur colère". */
const CONTENT_DETERMINER = new Set(["sa", "son", "ses", "leur", "leurs", "ce", "cet", "cette", "ces"]);
/**
 * Verbs whose object is as often a person as a content ("a salué ses joueurs", "a critiqué son rival"), and
 * those whose short object takes up what was said before ("a démenti cette information", "a confirmé ces propos").
 */
const PERSON_OBJECT = /^(?:salu|critiqu|défend|fustig|félicit|remerci|accus|démen|confirm|ni[eé])/;

/** Subject pronouns that open a two-word clause after "que": "qu'il viendrait", "qu'elle partait". */
const SUBJECT_PRONOUN = new Set(["il", "elle", "ils", "elles", "on", "nous", "vous"]);

/** How far back from a short content its frame verb may be: "menace de démissionner", "a appelé à la prudence". */
const FRAME_REACH = 2;

/**
 * "ont condamné ces attaques", "a annoncé sa démission": two words after an object verb, a content determiner and a noun.
 * "menace de démissionner", "a appelé à la retenue": one or two words that are the complement a report frame names
 * (the frame already says they are the content). "qu'il viendrait": a pronoun and its verb after "que".
 */
export function shortObject(ctx: Doc, v: number, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  // "a exhorté les habitants au calme": the frame of the cue itself, past its object.
  // (One word only after a merged article: "au calme", not "à déjeuner".)
  if (lex.frames.has(toks[v]?.lw ?? "") && a - v > FRAME_REACH && (b - a > 1 || TO.has(toks[a - 1]?.lw ?? "") && toks[a - 1].lw !== "à") &&
    frameClause(ctx, v, skipTimeFr(ctx, v + 1)) === a) return true;
  for (let f = a - 1; f >= 0 && a - f <= FRAME_REACH; f--) {
    if (!toks[f].word) break;
    if (lex.frames.has(toks[f].lw) && frameClause(ctx, f, f + 1) === a) return true;
  }
  if (b - a !== 2) return false;
  // "a affirmé qu'il viendrait": a subject pronoun and its verb after "que" right after the reporting verb are a whole
  // clause (not a relative "que": "celle qu'il adorait").
  if (lex.complementizers.has(toks[a - 1]?.lw ?? "") && lex.verbForms.has(toks[a - 2]?.lw ?? "") && SUBJECT_PRONOUN.has(toks[a].lw) &&
    !!toks[a + 1]?.word && !toks[a + 1].cap) return true;
  const w = toks[v]?.lw ?? "";
  const n = toks[a + 1];
  return (ctx.facts[v] & OBJECT_FORM) !== 0 && !PERSON_OBJECT.test(w) && CONTENT_DETERMINER.has(toks[a].lw) && !!n?.word && !n.cap &&
    !lex.verbForms.has(n.lw);
}
