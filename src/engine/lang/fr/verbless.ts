// A French "content" with no verb before a postposed subject is a phrase of the sentence, not a report:
//   "Le président du tribunal, Alain Brochard, a interrompu l'avocate." (the subject's role in apposition)
//   "Sur la photo, Martine sourit." (a place). A report says something: it holds a verb.
import type { Doc } from "../../quotes/doc";
import { FINITE } from "../../lexicon/fr/quotes";

/** How many tokens such a phrase may hold; a longer stretch is left to the other rules. */
const MAX_PHRASE = 8;
/** Endings of French finite and participle forms ("avait", "seront", "signé", "fermera"). */
const VERBISH_FR = /(?:ait|aient|ent|ont|ra|rai|ront|rait|é|ée|és|ées|it|ut)$/;
const OPENERS = new Set(["le", "la", "l'", "les", "un", "une", "des", "son", "sa", "ses", "leur", "sur", "dans", "à", "au",
  "aux", "en", "pour", "avec", "chez", "devant", "derrière", "après", "avant", "depuis", "du", "de", "d'"]);

/** Whether tokens [a, b) are a short French phrase with no verb (a name in apposition may follow its comma), opening on an article or a preposition. */
export function verblessPhraseFr(ctx: Doc, a: number, b: number): boolean {
  const { toks, lex } = ctx;
  if (b - a > MAX_PHRASE || b <= a || !OPENERS.has(toks[a]?.lw ?? "")) return false;
  for (let i = a; i < b; i++) {
    const t = toks[i];
    if (t.t === "," && i > a) continue;
    if (!t.word) return false;
    if (t.cap && i > a) continue;
    // "le président", "du conflit": a word right after an article or a preposition is a noun, whatever its ending.
    const noun = i > a && OPENERS.has(toks[i - 1].lw);
    // The lexicon's auxiliaries hold the words of incidentals ("pour sa part", "de son côté"): a preposition is no verb.
    const aux = lex.auxiliaries.has(t.lw) && !lex.determiners.has(t.lw) && !OPENERS.has(t.lw);
    if (FINITE.has(t.lw) || aux || lex.verbForms.has(t.lw) || !noun && VERBISH_FR.test(t.lw)) return false;
  }
  return true;
}
