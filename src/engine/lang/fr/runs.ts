// Where a French run of capitals ends (the runEnd hook of lang/fr/entities.ts, asked by entities/candidates.ts for
// every run of two words or more): after a known place that opens a run of other words ("Londres Le Temps"), or
// before the town a heading in capitals runs into ("NOUVELLES DIVERSES BRUXELLES 15 mai").
import * as gaz from "../../lexicon/gazetteer";
import { clubPrefixOfTown } from "./names";
import { tokAt, type Token } from "../../text/tokenize";
import { BODY_HEADS, DE_FORMS_ANY_APOSTROPHE as OF, NOBLE_TITLES_FR, SECTION_HEADS_FR, TITLES_BEFORE_NAMES } from "../../lexicon/fr/entities";

/**
 * Where a French run should end when it starts with a known place and goes on with words that
 * are no part of it ("Allemagne Viennent" in OCR, "Londres Le Temps"): after the place. Otherwise
 * `j`. (English runs like "Sheffield Wednesday" or "Detroit Pistons" are whole names more often.)
 */
export function placeSplit(toks: Token[], i: number, j: number): number {
  if (j - i < 2) return j;
  if (toks[i].upper) {
    if (clubPrefixOfTown(toks, i, j)) return j;
    const words = wordsOf(toks, i, j);
    if (wholeKnown(words)) return j;
    const heading = placeAfterHeading(toks, words, i, j);
    if (heading > i) return heading;
    if (acronymThenName(toks, i, j)) return i + 1;
    return personAt(toks, i) ? j : splitAfterPlace(toks, words, i, j);
  }
  const country = countryWithArticle(toks, i, j);
  if (country < j) return country;
  // (Only a run in capitals may hold a heading. Any other run stays whole when it opens with a given name or follows a
  // title, or when no place opens it, whatever the gazetteers say of the whole: the whole, asked as a string, last.)
  if (placeThenPerson(toks, i, j) || placeBeforeGivenName(toks, i, j)) return i + 1;
  if (personAt(toks, i)) return j;
  const words = wordsOf(toks, i, j);
  const split = splitAfterPlace(toks, words, i, j);
  return split === j || wholeKnown(words) ? j : split;
}

/**
 * "les voies Decauville de la Suisse", "l'envoyé Dubois de la France": a run closed by "de" with the article French gives
 * a country ("de la", "de l'") and a known country or land is a name, then that country: the run ends before the "de". A
 * noble particle goes before a family name or a town ("Lefèvre de la Barre", "de La Rochelle"), not a country with its
 * article; a body's head keeps its country ("la Banque de la France").
 */
function countryWithArticle(toks: Token[], i: number, j: number): number {
  const k = j - 3;
  if (k <= i || toks[k].lw !== "de" || !COUNTRY_ARTICLES.has(toks[k + 1].lw) || toks[k + 1].cap || BODY_HEADS.has(toks[i].lw)) return j;
  const place = gaz.placeInfo(toks[j - 1].form);
  return place && !place.ambiguous && (place.kind === "country" || place.kind === "region") ? k : j;
}
const COUNTRY_ARTICLES = new Set(["la", "l'"]);

/** The tokens' texts of [i, j) (built only once a run needs asking as words). */
function wordsOf(toks: Token[], i: number, j: number): string[] {
  const words: string[] = [];
  for (let k = i; k < j; k++) words.push(toks[k].t);
  return words;
}

/** The run's words make a known place or organisation. */
const wholeKnown = (words: readonly string[]): boolean => {
  const whole = words.join(" ");
  return !!gaz.placeInfo(whole) || gaz.isKnownOrg(whole);
};

/**
 * After the longest known place that opens the run and is shorter than it, when the place is no common word and what
 * follows is no name on its own ("Paris Saint-Germain", "Madrid Barajas" stay whole); j otherwise.
 */
function splitAfterPlace(toks: Token[], words: readonly string[], i: number, j: number): number {
  const m = placePrefix(toks, words, i);
  if (!m || m.info.ambiguous) return j;
  const rest = toks[i + m.length];
  return gaz.orgSuffix(toks[j - 1].form) || gaz.isPlaceHead(toks[j - 1].form, "en") || !rest.cap ? j : i + m.length;
}

/**
 * "la France de Didier Deschamps", "l'Espagne de Vicente del Bosque": a known place, "de" and a given name are a team or a
 * country and the person who leads it, two names.
 */
function placeThenPerson(toks: Token[], i: number, j: number): boolean {
  if (j - i < 4 || !OF.has(toks[i + 1].lw) || !gaz.isFirstName(toks[i + 2].form) || gaz.isAmbiguousFirstName(toks[i + 2].form)) return false;
  const place = gaz.placeInfo(toks[i].form);
  return !!place && !place.ambiguous;
}

/**
 * "le maire de Paris Bertrand Delanoë": after "de" or "à", a place (a given name too, as "Paris" is) followed by an
 * unambiguous given name and more: the complement of a role, then the person.
 */
function placeBeforeGivenName(toks: Token[], i: number, j: number): boolean {
  if (j - i < 3 || !OF.has(tokAt(toks, i - 1)?.lw ?? "") && tokAt(toks, i - 1)?.lw !== "à") return false;
  const given = toks[i + 1].form;
  return !!gaz.placeInfo(toks[i].form) && gaz.isSureFirstName(given) && !gaz.placeInfo(given);
}

/**
 * "le secrétaire général de l'ONU Ban Ki-moon", "le député du PS Jérôme Guedj": a body's acronym after "de" or an
 * article, then two words or more in mixed case, is the body, then the person.
 */
function acronymThenName(toks: Token[], i: number, j: number): boolean {
  const t = toks[i];
  if (j - i < 3 || t.t.length > 5 || !ACRONYM_BEFORE.has(tokAt(toks, i - 1)?.lw ?? "")) return false;
  for (let k = i + 1; k < j; k++) if (toks[k].upper || !toks[k].cap && !OF.has(toks[k].lw)) return false;
  return true;
}
const ACRONYM_BEFORE = new Set(["de", "d'", "du", "des", "l'", "le", "la", "au", "à"]);

/** "Jean Dupont …", "lord Stratford Canning", "le comte Berlin-Hartau": a given name opens the run, or a title stands before it. */
function personAt(toks: Token[], i: number): boolean {
  return gaz.isFirstName(toks[i].form) || TITLES_BEFORE_NAMES.has(tokAt(toks, i - 1)?.lw ?? "") || NOBLE_TITLES_FR.has(tokAt(toks, i - 1)?.lw ?? "");
}

/**
 * The longest known place that opens the run [i, i + words.length) and is shorter than it (up to the gazetteer's
 * longest place): the gazetteer's matchPlace without the whole run, its one word asked by its form.
 */
function placePrefix(toks: Token[], words: readonly string[], i: number): { length: number; info: gaz.PlaceInfo } | undefined {
  for (let n = Math.min(words.length - 1, gaz.MAX_PLACE_WORDS); n > 1; n--) {
    const info = gaz.placeInfo(words.slice(0, n).join(" "));
    if (info) return { length: n, info };
  }
  const info = gaz.placeInfo(toks[i].form);
  return info ? { length: 1, info } : undefined;
}

/**
 * "NOUVELLES DIVERSES BRUXELLES 15 mai", "TOUT A LA PAIX Prague, 16 janvier": a heading in capitals printed on the
 * dateline's line runs into the dateline's town; the run ends before the first known town after heading words in
 * capitals (i if there is none).
 */
function placeAfterHeading(toks: Token[], words: string[], i: number, j: number): number {
  if (!toks[i].upper) return i;
  for (let k = i + 1; k < j; k++) {
    // "CHARLOTTE DE NANGIS": a town after "DE" belongs to the name before it, unless a section's head stands before
    // it ("NOUVELLES DE PARIS", "LETTRE D'ITALIE", "CORRESPONDANCE DE VIENNE").
    const section = OF.has(toks[k - 1].lw) && SECTION_HEADS_FR.has(tokAt(toks, k - 2)?.lw ?? "");
    const m = OF.has(toks[k - 1].lw) && !section ? undefined : gaz.matchPlace(words, k - i);
    if (m && (!m.info.ambiguous || section)) return k;
    if (!toks[k].upper && !(toks[k].t.length === 1 && toks[k].cap)) return i;
  }
  return i;
}
