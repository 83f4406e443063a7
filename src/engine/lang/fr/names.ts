// French rules on names, reached through the French entity hooks (entities.ts): places after "à"/"en", radio
// stations, hyphenated town names, a title closing a run. (A run cut after a place: runs.ts.)
import * as gaz from "../../lexicon/gazetteer";
import type { Lexicon } from "../../lexicon";
import { tokAt, type Token } from "../../text/tokenize";
import { personShaped } from "../../entities/name-surroundings";
import { lazy } from "../../text/lazy";
import {
  ADJECTIVE_TITLES, CLITIC_ENDING, NOBLE_TITLES_FR as NOBLE_TITLES, PLACE_OF_NOUNS, CLUB_ARTICLES, CLUB_PREFIXES_FR, DE_FORMS_ANY_APOSTROPHE as OF, PLACE_NOUNS, PLACE_PREPOSITIONS_FR as PLACE_PREPOSITIONS,
  PLACE_ADJECTIVES, RADIO_PREFIX, DIRECTION_PREPOSITIONS_FR, GOING_TO_FR, COMING_FROM_FR, NEAR_BEFORE_DE_FR, NOT_PLACE_AFTER_DIRECTION_FR, ORIENT_TITLES_AFTER, FILIATION_INSIDE, ARABIC_PLACE_HEADS,
  AGE_UNITS,
} from "../../lexicon/fr/entities";

/**
 * "arrivés à Godesberg", "en Biscaye", "la route de Vicence": a French preposition (or "de" after a place noun) before a place;
 * also a direction ("vers Ostrevka"), a motion's goal or origin ("parti pour Hornbach", "arrivé de Kalmbourg"), and a
 * member of a list whose member before is a place ("Lyon, Nantes et Quimperlé", "de Vaulmarin et de Corsalles").
 */
export function placePrepositionFr(toks: Token[], a: number): boolean {
  return placeSlot(toks, a, 2);
}

function placeSlot(toks: Token[], a: number, depth: number): boolean {
  const p = toks[a - 1];
  if (!p) return false;
  if (PLACE_PREPOSITIONS.has(p.lw)) return true;
  // "vers Ostrevka", not "vers Pâques" nor "il se tourna vers Durand" (a known surname).
  const t = toks[a];
  if (DIRECTION_PREPOSITIONS_FR.has(p.lw)) return !!t && !NOT_PLACE_AFTER_DIRECTION_FR.has(t.lw) && !gaz.isSurname(t.form);
  const before = tokAt(toks, a - 2)?.lw ?? "";
  if ((p.lw === "de" || p.lw === "d'") && (PLACE_NOUNS.has(before) || COMING_FROM_FR.has(before) || NEAR_BEFORE_DE_FR.has(before))) return true;
  if (p.lw === "pour" && goingBefore(toks, a - 1)) return true;
  return depth > 0 && listAfterPlace(toks, a, depth);
}

/** A motion word before "pour", up to four words back with no punctuation between ("parti hier soir pour …"). */
function goingBefore(toks: Token[], pour: number): boolean {
  for (let k = pour - 1; k >= 0 && k >= pour - 4; k--) {
    const t = toks[k];
    if (!t.word || t.nl > 0) return false;
    if (GOING_TO_FR.has(t.lw)) return true;
  }
  return false;
}

const LIST_COMMA = new Set([",", "et", "ou"]);
const LIST_AND = new Set(["et", "ou"]);
const LIST_PREPOSITIONS = new Set(["de", "d'", "à", "en"]);

/**
 * "Oran, Tarvel, Bône", "Limoges et Quimperlé", "de Vaulmarin et de Corsalles": a one-word name in a list, after a
 * comma or "et" (and the preposition repeated), whose member before is a known place or itself in a place's slot, and
 * after which the list goes on or the clause ends. A known surname stays out ("à Lyon, Durand et Garnier ont signé").
 */
function listAfterPlace(toks: Token[], a: number, depth: number): boolean {
  let j = a - 1;
  if (LIST_PREPOSITIONS.has(toks[j].lw)) j--;
  const joiner = toks[j];
  if (!joiner || joiner.nl > 0 || !(j === a - 1 ? LIST_COMMA : LIST_AND).has(joiner.lw)) return false;
  const prev = toks[j - 1];
  if (!prev || !prev.cap || !prev.word || toks[j - 2]?.cap) return false;
  // The list goes on or the clause ends, unless the preposition is repeated ("de Vaulmarin et de Corsalles seront vendus").
  const next = toks[a + 1];
  if (j === a - 1 && next && next.word && !LIST_COMMA.has(next.lw)) return false;
  const name = toks[a];
  if (gaz.isSurname(name.form)) return false;
  const known = gaz.placeInfo(prev.form);
  return known ? !known.ambiguous : placeSlot(toks, j - 1, depth - 1);
}

/**
 * "MM. Favre, de Genève, Bossy, de Fribourg", "Ruffy, de Lausanne, s'y oppose": a name followed by a comma, "de" and a
 * known town closed by a comma, a bracket, a semicolon or a period is a member told apart by his town (b: the token
 * after the name). A town in a list of towns has no comma before its "de" ("de Paris, de Lyon").
 */
export function memberOfTown(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  // The name opens the sentence or a member of the list, or follows a role ("les députés Zangger, de Zurich"); after a
  // common noun it names a thing ("le bataillon Benz, de Zurich").
  const before = tokAt(toks, a - 1);
  if (before && !toks[a].sent && !MEMBER_OPENERS.has(before.lw) && !lex.roleNouns.has(before.lw)) return false;
  const comma = toks[b];
  if (comma?.t !== "," || comma.nl > 0 || toks[b + 1]?.lw !== "de" && toks[b + 1]?.lw !== "d'") return false;
  const town = toks[b + 2];
  if (!town || !town.cap || town.upper || town.nl > 0 || !MEMBER_CLOSERS.has(toks[b + 3]?.t ?? ".")) return false;
  const place = gaz.placeInfo(town.form);
  return !!place && !place.ambiguous && place.kind !== "country";
}
const MEMBER_CLOSERS = new Set([",", ")", ";", "."]);
const MEMBER_OPENERS = new Set([",", "et", ".", "("]);

const NOUN_DETERMINERS = new Set(["le", "la", "les", "l'", "du", "des", "un", "une", "son", "sa", "ses", "leur", "leurs", "ce", "cet", "cette", "ces"]);

/** "la victoire de Hollande", "les proches d'Obama": "de" after a noun that names no place ("la ville de Dijon" does). */
export function ofComplementFr(toks: Token[], a: number): boolean {
  const p = toks[a - 1];
  const noun = tokAt(toks, a - 2);
  return !!p && (p.lw === "de" || p.lw === "d'") && !!noun && noun.word && !noun.cap && !PLACE_NOUNS.has(noun.lw) && !PLACE_OF_NOUNS.has(noun.lw) &&
    NOUN_DETERMINERS.has(toks[a - 3]?.lw ?? "");
}

/**
 * "Principauté de Neuchâtel", "Gouvernemens de Zurich", "Presse de Vienne": in a run that names nobody, opened by a word
 * that is no given name or surname, the known place after its "de" (and an article), as its token, or -1.
 */
export function placeAfterOfFr(toks: Token[], a: number, b: number, lex: Lexicon): number {
  if (b - a < 3 || b - a > 5 || gaz.isFirstName(toks[a].form) || gaz.isSurname(toks[a].form)) return -1;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    // "Mme de Vernier", "Fille de Vernier", "LOUISE DE NEVERS": a title or capitals make a person's name.
    if (t.upper || lex.honorifics.has(t.lw) || lex.roleNouns.has(t.lw) || NOBLE_TITLES.has(t.lw) || KIN.has(t.lw)) return -1;
  }
  for (let k = b - 2; k > a; k--) {
    if (!OF.has(toks[k].lw)) continue;
    const at = toks[k + 1] && ARTICLES.has(toks[k + 1].lw) ? k + 2 : k + 1;
    if (at >= b) return -1;
    const place = gaz.placeInfo(b - at === 1 ? toks[at].form : toks.slice(at, b).map((t) => t.t).join(" "));
    return place && !place.ambiguous ? at : -1;
  }
  return -1;
}

/**
 * "Méhémet-Ali", "Abdul-Wechab": two capitalised names joined by a hyphen, one of them a given name no other reading
 * shares, neither a word of the language, a place or a place's head ("Port-Louis", "Fort-William", "Marie-Galante"
 * stay out), and not where a place goes ("à Hussein-Dey").
 */
function givenNamesJoined(first: string, second: string): boolean {
  const parts = [first, second];
  if (!parts.every((p) => p.length >= 2 && CAPITALISED().test(p) && !gaz.isCommonWord(p, "fr") && !gaz.placeInfo(p) && !gaz.isPlaceHead(p.toLowerCase(), "fr") && !gaz.isPlaceHead(p, "en"))) return false;
  return parts.some((p) => gaz.isSureFirstName(p));
}
const CAPITALISED = lazy(() => /^\p{Lu}\p{Ll}/u);

/** "Radio-Cité", "Radio-Toulouse", "Radio 37": the token range end of a radio station's name, if it is one. */
export function radioStation(toks: Token[], a: number, b: number): number | undefined {
  const t = toks[a];
  // RADIO_PREFIX matches only a word whose lower case opens with "radio-" (no other character folds to those
  // letters): tested first, the regex (\p{L} under /iu, ~0.5 ms to compile on a first call) runs only on such words.
  if (t.lw.startsWith("radio-") && RADIO_PREFIX().test(t.t)) return b;
  if (t.lw !== "radio") return undefined;
  if (b > a + 1) return b;
  const n = toks[b];
  return n && n.nl === 0 && n.s === t.e + 1 && /^\d{1,3}$/.test(n.t) ? b + 1 : undefined;
}

/** "Toulouse-Pyrénées", "Bordeaux-Lafayette": a hyphenated word opening with a known town or country. */
/**
 * "Météo-France", "Radio-Canada": one hyphenated word closed by a country, whose first part is no place and no given
 * name, is a national body or branch ("Alsace-Lorraine", "Marie-France", "Nouvelle-France" are not).
 */
export function hyphenatedBranch(word: string): boolean {
  const dash = word.lastIndexOf("-");
  if (dash < 3 || dash !== word.indexOf("-")) return false;
  const head = word.slice(0, dash);
  return gaz.placeInfo(word.slice(dash + 1))?.kind === "country" && !gaz.placeInfo(head) && !gaz.isFirstName(head) && !gaz.isFirstName(word) &&
    !PLACE_ADJECTIVES.has(head.toLowerCase());
}

export function hyphenatedPlace(word: string): boolean {
  // The part before the first hyphen, three letters or more (no split of every word into an array).
  const dash = word.indexOf("-");
  if (dash < 3) return false;
  const head = word.slice(0, dash);
  // "Bab-el-Oued", "Aïn-Témouchent", "Djebel-Amour": a gate, a spring, a river, a mountain or a fort opens an Arabic place name.
  if (ARABIC_PLACE_HEADS.has(head.toLowerCase())) return true;
  const p = gaz.placeInfo(head);
  return !!p && !p.ambiguous && !gaz.isFirstName(head);
}

/**
 * "Ayvaz-Bey Secrétaire de l'ambassade", "Jean Morel Directeur des postes": a capitalised title closing a
 * French run and followed by its "de" complement is the person's office, not the last word of the name.
 */
export function trailingTitle(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  const t = toks[b - 1];
  const of = toks[b];
  return b - a > 1 && t.cap && !t.upper && !!of && of.nl === 0 && OF.has(of.lw) &&
    Object.hasOwn(lex.data.roleNouns, t.lw) && !ADJECTIVE_TITLES.has(t.lw) && !lex.particles.has(toks[b - 2].lw);
}

/**
 * Two or three capitalised words no lexicon knows, in running prose ("le banquier Vassilis Rapanos qui …",
 * "Kateri Tekakwitha sera canonisée"): a person, as in English. Not in a listing, where a number or a dot
 * follows the name ("Corning Glass 183.50"), nor when a word is a frequent English one (firms in stock tables).
 */
const ARTICLES = new Set(["le", "la", "les", "l'"]);
const KIN = new Set(["fils", "fille", "veuve", "frère", "soeur", "sœur", "neveu", "nièce", "père", "mère", "dame", "demoiselle"]);
const ARTICLE_OR_EN = new Set(["le", "la", "les", "l'", "du", "des", "au", "aux", "un", "une", "en"]);

export function personShapedFr(toks: Token[], a: number, b: number, lex: Lexicon): boolean {
  if (!personShaped(toks, a, b, lex)) return false;
  for (let k = a; k < b; k++) {
    const t = toks[k];
    if (gaz.isCommonWord(t.form, "en") || t.t.length < 3 && !shortSurname(toks, a, b, k) || lex.honorifics.has(t.lw) || lex.verbForms.has(t.lw) ||
      CLITIC_ENDING.test(t.lw)) return false;
  }
  if (inListing(toks, a, b)) return false;
  const before = tokAt(toks, a - 1);
  const after = toks[b];
  // "la Deutsche Rundschau", "du Pathet Lao", "en Extrême Orient": after an article or "en", a title, a party or a place.
  const prose = (t: Token | undefined) => !t || t.word && !t.cap && !lex.determiners.has(t.lw) && !ARTICLE_OR_EN.has(t.lw) || t.t === "," || t.t === "«" || t.t === "»";
  const opens = toks[a].sent && (!before || before.e < toks[a].s);
  // "Selon Florence Gauthier", "Pour Victoria Morel": a frequent word opening the sentence (no article, no "en") is prose too.
  const opener = !!before && before.sent && before.word && !lex.determiners.has(before.lw) && !ARTICLE_OR_EN.has(before.lw) &&
    (gaz.isCommonWord(before.form, "fr") || lex.notNames.has(before.lw));
  return (opens || prose(before) || opener) && (!after || after.word && !after.cap || after.t === "," || after.t === "»" || after.t === "." && (!toks[b + 1] || toks[b + 1].cap && toks[b + 1].s > after.e));
}

/** "Xi Jinping", "Li Qiang": a one-syllable family name of two letters before a known given name (Chinese order). */
function shortSurname(toks: Token[], a: number, b: number, k: number): boolean {
  return b - a === 2 && k === a && toks[k].t.length === 2 && !toks[k].upper && gaz.isFirstName(toks[a + 1].form);
}

/**
 * Listings put numbers around names ("Corning Glass..183.50 182.—", "Astra-Romana ....... 80"): a digit within three
 * tokens, unless it is an age ("Florence Gauthier, 54 ans, raconte").
 */
function inListing(toks: Token[], a: number, b: number): boolean {
  for (let k = Math.max(0, a - 3); k < Math.min(toks.length, b + 3); k++) {
    if (/\d/.test(toks[k].t) && !(k >= b && AGE_UNITS.has(tokAt(toks, k + 1)?.lw ?? ""))) return true;
  }
  return false;
}

/** "l'Impact de Montréal", "le Stade de Reims": an article, a capitalised common noun, "de" and a known town. */
export function clubOfTown(toks: Token[], a: number, b: number): boolean {
  if (b - a !== 3 || !CLUB_ARTICLES.has(tokAt(toks, a - 1)?.lw ?? "") || toks[a + 1].lw !== "de") return false;
  const town = gaz.placeInfo(toks[a + 2].form);
  return !!town && town.kind === "city" && gaz.isCommonWord(toks[a].form, "fr") && !gaz.isFirstName(toks[a].form);
}

/**
 * "le FC Nantes", "l'AS Saint-Étienne", "le RC Lens": club initials in capitals after an article, then a known town,
 * or a capitalised word that no table knows as a given name or a frequent word (a town the gazetteer lacks: "Lens").
 */
export function clubPrefixOfTown(toks: Token[], a: number, b: number): boolean {
  if (b - a !== 2 || !toks[a].upper || !CLUB_PREFIXES_FR.has(toks[a].lw) || !CLUB_ARTICLES.has(tokAt(toks, a - 1)?.lw ?? "")) return false;
  const w = toks[a + 1];
  const town = gaz.placeInfo(w.form);
  if (town) return town.kind !== "continent";
  return w.cap && !w.upper && !gaz.isFirstName(w.form) && !gaz.isCommonWord(w.form, "fr") && !gaz.isSurname(w.form);
}

/**
 * One hyphenated word that names a person of the Orient in the press of the time: a name and a title after it
 * ("Osman-bey", "Ibrahim-Pacha", "Hassan-aga"), "Abd-" and an article ("Abd-el-Kader", "Abd-ul-Hamid"), or a given name
 * and a filiation ("Mohamed-ben-Youssef"), two given names ("Méhémet-Ali"). Not a known place ("Bab-el-Oued", "Hussein-Dey" are towns).
 */
export function orientalName(toks: Token[], a: number, b: number): boolean {
  if (b - a !== 1) return false;
  const t = toks[a];
  const cut = t.t.indexOf("-");
  if (cut < 2 || !t.cap || t.upper || gaz.placeInfo(t.form)) return false;
  const parts = t.lw.split("-");
  const head = t.t.slice(0, cut);
  if (parts.length === 2) return ORIENT_TITLES_AFTER.has(parts[1]) ? !gaz.isCommonWord(head, "fr") : !placeSlot(toks, a, 1) && !inListing(toks, a, b) && givenNamesJoined(head, t.t.slice(cut + 1));
  if (parts[0] === "abd") return parts.length === 3 && parts[1].length <= 3;
  return gaz.isFirstName(head) && parts.slice(1, -1).some((p) => FILIATION_INSIDE.has(p));
}
