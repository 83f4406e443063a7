// French verbs whose object is no report (the hook noObjectReport, lang/fr/index.ts): besides quotes/french.ts
// noFrenchObject, a court's sentence ("Le tribunal a condamné l'ancien maire à deux ans de prison" passes a penalty,
// where "Le ministre a condamné ces attaques" criticises) and the past anterior of novels ("Quand elle eut exprimé
// la crainte …": a tense of narration only, never of the press).
import type { Doc } from "../../quotes/doc";
import { noFrenchObject, skipTimeFr } from "../../quotes/french";
import { NARRATIVE_AUX, OBJECT_PREPOSITION, PENALTY, PREPOSITION, SENTENCING } from "../../lexicon/fr/quotes";
import { isOneOf } from "../../text/chars";

/** Whether the French verb at v reports no object. */
export function noObjectReportFr(ctx: Doc, v: number): boolean {
  return noFrenchObject(ctx, v) || courtSentence(ctx, v) || pastAnterior(ctx, v);
}

/** "eut exprimé", "eurent timidement annoncé": a participle after the past anterior's auxiliary (one adverb between). */
function pastAnterior(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  return v > 0 && (NARRATIVE_AUX.test(toks[v - 1].lw) || v > 1 && /ment$/.test(toks[v - 1].lw) && NARRATIVE_AUX.test(toks[v - 2].lw));
}

/** How many tokens the convicted person may hold before "à" ("l'ancien maire de la commune"). */
const MAX_OBJECT = 10;
/** How many words may stand between "à" and the penalty's noun ("à deux ans", "à une lourde amende"). */
const MAX_PENALTY = 4;

/** Whether the verb at v sentences someone: a sentencing verb whose "à" complement, in the same clause, names a penalty. */
function courtSentence(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  if (!SENTENCING.test(toks[v].lw)) return false;
  for (let k = v + 1; k < toks.length && k - v <= MAX_OBJECT; k++) {
    const t = toks[k];
    if (t.sent || t.nl || !t.word && t.t !== "'" && t.t !== "’" && t.t !== "-") return false;
    if (t.lw !== "à" && t.lw !== "aux") continue;
    for (let j = k + 1; j < toks.length && j - k <= MAX_PENALTY && toks[j].word; j++) if (PENALTY.has(toks[j].lw)) return true;
    return false;
  }
  return false;
}

/** How many tokens an addressee or a circumstance before a colon may hold ("lors d'un entretien téléphonique avec son homologue"). */
const MAX_CIRCUMSTANCE = 14;

/** Words that go on a circumstance's noun phrase with its complement ("à l'issue du conseil", "lors d'une réunion de …").
 *  Not "des", as often an object's article ("a annoncé devant la presse des mesures") as a complement. */
const COMPLEMENT = new Set(["de", "d'", "du", "au", "aux", "à", "en"]);

/** How the words after a verb read as an addressee or a circumstance: where they stop, and where a phrase of its own opens. */
interface Circumstance { stop: "quote" | "end" | "other"; object: number }

/**
 * The addressee or circumstance after the verb v ("devant les députés", "à l'AFP", "lors d'un entretien téléphonique avec
 * …", past time words: "mardi devant …"), read up to a colon and its quote, the end of the sentence, or anything else
 * (a complementizer, a mark). A determiner or a number right after a noun opens a phrase of its own, the object: "devant
 * les députés la fermeture du site", "à la presse 200 suppressions de postes". Undefined when no such phrase follows.
 */
function circumstanceAfter(ctx: Doc, v: number): Circumstance | undefined {
  const { toks, lex } = ctx;
  const p = PREPOSITION.test(toks[v + 1]?.lw ?? "") ? v + 1 : skipTimeFr(ctx, v + 1);
  const w = toks[p]?.lw ?? "";
  // "a insisté sur les dysfonctionnements : « … »": the verb's own particle opens its object.
  if (!PREPOSITION.test(w) || OBJECT_PREPOSITION.has(w) || lex.objectParticle.get(toks[v].lw)?.has(w)) return undefined;
  let object = -1;
  for (let i = p + 1; i < toks.length && i - p < MAX_CIRCUMSTANCE; i++) {
    const t = toks[i];
    if (t.t === ":") return { stop: isOneOf("«“\"", toks[i + 1]?.t) ? "quote" : "other", object };
    if (isOneOf(".!…", t.t) && (!toks[i + 1] || toks[i + 1].sent || toks[i + 1].nl > 0)) return { stop: "end", object };
    if (t.nl || !t.word && !isOneOf("'’-", t.t) || lex.complementizers.has(t.lw)) return { stop: "other", object };
    const prev = toks[i - 1];
    if (object < 0 && (lex.determiners.has(t.lw) && !COMPLEMENT.has(t.lw) || t.lw === "des" || /^\d/.test(t.t)) && prev.word &&
      !COMPLEMENT.has(prev.lw) && !PREPOSITION.test(prev.lw) && !lex.determiners.has(prev.lw)) object = i;
  }
  return { stop: "other", object };
}

/**
 * Whether what follows the verb v up to a colon and its quote, or up to the end of the sentence, is only an addressee or
 * a circumstance: "a reconnu devant les députés : « … »", "a annoncé à l'AFP : « … »", "a admis lors d'un entretien
 * téléphonique … : « … »" (the quote after the colon is the statement), "a annoncé devant les députés." (nothing is
 * reported). No object report there. (The hook's k, where the object would start, is not needed.)
 */
export function circumstanceBeforeQuote(ctx: Doc, _k: number, v: number): boolean {
  const c = circumstanceAfter(ctx, v);
  return c?.stop === "quote" || c?.stop === "end" && c.object < 0;
}

/**
 * "a annoncé devant les députés la fermeture du site", "a promis aux habitants une nouvelle école": the object after an
 * addressee or a circumstance with no comma, or -1 (with commas: french-complements.ts objectAfterAside).
 */
export function objectAfterCircumstance(ctx: Doc, v: number): number {
  const c = circumstanceAfter(ctx, v);
  return c && c.stop !== "quote" && c.object > 0 ? c.object : -1;
}
