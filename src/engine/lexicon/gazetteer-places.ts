// Places: countries, regions, towns and their aliases; nationality adjectives and nouns; the head
// words ("County", "rue", "Pulau") that make a name a place.

import { MAX_PLACE_WORDS } from "./data/places.generated";
import { DEMONYM_COUNTRIES, PLACES } from "./data/gazetteers.generated";
import { PLACE_HEADS } from "./data/regions";
import { compiledGet, compiledHas } from "./compiled";
import { hasSurrogate, unicodeBits, U_LOWER, U_SPACE, U_UPPER } from "../text/unicode";
import { grouped, isAllCaps, longS, matcher, memo, memoFlag, normalizeApostrophes, titleCase, type TokenMatch, type Word } from "./gazetteer-tables";
import { lazy } from "../text/lazy";
import { OCR_CONFUSIONS } from "./ocr-confusions";

export { MAX_PLACE_WORDS };

export type PlaceKind = "country" | "city" | "region" | "continent";

export interface PlaceInfo {
  kind: PlaceKind;
  /** ISO 3166 alpha-2 code of the country the place lies in, when there is a single one. */
  country?: string;
  /** Also a common word or a person's name ("Nice", "Paris", "Jordan"): needs context. */
  ambiguous: boolean;
}

const KIND_OF_CODE: Record<string, PlaceKind> = { C: "country", T: "city", R: "region", K: "continent" };

/** What a normalised place name denotes, from the compiled table (see gazetteer-build.ts placeValue). */
function placeGet(name: string): PlaceInfo | undefined {
  const v = compiledGet(PLACES, name);
  if (v === undefined) return undefined;
  const code = v[0];
  const kind = KIND_OF_CODE[code];
  const info: PlaceInfo = { kind: kind ?? KIND_OF_CODE[code.toUpperCase()], ambiguous: kind === undefined };
  if (v.length > 1) info.country = v.slice(1);
  return info;
}
const PLACE_TABLE = { get: placeGet };

const ARTICLE = /^(?:l'|(?:the|la|le|les)\s+)/i;
/** Exact form, then without article ("l'Iran", "the Netherlands"), then de-capitalised ("PÉKIN"). */
function lookup<T>(map: { get(name: string): T | undefined }, raw: string): T | undefined {
  const name = normalizeApostrophes(raw.trim());
  const exact = map.get(name);
  if (exact !== undefined) return exact;
  // Each variant below is tried only when the name has what its pattern needs (an article opens with l or t, initials
  // hold a dot, the other spellings a hyphen, an E or an f): most names that are no place have none of them.
  const c0 = name.charCodeAt(0) | 32;
  const bare = c0 === 108 || c0 === 116 ? name.replace(ARTICLE, "") : name;
  if (bare !== name && bare.length > 0) {
    const found = map.get(bare);
    if (found !== undefined) return found;
  }
  const initials = bare.includes(".") && SPACED_INITIALS().test(bare);
  if (isAllCaps(bare) && bare.length > 3 && !initials) return map.get(titleCase(bare));
  // "the U. S.": initials printed with spaces.
  if (initials) return map.get(bare.replace(/\s+/g, ""));
  const hyphen = bare.includes("-");
  // "New-Hampshire", "Long-Island": old spelling joins the words of a place with hyphens.
  const spaced = hyphen ? hyphensBeforeCapitals(bare) : bare;
  if (spaced !== bare) {
    const found = map.get(spaced);
    if (found !== undefined) return found;
  }
  // "St-Etienne", "Ste-Croix": the saint abbreviated before a hyphen; "Saint-Etienne": a capital printed without its accent;
  // "Stras--bourg", "Ros-porden": a word cut at a line break, its hyphen kept before a lower-case rest.
  const sainted = hyphen && bare.startsWith("St") ? bare.replace(SAINT_HYPHEN(), (_m, e: string) => (e ? "Sainte-" : "Saint-")) : bare;
  const accented = sainted.charCodeAt(0) === 69 || sainted.includes("-E") ? sainted.replace(UNACCENTED_E(), "$1É") : sainted;
  const joined = hyphen && mayBreakHyphen(bare) ? bare.replace(LINE_BREAK_HYPHEN(), "") : bare;
  // "Ile--de-France": the line fell on the name's own hyphen.
  const hyphened = hyphen && bare.includes("--") ? bare.replace(DOUBLE_HYPHEN, "-") : bare;
  const found = variant(map, bare, sainted) ?? variant(map, bare, accented) ?? variant(map, bare, joined) ?? variant(map, bare, hyphened);
  if (found !== undefined) return found;
  const modern = longS(spaced);
  return modern === spaced ? undefined : map.get(modern);
}

/** What the table says of a spelling v of the name, unless v is the name itself. */
function variant<T>(map: { get(name: string): T | undefined }, bare: string, v: string): T | undefined {
  return v === bare ? undefined : map.get(v);
}

const SAINT_HYPHEN = lazy(() => /^St(e?)-(?=\p{Lu})/u);
const UNACCENTED_E = lazy(() => /(^|-)E(?=\p{Ll})/gu);
/** The hyphen of a word cut at a line break: "Stras--bourg", "Ros-porden", "Limo-- ges" (one or two, before a lower-case rest). */
const DOUBLE_HYPHEN = /--\s?/g;
const LINE_BREAK_HYPHEN = lazy(() => /(?<=\p{Ll})-{1,2}\s?(?=\p{Ll}{2,}(?:$|[\s-]))/gu);

const SPACED_INITIALS = lazy(() => /^(?:\p{Lu}\.\s+)+\p{Lu}\.?$/u);

const HYPHEN_CAPITAL = lazy(() => /-\s*(?=\p{Lu})/gu);

/** s.replace(HYPHEN_CAPITAL, " ") without compiling it (a first call): "New-Hampshire" → "New Hampshire". */
export function hyphensBeforeCapitals(s: string): string {
  if (hasSurrogate(s)) return s.replace(HYPHEN_CAPITAL(), " ");
  let out = "";
  let from = 0;
  for (let i = s.indexOf("-"); i >= 0; i = s.indexOf("-", i + 1)) {
    let j = i + 1;
    while (unicodeBits(s.charCodeAt(j)) & U_SPACE) j++;
    if ((unicodeBits(s.charCodeAt(j)) & U_UPPER) === 0) continue;
    out += s.slice(from, i) + " ";
    from = j;
    i = j - 1;
  }
  return from === 0 ? s : out + s.slice(from);
}

/** Whether s may hold a LINE_BREAK_HYPHEN (its expression compiled only then): a lower-case letter, one or two hyphens, maybe a space, two lower-case letters. */
export function mayBreakHyphen(s: string): boolean {
  if (hasSurrogate(s)) return true;
  for (let i = s.indexOf("-"); i >= 0; i = s.indexOf("-", i + 1)) {
    if ((unicodeBits(s.charCodeAt(i - 1)) & U_LOWER) === 0) continue;
    let j = s.charCodeAt(i + 1) === 45 ? i + 2 : i + 1;
    if (unicodeBits(s.charCodeAt(j)) & U_SPACE) j++;
    if (unicodeBits(s.charCodeAt(j)) & unicodeBits(s.charCodeAt(j + 1)) & U_LOWER) return true;
  }
  return false;
}

/** What a place name denotes, or undefined when it is no place we know. */
function placeInfoRaw(name: string): PlaceInfo | undefined {
  return lookup(PLACE_TABLE, name);
}
const placeInfoMemo = memo(placeInfoRaw, "place");
export function placeInfo(name: Word): PlaceInfo | undefined {
  return placeInfoMemo(name);
}

/**
 * The one place (no common word, given name or other reading) that a word misread by OCR stands for: the word with one
 * letter read back (lexicon/ocr-confusions.ts), same first letter. Undefined when no such place, or more than one, is
 * known. Lower-case letters only are tried; the raw table is read (a memo would keep every variant).
 */
export function placeOfOcrVariant(word: string): string | undefined {
  let found: string | undefined;
  const tryName = (v: string): boolean => {
    const info = placeGet(v);
    if (!info || info.ambiguous || v === found) return true;
    if (found !== undefined) return false;
    found = v;
    return true;
  };
  for (let i = 1; i < word.length; i++) {
    if (!OCR_CONFUSIONS.has(word[i])) continue;
    const head = word.slice(0, i);
    const tail = word.slice(i + 1);
    for (const alt of OCR_CONFUSIONS.get(word[i]) ?? "") if (!tryName(head + alt + tail)) return undefined;
  }
  return found;
}

export function isPlace(name: Word): boolean {
  return placeInfo(name) !== undefined;
}

export function isAmbiguousPlace(name: Word): boolean {
  return placeInfo(name)?.ambiguous === true;
}

/** Longest place name starting at tokens[start]: ["New", "York", "a"] -> New York. */
const placeMatch = matcher(placeInfo, MAX_PLACE_WORDS);
export function matchPlace(tokens: readonly string[], start: number): TokenMatch<PlaceInfo> | undefined {
  return placeMatch(tokens, start);
}

// ------------------------------------------------------------------ demonyms

/** Nationality or regional adjective or noun: "chinois", "Chinoises", "Iranian", "Kurds". */
function isDemonymRaw(word: string): boolean {
  return compiledHas(DEMONYM_COUNTRIES, normalizeApostrophes(word));
}
const isDemonymMemo = memoFlag(isDemonymRaw);
export function isDemonym(word: Word): boolean {
  return isDemonymMemo(word);
}

/** Country code a demonym refers to ("iranien" -> "IR"); "--" for peoples without one country. */
export function demonymCountry(word: string): string | undefined {
  return compiledGet(DEMONYM_COUNTRIES, normalizeApostrophes(word));
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
const isPlaceHeadMemo = { en: memoFlag((w) => isPlaceHeadRaw(w, "en")), fr: memoFlag((w) => isPlaceHeadRaw(w, "fr")) };
export function isPlaceHead(word: Word, lang: "fr" | "en"): boolean {
  return isPlaceHeadMemo[lang](word);
}

/**
 * A capitalised word that opens a place name in any language: the Indonesian and Malay heads
 * "Tanjung" (cape), "Teluk" (bay), "Pulau" (island), "Kampung", "Desa" (village), "Gunung"
 * (mountain), "Danau" (lake), "Sungai" (river), "Selat" (strait): "Tanjung Lesung" is no person.
 */
const isOpeningPlaceHeadMemo = memoFlag((w) => placeHeads().open.has(normalizeApostrophes(w.trim())));
export function isOpeningPlaceHead(word: Word): boolean {
  return isOpeningPlaceHeadMemo(word);
}
