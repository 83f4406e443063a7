// What the large gazetteers hold, read from the text tables of data/: build time only.
// `npm run lexicons` (scripts/compile-lexicons.mjs) turns these Maps and Sets into the sorted block
// tables of data/gazetteers.generated.ts that the engine reads (see compiled.ts); a unit test checks
// that the generated file matches them. Keys are as the engine looks them up (trimmed, apostrophes
// normalised; the gender lists as written).

import { ADMIN_REGIONS, AMBIGUOUS_PLACES, CITIES, COUNTRIES, MAJOR_CITIES } from "./data/places.generated";
import { DEMONYMS } from "./data/demonyms.generated";
import { EXTRA_DEMONYMS } from "./data/demonyms-extra";
import { CITY_EXONYMS, COUNTRY_ALIASES, HISTORIC_REGIONS, HISTORIC_TOWNS, LANDMARKS } from "./data/exonyms";
import { CONTINENTS, WORLD_REGIONS } from "./data/regions";
import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./data/first-names.generated";
import { EPICENE_GIVEN_NAMES, EXTRA_GIVEN_NAMES } from "./data/given-names";
import { FEMALE_NAMES, MALE_NAMES } from "./data/name-genders.generated";
import { SURNAMES } from "./data/surnames.generated";
import { COMMON_EN, COMMON_FR } from "./data/common-words.generated";
import { KNOWN_ORGS } from "./data/orgs";
import { compileTable } from "./compiled";
import { flat, grouped, wordCount } from "./gazetteer-tables";
import type { PlaceInfo, PlaceKind } from "./gazetteer-places";
import type { OrgInfo, OrgKind } from "./gazetteer-orgs";

export function buildPlaces(): Map<string, PlaceInfo> {
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
    [LANDMARKS, "city"],
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
}

/** Demonym → country code ("--" for peoples without one country). */
export function buildDemonyms(): Map<string, string> {
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
}

export function buildFirstNames(): { names: Set<string>; ambiguous: Set<string> } {
  const names = new Set(flat(FIRST_NAMES));
  for (const name of flat(EXTRA_GIVEN_NAMES)) names.add(name);
  return { names, ambiguous: new Set(flat(AMBIGUOUS_FIRST_NAMES)) };
}

export function buildSurnames(): Set<string> {
  return new Set(flat(SURNAMES));
}

/** Given name → "m" or "f" (the female list read last wins). */
export function buildGivenGenders(): Map<string, "m" | "f"> {
  const map = new Map<string, "m" | "f">();
  for (const n of MALE_NAMES.split("|")) map.set(n, "m");
  for (const n of FEMALE_NAMES.split("|")) map.set(n, "f");
  for (const n of EPICENE_GIVEN_NAMES.split("|")) map.delete(n);
  return map;
}

export function buildCommonWords(): { en: Set<string>; fr: Set<string> } {
  return { en: new Set(flat(COMMON_EN)), fr: new Set(flat(COMMON_FR)) };
}

/** Known organisations and media: the first line to name one gives its kind. */
export function buildOrgs(): Map<string, OrgInfo> {
  const map = new Map<string, OrgInfo>();
  for (const { group, name, flagged } of grouped(KNOWN_ORGS)) if (!map.has(name)) map.set(name, { kind: group as OrgKind, ambiguous: flagged });
  return map;
}

/**
 * Lower-case words inside known names ("socialiste" of "Parti socialiste"): a run of capitals that one of
 * these follows may be a longer known name.
 */
function orgLowerWords(orgs: Map<string, OrgInfo>): Set<string> {
  const lowerWords = new Set<string>();
  for (const name of orgs.keys()) for (const w of name.split(/\s+/).slice(1)) if (w && w[0] !== w[0].toUpperCase()) lowerWords.add(w);
  return lowerWords;
}

/** An organisation's compiled value: its kind, then "?" when the name is ambiguous. */
export const orgValue = (info: OrgInfo): string => info.kind + (info.ambiguous ? "?" : "");

/** Kind letters of the compiled place table: upper case, lower case when the place is ambiguous. */
export const PLACE_KIND_CODE: Record<PlaceKind, string> = { country: "C", city: "T", region: "R", continent: "K" };

/** A place's compiled value: its kind letter (lower case when ambiguous), then its country code if any. */
export function placeValue(info: PlaceInfo): string {
  if (info.country === "") throw new Error("placeValue: empty country code");
  const kind = PLACE_KIND_CODE[info.kind];
  return (info.ambiguous ? kind.toLowerCase() : kind) + (info.country ?? "");
}

const members = (set: Set<string>): Array<[string, string]> => [...set].map((w) => [w, ""]);

/** Every compiled table (and the longest known organisation name, in words), by the name it has in data/gazetteers.generated.ts. */
export function compileGazetteers(): Record<string, string[] | number> {
  const first = buildFirstNames();
  const common = buildCommonWords();
  const orgs = buildOrgs();
  return {
    PLACES: compileTable([...buildPlaces()].map(([name, info]) => [name, placeValue(info)])),
    DEMONYM_COUNTRIES: compileTable(buildDemonyms()),
    FIRST_NAME_SET: compileTable(members(first.names)),
    AMBIGUOUS_FIRST_NAME_SET: compileTable(members(first.ambiguous)),
    SURNAME_SET: compileTable(members(buildSurnames())),
    GIVEN_GENDERS: compileTable(buildGivenGenders()),
    COMMON_EN_SET: compileTable(members(common.en)),
    COMMON_FR_SET: compileTable(members(common.fr)),
    ORGS: compileTable([...orgs].map(([name, info]) => [name, orgValue(info)])),
    ORG_LOWER_WORD_SET: compileTable(members(orgLowerWords(orgs))),
    MAX_ORG_WORDS: Math.max(1, ...[...orgs.keys()].map(wordCount)),
  };
}
