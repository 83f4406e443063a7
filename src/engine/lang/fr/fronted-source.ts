// What stands around a French source set before its content: the headline topic before "pour" ("France : pour X, …"),
// a fronted "as X said" ("Comme l'a rappelé X, …", "Ainsi que l'a précisé X, …") and a medium aside after the source
// ("Selon X, joint par téléphone, …"). Read by sources.ts frenchSource.
import type { Doc } from "../../quotes/doc";
import { skipAddressee, skipTimeFr } from "../../quotes/french";
import { isVerb } from "../../quotes/verbs";
import { FAIRE_FORMS } from "../../lexicon/fr/quotes";
import { isOneOf } from "../../text/chars";

/** How many words the topic of a headline may hold before its colon ("Chômage :", "Union européenne :"). */
const MAX_TOPIC = 4;

/** "France : pour X, …": "pour" right after the colon of a headline's topic, a few capitalised words opening the line. */
export function afterTopic(ctx: Doc, v: number): boolean {
  const { toks } = ctx;
  if (toks[v - 1]?.t !== ":") return false;
  for (let i = v - 2; i >= 0 && v - 2 - i < MAX_TOPIC; i--) {
    if (!toks[i].word && toks[i].t !== "-") return false;
    if (i === 0 || toks[i].nl) return toks[i].cap;
  }
  return false;
}

/** How many tokens a medium aside after a source may hold ("interrogée par l'AFP", "joint par téléphone mercredi soir"). */
const MAX_MEDIUM = 8;

/** "Pour l'économiste X, interrogée par l'AFP, …": past a medium aside at token k and its comma; else k. */
export function pastMedium(ctx: Doc, k: number): number {
  const { toks } = ctx;
  if (!ctx.lex.mediumAsides.has(toks[k]?.lw ?? "")) return k;
  let c = k + 1;
  while (c < toks.length && c - k <= MAX_MEDIUM && toks[c].t !== "," && !toks[c].nl && !isOneOf(".;:", toks[c].t)) c++;
  return toks[c]?.t === "," && toks[c + 1]?.word ? c + 1 : k;
}

/**
 * "Comme l'a rappelé X, …", "Comme le souligne X, …", "Ainsi que l'a précisé X, …": a fronted "as X said" opening the
 * sentence (or after "Et"/"Mais"); the token where its inverted subject starts, past the verb's time words and
 * addressee, or -1.
 */
export function asSaidSubject(ctx: Doc, v: number): number {
  const { toks, lex } = ctx;
  const prev = toks[v - 1];
  if (!toks[v].sent && !(prev && /^(?:mais|et)$/.test(prev.lw) && prev.sent)) return -1;
  let k = toks[v].lw === "ainsi" ? (toks[v + 1]?.lw === "que" ? v + 2 : -1) : v + 1;
  if (k < 0 || !OBJECT_CLITIC.test(toks[k]?.lw ?? "")) return -1;
  k++;
  if (lex.auxiliaries.has(toks[k]?.lw ?? "") && !isVerb(ctx, k)) k++;
  // "Comme l'a fait son prédécesseur, …": "faire" there stands for another verb.
  return isVerb(ctx, k) && !FAIRE_FORMS.test(toks[k].lw) ? skipAddressee(ctx, skipTimeFr(ctx, k + 1)) : -1;
}

/** The object clitic of "comme l'a dit X", "comme le rappelle X". */
const OBJECT_CLITIC = /^(?:l'|le)$/;
