// Tests on the tokens around a name: team, club, portfolio, affiliation, national branch, town of a region, person-shaped, sovereign's title, town and state,
// a place after a preposition.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import { tokAt, type Token } from "../text/tokenize";
import type { EntityHooks } from "../lang/entity-hooks";
import { isPossessive } from "./possessive";
import { SOVEREIGNS, STATE_ABBREVIATIONS } from "../lexicon/en/entities";
import { lazy } from "../text/lazy";

export function teamBeforeRole(toks: Token[], b: number, lex: Lexicon): boolean {
  const r = toks[b];
  const n = toks[b + 1];
  return !!r && !r.cap && r.nl === 0 && lex.roleNouns.has(r.lw) && !!n && n.cap && n.word && n.nl === 0;
}

export function clubAfterPlayer(toks: Token[], a: number, b: number): boolean {
  const p = tokAt(toks, a - 1);
  const q = tokAt(toks, a - 2);
  const n = toks[b];
  return p?.t === "(" && !!q && q.word && q.cap && !q.upper && q.nl === 0 && p.nl === 0 && !!n && (n.t === ")" || n.t === ",") && n.nl === 0;
}

export function portfolio(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  const n = toks[b];
  if (n && n.nl === 0 && n.cap && lex.roleNouns.has(n.lw) && toks[b + 1]?.cap && toks[b + 1].nl === 0 && !isPossessive(toks[b - 1])) return true;
  // "Senate Majority Leader Mitch McConnell": the run ends on the title, and the name follows.
  if (b - a >= 2 && lex.roleNouns.has(toks[b - 1].lw) && n?.cap && n.word && n.nl === 0) return true;
  return tokAt(toks, a - 1)?.lw === "of" && lex.roleNouns.has(toks[a - 2]?.lw ?? "");
}

export function affiliated(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (gaz.isAffiliation(isPossessive(toks[k]) ? toks[k].t.slice(0, -2) : toks[k].form)) return true;
  return false;
}

/**
 * "J. K. Rowling", "M. Waugh": initials before a surname. French: "M." is Monsieur, and a
 * surname in capitals counts ("P. LANGEVIN" in a list of signatures).
 */
export function initialled(toks: Token[], a: number, b: number, en: boolean): boolean {
  const t = toks[a];
  if (!(t.t.length === 1 && t.cap && toks[a + 1]?.t === "." && toks[a + 1].s === t.e)) return false;
  if (!en && t.t === "M") return false;
  const last = toks[b - 1];
  return b - a >= 3 && last.word && last.t.length > 1 && (!last.upper || !en && last.t.length > 2);
}

const MAX_SHAPED_WORDS = 3;

/**
 * Two or three capitalised words that no lexicon knows as anything else ("Takuya Takagi",
 * "Nader Jokhadar", "Dietmar Kuehbauer"): no frequent word, place, nationality, organisation
 * word or all-capitals among them. Such a pair is a person's name far more often than not.
 */
export function personShaped(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  if (b - a < 2 || b - a > MAX_SHAPED_WORDS) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!t.word || !t.cap || t.upper) return false;
    // The word without a possessive "'s"; else the token's form, which keeps the gazetteers' answers.
    const w = k === b - 1 && isPossessive(t) ? t.t.slice(0, -2) : t.t;
    const f: gaz.Word = w === t.t ? t.form : w;
    if (w.length < 2 || /\d/.test(w)) return false;
    if (gaz.isCommonWord(f, lex.lang) || gaz.isDemonym(f) || gaz.orgSuffix(f) || gaz.isKnownOrg(f)) return false;
    if (gaz.isPlace(f) && !gaz.isFirstName(f)) return false;
    if (lex.roleNouns.has(t.lw) || lex.notNames.has(t.lw)) return false;
  }
  return true;
}

/**
 * "Dying with Dignity Canada", "Amnesty International Canada": English words closed by a country
 * name make an organisation's national branch, unless a given name opens them ("Jane Canada").
 */
export function countryBranch(toks: Token[], a: number, b: number, lex: Lexicon, place: gaz.PlaceInfo | undefined, adverbOpens = true): boolean {
  if (b - a < 2 || place) return false;
  const last = toks[b - 1];
  if (isPossessive(last) || last.upper || gaz.isPlaceHead(last.form, "en") || gaz.placeInfo(last.form)?.kind !== "country") return false;
  const first = toks[a].t;
  // "Initially Poland", "High-flying Italy": a sentence-initial word before a country is no name, unless it is a known
  // organisation's ("Greenpeace France a réclamé …") or the language puts no bare country after an opening adverb
  // (French: "Emmaüs France a alerté"; `adverbOpens` false).
  if (adverbOpens && toks[a].sent && b - a === 2 && !gaz.isKnownOrg(toks[a].form)) return false;
  return !gaz.isFirstName(first) && !gaz.isPlace(toks.slice(a, b - 1).map((t) => t.t).join(" "));
}

/** "Austin, Texas", "Nice, France": a town followed by its region or country is the town, even when a person
 * of the article has that name ("Lloyd Austin flew to Austin, Texas"). */
export function cityOfRegion(toks: Token[], b: number): boolean {
  const comma = toks[b];
  const next = toks[b + 1];
  if (comma?.t !== "," || !next?.cap || next.nl > 0) return false;
  const kind = gaz.placeInfo(next.form)?.kind;
  return kind === "region" || kind === "country";
}

/** "king of England", "a queen dowager of Poland", "queen Mary of Hungary": a sovereign's title before "of". */
export function sovereignOf(toks: Token[], a: number): boolean {
  if (tokAt(toks, a - 1)?.lw !== "of") return false;
  const t = toks[a - 2];
  if (!t) return false;
  if (!t.cap) return SOVEREIGNS.has(t.lw);
  return t.word && t.nl === 0 && SOVEREIGNS.has(tokAt(toks, a - 3)?.lw ?? "") && !toks[a - 3].cap;
}

const isStateAbbreviation = (toks: Token[], k: number): boolean =>
  !!toks[k] && STATE_ABBREVIATIONS.has(toks[k].t) && toks[k + 1]?.t === "." && toks[k + 1].s === toks[k].e;

/**
 * "Linneus, Mo.", "Ellendale, Del.": a name followed by a comma and a state's abbreviation is a town.
 * (The abbreviation itself is left alone: corpora split "Ellendale, Del." differently.)
 */
export function townOfState(toks: Token[], b: number): boolean {
  return toks[b]?.t === "," && toks[b].nl === 0 && isStateAbbreviation(toks, b + 1);
}

const SURNAME_SHAPE = lazy(() => /^\p{Lu}\p{Ll}+(?:-\p{Lu}?\p{Ll}+)*$/u);

/**
 * One capitalised word no lexicon knows, right after a preposition of place (the language's hook: "à"/"en", English
 * "at", "from", "near") ("arrivés à Godesberg", "en Biscaye") or after "de" with a place noun ("la route de Vicence"), is a place.
 */
export function placeAfterPreposition(toks: Token[], a: number, b: number, lex: Lexicon, hooks: EntityHooks): boolean {
  if (b - a !== 1) return false;
  const t = toks[a];
  if (t.sent || t.nl > 0 || t.t.length < 3 || a === 0) return false;
  if (!hooks.placePreposition(toks, a) || !SURNAME_SHAPE().test(t.t)) return false;
  if (gaz.isCommonWord(t.form, lex.lang) || gaz.isDemonym(t.form) || gaz.isKnownOrg(t.form) || gaz.orgSuffix(t.form) || gaz.isFirstName(t.form)) return false;
  return !lex.roleNouns.has(t.lw) && !lex.notNames.has(t.lw);
}
