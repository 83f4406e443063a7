// French reports whose content follows a preposition, not "que":
//   "Elle a demandé au groupe de « présenter des solutions »", "X exhorte les élus à voter", "Le préfet a
//   appelé « au dialogue social »", "François Hollande a ironisé sur « un pouvoir qui tourne en rond »".
// The content starts at the infinitive or the quote after the preposition.
import type { Doc } from "./doc";
import { TO, ABOUT } from "../lexicon/fr/quotes";

/** How many words an addressee may hold ("au groupe", "aux élus de la majorité"). */
const MAX_ADDRESSEE = 5;
const OPEN_MARK = /^[«“"]$/;

/** Where the content of such a report starts, from token k right after verb v (past its time words), or -1. */
export function requestClause(ctx: Doc, v: number, k: number): number {
  const { toks } = ctx;
  const w = toks[v].lw;
  const { lex } = ctx;
  // "a appelé « au dialogue social »", "a ironisé sur « … »": the quote is the content.
  if (lex.prepositionalForms.has(w)) {
    if (OPEN_MARK.test(toks[k]?.t ?? "") && TO.has(toks[k + 1]?.lw ?? "")) return k;
    if (ABOUT.has(toks[k]?.lw ?? "") && OPEN_MARK.test(toks[k + 1]?.t ?? "")) return k + 1;
  }
  if (!lex.requestForms.has(w)) return -1;
  // "a demandé au groupe de …", "aux élus de la majorité de …": an addressee, then "de" and an infinitive or a quote.
  let j = k;
  const addressee = TO.has(toks[j]?.lw ?? "");
  for (let n = 0; n <= MAX_ADDRESSEE && j < toks.length && (toks[j].word || OPEN_MARK.test(toks[j].t)); n++, j++) {
    if (toks[j].lw === "de" || toks[j].lw === "d'") {
      const next = toks[j + 1];
      if (next && (OPEN_MARK.test(next.t) || /(?:er|ir|re)$/.test(next.lw) && !lex.determiners.has(next.lw))) return j + 1;
    }
    if (!addressee) break;
  }
  return -1;
}
