// A court's sentence is no statement: "Le tribunal a condamné l'ancien maire à deux ans de prison" passes a penalty,
// where "Le ministre a condamné ces attaques" criticises (a report of its object). Reached through the French hook
// noObjectReport (lang/fr/index.ts).
import type { Doc } from "../../quotes/doc";
import { PENALTY, SENTENCING } from "../../lexicon/fr/quotes";

/** How many tokens the convicted person may hold before "à" ("l'ancien maire de la commune"). */
const MAX_OBJECT = 10;
/** How many words may stand between "à" and the penalty's noun ("à deux ans", "à une lourde amende"). */
const MAX_PENALTY = 4;

/** Whether the verb at v sentences someone: a sentencing verb whose "à" complement, in the same clause, names a penalty. */
export function courtSentence(ctx: Doc, v: number): boolean {
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
