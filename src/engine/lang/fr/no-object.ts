// French verbs whose object is no report (the hook noObjectReport, lang/fr/index.ts): besides quotes/french.ts
// noFrenchObject, a court's sentence ("Le tribunal a condamné l'ancien maire à deux ans de prison" passes a penalty,
// where "Le ministre a condamné ces attaques" criticises) and the past anterior of novels ("Quand elle eut exprimé
// la crainte …": a tense of narration only, never of the press).
import type { Doc } from "../../quotes/doc";
import { noFrenchObject } from "../../quotes/french";
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

/**
 * Whether what follows the verb v up to a colon and its quote is only an addressee or a circumstance: "a reconnu devant les
 * députés : « … »", "a annoncé à l'AFP : « … »", "a admis lors d'un entretien téléphonique … : « … »". No object report
 * there (the quote after the colon is the statement). (The hook's k, where the object would start, is not needed.)
 */
export function circumstanceBeforeQuote(ctx: Doc, _k: number, v: number): boolean {
  const { toks } = ctx;
  const w = toks[v + 1]?.lw ?? "";
  // "a insisté sur les dysfonctionnements : « … »": the verb's own particle opens its object.
  if (!PREPOSITION.test(w) || OBJECT_PREPOSITION.has(w) || ctx.lex.objectParticle.get(toks[v].lw)?.has(w)) return false;
  for (let i = v + 2; i < toks.length && i - v <= MAX_CIRCUMSTANCE; i++) {
    const t = toks[i];
    if (t.t === ":") return isOneOf("«“\"", toks[i + 1]?.t);
    if (t.nl || !t.word && !isOneOf("'’-", t.t)) return false;
  }
  return false;
}
