// A French cue set inside the clause it reports, between the clause's subject and its verb:
//   "Les impôts, poursuit X, vont baisser l'an prochain." The report is the whole clause, incise included (as a
//   direct quote split by its incise is one statement from its first word to its last: STATEMENTS.md).
import type { Doc } from "../../quotes/doc";
import type { Speaker, Span } from "../../types";
import { isVerb } from "../../quotes/verbs";
import { frenchPostposed } from "../../quotes/french";
import { CONJUNCTION, FINITE, PREPOSITION } from "../../lexicon/fr/quotes";
import { isOneOf } from "../../text/chars";

/** How many words the subject before the incise may hold ("Les impôts locaux des ménages"). */
const MAX_SUBJECT = 8;
/** Words that continue a subject's verb group after the incise: a negation or a clitic before the finite verb. */
const VERB_OPENER = new Set(["ne", "n'", "se", "s'", "y", "en"]);

/** Whether tokens [s, c) before the incise's comma c are a verbless noun phrase that opens the sentence. */
function subjectBeforeIncise(ctx: Doc, s: number, c: number): boolean {
  const { toks, lex } = ctx;
  if (c - s < 2 || c - s > MAX_SUBJECT || !lex.determiners.has(toks[s].lw)) return false;
  for (let i = s; i < c; i++) {
    const t = toks[i];
    if (!t.word && t.t !== "'" && t.t !== "-" || t.nl || isVerb(ctx, i) || FINITE.has(t.lw) || lex.complementizers.has(t.lw)) return false;
  }
  return true;
}

/**
 * Whether the token k after the incise's closing comma continues the subject's verb group: "vont", "ne sera",
 * "baisseront", "peinent", "demeure"; or a quote that opens on it ("« sera vigilant »": the clause is then mixed).
 * Any lower-case word but one that opens another phrase: an article ("le gouvernement le votera"), a preposition, a
 * conjunction, a subject pronoun, a relative pronoun or an adverb in -ment.
 */
function verbAfterIncise(ctx: Doc, k: number): boolean {
  const { toks, lex } = ctx;
  const t = toks[k];
  if (t && isOneOf("«“\"", t.t) && k + 1 < toks.length) return verbAfterIncise(ctx, k + 1);
  if (!t?.word || t.cap) return false;
  if (FINITE.has(t.lw) || lex.auxiliaries.has(t.lw) || VERB_OPENER.has(t.lw) || /(?:ont|ra|ront|rait|raient)$/.test(t.lw)) return true;
  return !lex.determiners.has(t.lw) && !PREPOSITION.test(t.lw) && !CONJUNCTION.has(t.lw) && !lex.pronouns.has(t.lw) &&
    !lex.complementizers.has(t.lw) && !NOT_VERB_AFTER.has(t.lw) && !/ment$/.test(t.lw);
}

/** Words after an incise that open no verb group: other articles and quantifiers, relative pronouns, "et"/"ou". */
const NOT_VERB_AFTER = new Set(["des", "du", "ces", "cet", "leurs", "plusieurs", "certains", "certaines", "tous", "toutes", "tout", "toute",
  "qui", "dont", "où", "lequel", "laquelle", "et", "ou", "ni", "mais", "donc", "car", "comme", "si", "selon", "notamment", "aussi", "surtout"]);

/**
 * "La visite de Pierre Blanc, a déclaré le maire, était prévue": a description after the incise's verb is not the
 * person named inside the clause it reports; it stays a description there (a pronoun keeps its antecedent).
 */
function speakerOutsideClause(ctx: Doc, speaker: Speaker, s: number, c: number): Speaker {
  if (speaker.pronoun || !speaker.entity) return speaker;
  for (let i = s; i < c; i++) {
    const k = ctx.mentionAt[i];
    if (k >= 0 && ctx.ents.mentions[k].entity.id === speaker.entity) return { name: null, mention: speaker.mention, mentionText: speaker.mentionText };
  }
  return speaker;
}

/** The report of a cue at token v (after a comma) set inside its clause, which opens at s: its content [a, b), speaker and cue. */
export function insideReport(ctx: Doc, v: number, s: number, contentEnd: (k: number) => number):
  { a: number; b: number; speaker: Speaker | null; cue: Span; next: number } | undefined {
  const inside = subjectBeforeIncise(ctx, s, v - 1) ? frenchPostposed(ctx, v, s, true) : undefined;
  if (!inside || !verbAfterIncise(ctx, inside.after + 1)) return undefined;
  const speaker = inside.speaker && speakerOutsideClause(ctx, inside.speaker, s, v - 1);
  return { a: s, b: contentEnd(inside.after + 1), speaker, cue: inside.cue, next: inside.after };
}
