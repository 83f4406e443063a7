// Places: countries, regions, towns and their aliases; nationality adjectives and nouns; the head
// words ("County", "rue", "Pulau") that make a name a place.

import { ADMIN_REGIONS, AMBIGUOUS_PLACES, CITIES, COUNTRIES, MAJOR_CITIES, MAX_PLACE_WORDS } from "./data/places.generated";
import { DEMONYMS } from "./data/demonyms.generated";
import { CITY_EXONYMS, COUNTRY_ALIASES, HISTORIC_REGIONS, HISTORIC_TOWNS } from "./data/exonyms";
import { CONTINENTS, PLACE_HEADS, WORLD_REGIONS } from "./data/regions";
import { EXTRA_DEMONYMS } from "./data/demonyms-extra";
import { flat, grouped, isAllCaps, lazy, longestMatch, longS, memo, normalizeApostrophes, titleCase, type TokenMatch } from "./gazetteer-tables";

export { MAX_PLACE_WORDS };

export type PlaceKind = "country" | "city" | "region" | "continent";

export interface PlaceInfo {
  kind: PlaceKind;
  /** ISO 3166 alpha-2 code of the country the place lies in, when there is a single one. */
  country?: string;
  /** Also a common word or a person's name ("Nice", "Paris", "Jordan"): needs context. */
  ambiguous: boolean;
}

const places = lazy(() => {
  const map = new Map<string, PlaceInfo>();
  const ambiguous = new Set(flat(AMBIGUOUS_PLACES));
  // Order is priority: the first table to name a place gives its kind
  // ("Mexico" the country, "New York" the city, "Ontario" the province).
  const tables: Array<[string, PlaceKind]> = [
    [COUNTRIES, "country"],
    [COUNTRY_ALIASES, "country"],
    [CONTINENTS, "continent"],
    [WORLD_REGIONS, "region"],
    [CITY_EXONYMS, "city"],
    [HISTORIC_REGIONS, "region"],
    [HISTORIC_TOWNS, "city"],
    [MAJOR_CITIES, "city"],
    [ADMIN_REGIONS, "region"],
    [CITIES, "city"],
  ];
  for (const [table, kind] of tables) {
    for (const { group, name, flagged } of grouped(table)) {
      if (flagged) ambiguous.add(name);
      if (map.has(name)) continue;
      const info: PlaceInfo = { kind, ambiguous: false };
      if (group !== "--") info.country = group;
      map.set(name, info);
    }
  }
  for (const name of ambiguous) {
    const info = map.get(name);
    if (info) info.ambiguous = true;
  }
  return map;
});

const ARTICLE = /^(?:l'|(?:the|la|le|les)\s+)/i;
/** Exact form, then without article ("l'Iran", "the Netherlands"), then de-capitalised ("PÉKIN"). */
function lookup<T>(map: Map<string, T>, raw: string): T | undefined {
  const name = normalizeApostrophes(raw.trim());
  const exact = map.get(name);
  if (exact !== undefined) return exact;
  const bare = name.replace(ARTICLE, "");
  if (bare !== name && bare.length > 0) {
    const found = map.get(bare);
    if (found !== undefined) return found;
  }
  if (isAllCaps(bare) && bare.length > 3 && !SPACED_INITIALS.test(bare)) return map.get(titleCase(bare));
  // "the U. S.": initials printed with spaces.
  if (SPACED_INITIALS.test(bare)) return map.get(bare.replace(/\s+/g, ""));
  // "New-Hampshire", "Long-Island": old spelling joins the words of a place with hyphens.
  const spaced = bare.includes("-") ? bare.replace(/-\s*(?=\p{Lu})/gu, " ") : bare;
  if (spaced !== bare) {
    const found = map.get(spaced);
    if (found !== undefined) return found;
  }
  const modern = longS(spaced);
  return modern === spaced ? undefined : map.get(modern);
}

const SPACED_INITIALS = /^(?:\p{Lu}\.\s+)+\p{Lu}\.?$/u;

/** What a place name denotes, or undefined when it is no place we know. */
function placeInfoRaw(name: string): PlaceInfo | undefined {
  return lookup(places(), name);
}
const placeInfoMemo = memo(placeInfoRaw);
export function placeInfo(name: string): PlaceInfo | undefined {
  return placeInfoMemo(name);
}

export function isPlace(name: string): boolean {
  return placeInfo(name) !== undefined;
}

export function isAmbiguousPlace(name: string): boolean {
  return placeInfo(name)?.ambiguous === true;
}

/** Longest place name starting at tokens[start]: ["New", "York", "a"] -> New York. */
export function matchPlace(tokens: readonly string[], start: number): TokenMatch<PlaceInfo> | undefined {
  return longestMatch(tokens, start, MAX_PLACE_WORDS, placeInfo);
}

// ------------------------------------------------------------------ demonyms

const demonyms = lazy(() => {
  const map = new Map<string, string>();
  for (const { group, name } of [...grouped(DEMONYMS), ...grouped(EXTRA_DEMONYMS)]) {
    if (!map.has(name)) map.set(name, group);
    // French adjectives are lower case, nouns capitalised ("chinois", "les Chinois").
    if (/^\p{Ll}/u.test(name)) {
      const noun = name.replace(/(^|-)(\p{L})/gu, (_m, sep: string, ch: string) => sep + ch.toUpperCase());
      if (!map.has(noun)) map.set(noun, group);
    }
  }
  return map;
});

/** Nationality or regional adjective or noun: "chinois", "Chinoises", "Iranian", "Kurds". */
function isDemonymRaw(word: string): boolean {
  return demonyms().has(normalizeApostrophes(word));
}
const isDemonymMemo = memo(isDemonymRaw);
export function isDemonym(word: string): boolean {
  return isDemonymMemo(word);
}

/** Country code a demonym refers to ("iranien" -> "IR"); "--" for peoples without one country. */
export function demonymCountry(word: string): string | undefined {
  return demonyms().get(normalizeApostrophes(word));
}

// ------------------------------------------------------------------ place heads

const placeHeads = lazy(() => {
  const out = { en: new Set<string>(), fr: new Set<string>(), open: new Set<string>() };
  for (const { group, name } of grouped(PLACE_HEADS)) out[group as "en" | "fr" | "open"].add(name);
  return out;
});

/**
 * A word that makes a name a place: "County", "Strait", "Street" closing an English name,
 * "rue", "lac", "canton" opening a French one.
 */
function isPlaceHeadRaw(word: string, lang: "fr" | "en"): boolean {
  return placeHeads()[lang].has(normalizeApostrophes(word.trim()));
}
const isPlaceHeadMemo = { en: memo((w) => isPlaceHeadRaw(w, "en")), fr: memo((w) => isPlaceHeadRaw(w, "fr")) };
export function isPlaceHead(word: string, lang: "fr" | "en"): boolean {
  return isPlaceHeadMemo[lang](word);
}

/**
 * A capitalised word that opens a place name in any language: the Indonesian and Malay heads
 * "Tanjung" (cape), "Teluk" (bay), "Pulau" (island), "Kampung", "Desa" (village), "Gunung"
 * (mountain), "Danau" (lake), "Sungai" (river), "Selat" (strait): "Tanjung Lesung" is no person.
 */
export function isOpeningPlaceHead(word: string): boolean {
  return placeHeads().open.has(normalizeApostrophes(word.trim()));
}
