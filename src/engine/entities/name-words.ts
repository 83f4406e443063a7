// What a name's own words say (name-kind.ts): initials only, a month's abbreviation before a day, a frequent word or a
// known company inside it, a compass word or a region with a place, a saint's abbreviation spelled as the gazetteer does.
import * as gaz from "../lexicon/gazetteer";
import type { Lexicon } from "../lexicon";
import type { Token } from "../text/tokenize";
import { isPossessive } from "./possessive";
import type { EntityHooks } from "../lang/entity-hooks";
import { COMPASS_WORDS as COMPASS } from "../lexicon/entity-words";

/** Whether the token opens with an ASCII digit (`/^\d/`); false when there is no token. */
export function digitFirst(t: Token | undefined): boolean {
  if (!t) return false;
  const c = t.t.charCodeAt(0);
  return c >= 48 && c <= 57;
}

/** A word after the first of [a, b), capitalised, that is a frequent word of the language and no given name or surname ("Climat", "Rights"). */
export function commonWordInside(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  for (let k = a + 1; k < b; k++) {
    const t = toks[k];
    const w = isPossessive(t) ? t.t.slice(0, -2) : t.t;
    if (t.word && t.cap && !t.upper && w.length > 2 && gaz.isCommonWord(w, lex.lang) && !gaz.isSurname(w) && !gaz.isFirstName(w) && !gaz.isPlace(w)) return true;
  }
  return false;
}

/**
 * "PSA Peugeot Citroën", "Groupe Renault Trucks": a run of two or more words, opened by no given name, that holds
 * a known company's name as one of its words is that company's longer name, also before a reporting verb ("Louis
 * Renault", opened by a given name, stays a person).
 */
export function companyInside(toks: Token[], a: number, b: number): boolean {
  if (b - a < 2 || gaz.isFirstName(toks[a].form)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (!t.cap || t.t.length < 3) continue;
    const info = gaz.orgInfo(t.form);
    if (info?.kind === "company" && !info.ambiguous && !gaz.isSurname(t.form) && !gaz.isFirstName(t.form) && !gaz.placeInfo(t.form)) return true;
  }
  return false;
}

/** Whether tokens [a, b) are only initials ("P. B.", "J"): "solid" when written without spaces ("A.S.", "U.A.I."). */
export function initialsOnly(toks: Token[], a: number, b: number): "spaced" | "solid" | undefined {
  let letters = 0;
  let solid = true;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (t.t === "." && k > a) continue;
    if (t.t.length !== 1 || !t.cap) return undefined;
    letters++;
    const dot = toks[k + 1];
    if (k > a && toks[k - 1].e !== t.s) solid = false;
    if (dot?.t !== "." || dot.s !== t.e) solid = false;
  }
  return letters >= 2 && solid ? "solid" : "spaced";
}

/**
 * "Eastern Washington", "Southern Ontario", "Norfolk Virginia": a compass word before a known place, or
 * (English) a town followed by its region with no comma, is that place.
 */
export function placeWithCompass(toks: Token[], a: number, b: number, hooks: EntityHooks): gaz.PlaceInfo | undefined {
  if (b - a < 2 || toks[b - 1].upper) return undefined;
  if (COMPASS.has(toks[a].lw) && !toks[a].upper) {
    // The compass word settles a town that is also a given name ("Eastern Washington").
    return gaz.placeInfo(toks.slice(a + 1, b).map((t) => t.t).join(" "));
  }
  return hooks.townThenRegion(toks, a, b);
}

/** "St. Louis" as the gazetteer spells it: "Saint Louis", "Saint-Louis", "Sainte-Croix". */
export function saintPlace(name: string): gaz.PlaceInfo | undefined {
  // "St. Louis", or "St Louis" written without the dot.
  const dot = /^(?:St|ST|Ste)\./.test(name) ? name.indexOf(".") : name.indexOf(" ");
  if (dot < 0) return undefined;
  const saint = name.startsWith("Ste") ? "Sainte" : "Saint";
  const rest = name.slice(dot + 1).trim();
  return gaz.placeInfo(`${saint} ${rest}`) ?? gaz.placeInfo(`${saint}-${rest.split(/\s+/).join("-")}`);
}
