// What French decides in the entity rules (see EntityHooks in ../entity-hooks.ts): lower-case heads before names
// (a stage of its own, heads.ts), auxiliaries that end a role phrase, a title closing a run, runs cut after a
// place, radio stations, places after "à"/"en", trades in apposition, clitics and adverbs at a sentence opening.
import * as gaz from "../../lexicon/gazetteer";
import {
  ADDRESS_ALONE_FR, ADVERB_ENDING, PLACE_AS_JOB_AFTER_FR, EMPHATIC_PERSONAL, APPOSITION_FR, CLITIC_ENDING, COMMON_ACRONYMS_FR, MORE_DEMONYMS, NAMING_PARTICIPLES, SINGULAR_DETERMINERS, NOBLE_TITLES_FR, ORG_HEADS_FR, ORG_OPENING_HEADS_FR, ROLE_STOPS_FR, BODY_ARTICLES, PLURAL_ARTICLES, UNACCENTED_CAPITALS,
} from "../../lexicon/fr/entities";
import { countryBranch, initialled } from "../../entities/name-surroundings";
import { defaultEntityHooks } from "../default/entities";
import type { EntityHooks } from "../entity-hooks";
import { tokAt, type Token } from "../../text/tokenize";
import type { NameMention } from "../../entities/mention";
import { frenchHeads } from "./heads";
import { frenchBodies } from "./bodies";
import { frenchPlaceForms } from "./place-forms";
import { ocrHonorifics } from "./ocr-forms";
import { nameLists, programmeAuthors, workAuthors } from "./name-lists";
import { shipNames } from "./ships";
import { beyondPlaces } from "./beyond-places";
import { wines } from "./wines";
import { clubOfTown, clubPrefixOfTown, hyphenatedBranch, hyphenatedPlace, memberOfTown, ofComplementFr, orientalName, placeAfterOfFr, personShapedFr, placePrepositionFr, radioStation, trailingTitle } from "./names";
import { placeSplit } from "./runs";
import { frenchClubs } from "./clubs";
import { firmsByOfficersFr } from "./firms";
import { appositionOpensAt } from "../../phrases/apposition";

export const frenchEntityHooks: EntityHooks = {
  ...defaultEntityHooks,
  sentenceOnlyCapitals: UNACCENTED_CAPITALS,
  nobleTitles: NOBLE_TITLES_FR,
  runEnd: placeSplit,
  candidateStages: [ocrHonorifics, nameLists, frenchHeads, frenchBodies, frenchPlaceForms, frenchClubs, programmeAuthors, workAuthors, shipNames, beyondPlaces, wines],
  roleStops: ROLE_STOPS_FR,
  // "l'ONG a précisé", "les PME": an acronym that is a common noun names no one body (the description takes up the one named before).
  // "Dame demande place", "Veuve désire emploi": a form of address or a woman's state alone names no one either.
  namesNobody: ({ c, words, firstLw }) => words === 1 && (COMMON_ACRONYMS_FR.has(firstLw) || !c.honorific && ADDRESS_ALONE_FR.has(firstLw)),
  trailingTitle,
  orgHeadBefore: (toks, a) => ORG_HEADS_FR.has(tokAt(toks, a - 1)?.lw ?? ""),
  // "Banque Méridia", "Fondation Arbelle", "Crédit Normand": a body's head opening two capitalised words or more.
  orgHeadOpening: ({ toks, a, words, first, known }) =>
    !known && words >= 2 && !first.upper && ORG_OPENING_HEADS_FR.has(first.lw) && toks[a + 1].cap,
  // French programme listings: "Radio-Cité", "Radio 37" are stations, which count as places.
  stationEnd: radioStation,

  // "rue Auber", "lac Léman", "Toulouse-Pyrénées": a place head before or opening the name, a hyphenated town.
  placeEnd: ({ toks, a, b, words, first, firstT, firstLw, place }) =>
    !place && (gaz.isPlaceHead(tokAt(toks, a - 1)?.form ?? "", "fr") && !placeAsJob(toks, a - 1) || words >= 2 && !first.upper && gaz.isPlaceHead(firstLw, "fr") ||
      words === 1 && hyphenatedPlace(firstT)) ? b : -1,

  personByContext: ({ toks, lex, c, a, b, words, first, firstW, known, place }) =>
    // "un déserteur nommé Pétermann", "le dénommé Saugé": the name a person goes by.
    words <= 3 && !known && NAMING_PARTICIPLES.has(tokAt(toks, a - 1)?.lw ?? "") ||
    // A name with a trade or title in apposition ("Charlier, marchand de vin"), or a member told apart by his town
    // ("MM. Favre, de Genève, Bossy, de Fribourg"), is a person.
    words <= 2 && !place && !known && !c.shouting && (appositionOpensAt(toks, b, lex, APPOSITION_FR) || memberOfTown(toks, a, b, lex)) ||
    // "Belcredi lui-même", "Dufresnoy elle-même": a person's emphatic pronoun after a name no article opens.
    words <= 3 && !place && !known && EMPHATIC_PERSONAL.has(tokAt(toks, b)?.lw ?? "") && !lex.determiners.has(tokAt(toks, a - 1)?.lw ?? "") ||
    // A given name alone inside a sentence ("il parla à Gaston") names a person.
    words === 1 && !first.sent && !first.upper && gaz.isSureFirstName(firstW) &&
    !lex.determiners.has(toks[a - 1]?.lw ?? ""),

  // "le Moniteur vient de trancher", "la Tribune a révélé": a capitalised common word after a singular definite article
  // is a title or a body, no person (a person's name takes no article in French).
  bodyAfterArticle: ({ toks, a, words, firstT, firstW }) => words === 1 && BODY_ARTICLES.has(tokAt(toks, a - 1)?.lw ?? "") &&
    (gaz.isCommonWord(firstW, "fr") || !gaz.isFirstName(firstW) && !gaz.isSurname(firstW)) ||
    // "Les Amis de la Terre ont salué", "les Restos du cœur": a plural common noun after a plural article opens a
    // body's name, never one person's.
    words >= 2 && PLURAL_ARTICLES.has(tokAt(toks, a - 1)?.lw ?? "") && /[sx]$/.test(firstT) && gaz.isCommonWord(firstT.toLowerCase(), "fr") &&
      !gaz.isFirstName(firstW) && !gaz.isSurname(firstW),

  // "M." is Monsieur, not an initial; a surname in capitals counts ("P. LANGEVIN"). Two or three capitalised words
  // no lexicon knows as anything else are a person's name, as in English ("Vassilis Rapanos", "Kateri Tekakwitha");
  // so is a hyphenated name of the Orient ("Osman-bey", "Abd-el-Kader").
  personByShape: ({ toks, lex, a, b }) => initialled(toks, a, b, false) || personShapedFr(toks, a, b, lex) || orientalName(toks, a, b),

  // "Météo France", "Wikimedia Deutschland": words closed by a country's name make a national body or branch;
  // "l'Impact de Montréal": an article, a capitalised common noun, "de" and a town make a club.
  // (Capitalised words only: "le Tour de France" is an event, whose country stays a place.)
  countryBranch: ({ toks, lex, a, b, place }) =>
    allCapitalised(toks, a, b) && countryBranch(toks, a, b, lex, place, false) || clubOfTown(toks, a, b) || clubPrefixOfTown(toks, a, b) ||
    b - a === 1 && !place && hyphenatedBranch(toks[a].t),

  placePreposition: placePrepositionFr,
  placeAfterOf: placeAfterOfFr,
  ofComplement: ofComplementFr,
  withoutAuthors: (_toks, ms) => ms,
  firmsByCue: firmsByOfficersFr,

  // Three or more unknown single names in a row, no place or frequent word among them, are a list of
  // people ("les as Rérolle, Cérou et Lebon", "oeuvres de Weber, Ravel, Dukas"); a surname may keep its
  // initial ("Funek, Imobersteg, D Schneider, H. Wyss").
  peopleList: (toks, group) => group.length >= 3 && group.every((m) => m.kind === "person" && initialledSingle(toks, m) &&
    !toks[m.b - 1].sent && !toks[m.b - 1].upper && !gaz.isCommonWord(toks[m.b - 1].form, "fr")),

  // "Ecrire à la Fronde", "Etre prêt": a capital E written without its accent, as French capitals often are, on a
  // frequent word ("écrire", "être").
  // (Each regex run only on a word it may match: with a hyphen, ending in "ment".)
  neverNameAtOpening: (w) => w.lw.indexOf("-") >= 0 && CLITIC_ENDING.test(w.lw) || w.lw.endsWith("ment") && ADVERB_ENDING.test(w.lw) ||
    w.t.charCodeAt(0) === 69 && w.t.length > 2 && gaz.isCommonWord(`é${w.lw.slice(1)}`, "fr"),
  // Old French print read by OCR: "Stetlin", "Péîersbourg" (entities/garbled.ts).
  repairsOcrPlaces: true,
  appositionGender: true,
  lowerCaseUseNamesNothing: true,
  roleBeforeCountry: true,
  nationalityBefore: (toks, a) => {
    const n = tokAt(toks, a - 1);
    return !!n && n.cap && n.nl === 0 && (gaz.isDemonym(n.form) || MORE_DEMONYMS.has(n.lw)) && SINGULAR_DETERMINERS.has(toks[a - 2]?.lw ?? "");
  },
};

/** "demande place Bonnes références": "place" right after a verb that takes it as a job or a seat (PLACE_AS_JOB_AFTER_FR). */
function placeAsJob(toks: Token[], h: number): boolean {
  const t = toks[h];
  return t.t === "place" && t.nl === 0 && PLACE_AS_JOB_AFTER_FR.has(tokAt(toks, h - 1)?.lw ?? "");
}

/** Whether every token of [a, b) is capitalised. */
function allCapitalised(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!toks[k].cap) return false;
  return true;
}

/** One name, or one name after a single initial ("D Schneider", "H. Wyss"). */
function initialledSingle(toks: Token[], m: NameMention): boolean {
  const n = m.b - m.a;
  if (n === 1) return true;
  const i = toks[m.a];
  return i.t.length === 1 && i.cap && (n === 2 || n === 3 && toks[m.a + 1].t === "." && toks[m.a + 1].s === i.e);
}
