// Gazetteers and name lexicons: places, nationality adjectives, given names and
// organisations, French and English. Pure TypeScript: the tables are string
// constants (see data/), parsed into Sets and Maps once, at first use.
// Keys are surface forms as written in text; apostrophes match in both shapes
// (' and ’). Multi-word names are matched token by token with matchPlace/matchOrg.

import { ADMIN_REGIONS, AMBIGUOUS_PLACES, CITIES, COUNTRIES, MAJOR_CITIES, MAX_PLACE_WORDS } from "./data/places.generated";
import { DEMONYMS } from "./data/demonyms.generated";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./data/first-names.generated";
import { CITY_EXONYMS, COUNTRY_ALIASES, HISTORIC_REGIONS, HISTORIC_TOWNS } from "./data/exonyms";
import { CONTINENTS, PLACE_HEADS, WORLD_REGIONS } from "./data/regions";
import { EXTRA_GIVEN_NAMES } from "./data/given-names";
import { EXTRA_DEMONYMS } from "./data/demonyms-extra";
import { KNOWN_ORGS, NOT_PERSON_WORDS, ORG_CUES } from "./data/orgs";
import { COMMON_EN, COMMON_FR } from "./data/common-words.generated";
import { SURNAMES } from "./data/surnames.generated";

export { MAX_PLACE_WORDS };

export type PlaceKind = "country" | "city" | "region" | "continent";

export interface PlaceInfo {
  kind: PlaceKind;
  /** ISO 3166 alpha-2 code of the country the place lies in, when there is a single one. */
  country?: string;
  /** Also a common word or a person's name ("Nice", "Paris", "Jordan"): needs context. */
  ambiguous: boolean;
}

export type OrgKind = "media" | "intl" | "gov" | "party" | "company" | "other";

export interface OrgInfo {
  kind: OrgKind;
  /** Also a common word, place or person ("Apple", "Orange", "AP"): needs context. */
  ambiguous: boolean;
}

/** How an organisation cue word is used: a legal form closes a name, a head noun opens or closes one. */
export type OrgCue = "legal" | "head";

const APOSTROPHES = /[\u2019\u2018\u02BC\u0060\u00B4]/g;
const HAS_APOSTROPHE = /[\u2019\u2018\u02BC\u0060\u00B4]/;

/** Maps typographic apostrophes (’ ‘ ʼ) to the ASCII one, the form every table uses. */
export function normalizeApostrophes(text: string): string {
  return text.replace(APOSTROPHES, "'");
}

// ------------------------------------------------------------------ table parsing

interface Entry {
  group: string;
  name: string;
  /** Marked "?" in a hand table. */
  flagged: boolean;
}

/** Parses "KEY:a|?b|c" lines (a plain loop: the city table has ~25k names). */
function grouped(table: string): Entry[] {
  const out: Entry[] = [];
  for (const line of table.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const group = line.slice(0, colon).trim();
    for (const raw of line.slice(colon + 1).split("|")) {
      const flagged = raw.charCodeAt(0) === 63; // "?"
      let name = (flagged ? raw.slice(1) : raw).trim();
      if (HAS_APOSTROPHE.test(name)) name = normalizeApostrophes(name);
      if (name) out.push({ group, name, flagged });
    }
  }
  return out;
}

function flat(table: string): string[] {
  return table
    .split(/[|\n]/)
    .map((s) => normalizeApostrophes(s.trim().replace(/^\?/, "")))
    .filter((s) => s.length > 0);
}

/** Lazily built value: the tables are parsed on first use, once. */
function lazy<T>(build: () => T): () => T {
  let value: T | undefined;
  return () => (value ??= build());
}

const MEMO_LIMIT = 50_000;

/**
 * A lookup remembered per distinct word: an article asks about the same few hundred words
 * thousands of times, and each raw lookup normalises, lower-cases or title-cases its key
 * (allocations that made garbage collection the largest cost). The tables never change, so a
 * remembered answer stays right; the cache is emptied when it grows past MEMO_LIMIT words.
 */
function memo<T>(f: (word: string) => T): (word: string) => T {
  const cache = new Map<string, T>();
  return (word) => {
    const hit = cache.get(word);
    if (hit !== undefined || cache.has(word)) return hit as T;
    const value = f(word);
    if (cache.size >= MEMO_LIMIT) cache.clear();
    cache.set(word, value);
    return value;
  };
}

const wordCount = (s: string): number => s.split(/\s+/).length;

// ------------------------------------------------------------------ places

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
const PARTICLES = new Set(["de", "du", "des", "d'", "la", "le", "les", "l'", "of", "the", "and", "et", "en", "sur", "al", "el"]);

/** "PÉKIN" -> "Pékin", "CÔTE D'IVOIRE" -> "Côte d'Ivoire": for datelines and headlines. */
function titleCase(text: string): string {
  return text
    .toLowerCase()
    .split(/(\s+|-)/)
    .map((part, i) => {
      const elided = /^([dl]')(.+)$/.exec(part);
      if (elided && i > 0) return elided[1] + elided[2].charAt(0).toUpperCase() + elided[2].slice(1);
      if (i > 0 && PARTICLES.has(part)) return part;
      return part.charAt(0).toUpperCase() + part.slice(1);
    })
    .join("");
}

const isAllCaps = (s: string): boolean => /\p{Lu}.*\p{Lu}/u.test(s) && !/\p{Ll}/u.test(s);

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

const LONG_S = /f(?=\p{Ll})/gu;

/**
 * Old print's long s (ſ) read as f by OCR: "Long-Ifland", "Pennfylvania", "Prefident".
 * A lower-case f before another lower-case letter becomes s: a lookup key only, tried
 * after the word as written, so "Suffolk" or "Jefferson" still match as themselves.
 */
export function longS(word: string): string {
  return word.indexOf("f") < 0 ? word : word.replace(LONG_S, "s");
}

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

export interface TokenMatch<T> {
  /** Number of tokens the name spans, from `start`. */
  length: number;
  name: string;
  info: T;
}

/**
 * Longest known name starting at tokens[start], the tokens being the words of
 * the text in order (whitespace-separated; "d'Ivoire" is one token). At most
 * `maxWords` lookups: O(1) each.
 */
function longestMatch<T>(
  tokens: readonly string[],
  start: number,
  maxWords: number,
  find: (name: string) => T | undefined,
): TokenMatch<T> | undefined {
  const last = Math.min(tokens.length, start + maxWords);
  for (let end = last; end > start; end--) {
    const name = tokens.slice(start, end).join(" ");
    const info = find(name);
    if (info !== undefined) return { length: end - start, name, info };
  }
  return undefined;
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

// ------------------------------------------------------------------ first names

const firstNames = lazy(() => {
  const names = new Set(flat(FIRST_NAMES));
  for (const name of flat(EXTRA_GIVEN_NAMES)) names.add(name);
  return { names, ambiguous: new Set(flat(AMBIGUOUS_FIRST_NAMES)) };
});

function knownFirstName(word: string): boolean {
  const { names } = firstNames();
  if (names.has(word)) return true;
  // Compound given names: "Jean-Marie", "Anne-Sophie", "Mohamed-Ali".
  const parts = word.split("-");
  return parts.length > 1 && parts.every((p) => names.has(p));
}

/** A given name (possibly ambiguous, see isAmbiguousFirstName): "Sarah", "Wei", "Jean-Marie". */
const surnames = lazy(() => new Set(flat(SURNAMES)));

/** A family name from the surname table: no common word, given name or place ("Moreau", "Kowalski"). */
function isSurnameRaw(word: string): boolean {
  return surnames().has(normalizeApostrophes(word.trim()));
}
const isSurnameMemo = memo(isSurnameRaw);
export function isSurname(word: string): boolean {
  return isSurnameMemo(word);
}

function isFirstNameRaw(word: string): boolean {
  const w = normalizeApostrophes(word.trim());
  if (knownFirstName(w)) return true;
  const modern = longS(w);
  if (modern !== w && knownFirstName(modern)) return true;
  return isAllCaps(w) && w.length > 2 && knownFirstName(titleCase(w));
}
const isFirstNameMemo = memo(isFirstNameRaw);
export function isFirstName(word: string): boolean {
  return isFirstNameMemo(word);
}

/** A given name that is also a common word, a French month or day, or a place ("Grant", "Paris"). */
function isAmbiguousFirstNameRaw(word: string): boolean {
  return firstNames().ambiguous.has(normalizeApostrophes(word.trim()));
}
const isAmbiguousFirstNameMemo = memo(isAmbiguousFirstNameRaw);
export function isAmbiguousFirstName(word: string): boolean {
  return isAmbiguousFirstNameMemo(word);
}

// ------------------------------------------------------------------ organisations

const orgs = lazy(() => {
  const map = new Map<string, OrgInfo>();
  let maxWords = 1;
  for (const { group, name, flagged } of grouped(KNOWN_ORGS)) {
    if (map.has(name)) continue;
    map.set(name, { kind: group as OrgKind, ambiguous: flagged });
    maxWords = Math.max(maxWords, wordCount(name));
  }
  const cues = new Map<string, OrgCue>();
  for (const { group, name } of grouped(ORG_CUES)) if (!cues.has(name)) cues.set(name, group as OrgCue);
  return { map, cues, maxWords };
});

/** What a known organisation or medium is ("AFP", "Mehr News", "Maison-Blanche"). */
function orgInfoRaw(name: string): OrgInfo | undefined {
  const { map } = orgs();
  const n = normalizeApostrophes(name.trim());
  return map.get(n) ?? map.get(n.replace(/^(?:the|la|le|les)\s+|^l'/i, ""));
}
const orgInfoMemo = memo(orgInfoRaw);
export function orgInfo(name: string): OrgInfo | undefined {
  return orgInfoMemo(name);
}

export function isKnownOrg(name: string): boolean {
  return orgInfo(name) !== undefined;
}

/** Most words in a known organisation name. */
export function maxOrgWords(): number {
  return orgs().maxWords;
}

/** Longest known organisation name starting at tokens[start]. */
export function matchOrg(tokens: readonly string[], start: number): TokenMatch<OrgInfo> | undefined {
  return longestMatch(tokens, start, orgs().maxWords, orgInfo);
}

/** Whether a word marks an organisation name: legal form ("Inc.", "GmbH") or head noun ("Ministry", "parti"). */
function orgSuffixRaw(word: string): OrgCue | undefined {
  return orgs().cues.get(normalizeApostrophes(word.trim()));
}
const orgSuffixMemo = memo(orgSuffixRaw);
export function orgSuffix(word: string): OrgCue | undefined {
  return orgSuffixMemo(word);
}

// ------------------------------------------------------------------ not people

const notPerson = lazy(() => {
  const out = new Map<string, "event" | "surname" | "affiliation">();
  for (const { group, name, flagged } of grouped(NOT_PERSON_WORDS)) out.set(name, flagged ? "surname" : group as "event" | "affiliation");
  return out;
});

/**
 * A head closing an event, holiday, award or document name ("Cup", "Report"): "event"; one that
 * is also a surname after a given name ("Christmas Day" / "Jason Day"): "surname".
 */
function eventHeadRaw(word: string): "event" | "surname" | undefined {
  const k = notPerson().get(normalizeApostrophes(word.trim()));
  return k === "affiliation" ? undefined : k;
}
const eventHeadMemo = memo(eventHeadRaw);
export function eventHead(word: string): "event" | "surname" | undefined {
  return eventHeadMemo(word);
}

/** A party, faith or origin word: "Liberal", "Democrats", "Catholic", "Frenchman". */
function isAffiliationRaw(word: string): boolean {
  return notPerson().get(normalizeApostrophes(word.trim())) === "affiliation";
}
const isAffiliationMemo = memo(isAffiliationRaw);
export function isAffiliation(word: string): boolean {
  return isAffiliationMemo(word);
}

// ------------------------------------------------------------------ common words

const commonWords = lazy(() => ({ en: new Set(flat(COMMON_EN)), fr: new Set(flat(COMMON_FR)) }));

/**
 * A frequent word of the language that is no name ("Traders", "Sitting", "Among", "Plusieurs"):
 * compared in lower case; an English plural counts when its singular does.
 */
function isCommonWordRaw(word: string, lang: "fr" | "en"): boolean {
  const set = commonWords()[lang];
  const w = normalizeApostrophes(word.trim()).toLowerCase();
  if (set.has(w) || (w.length > 3 && w.endsWith("s") && set.has(w.slice(0, -1)))) return true;
  // "Prefident", "Majefty": old print's long s read as f (English only: French has few such texts).
  const modern = lang === "en" ? longS(w) : w;
  return modern !== w && set.has(modern);
}
const isCommonWordMemo = { en: memo((w) => isCommonWordRaw(w, "en")), fr: memo((w) => isCommonWordRaw(w, "fr")) };
export function isCommonWord(word: string, lang: "fr" | "en"): boolean {
  return isCommonWordMemo[lang](word);
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
