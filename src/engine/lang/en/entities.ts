// What English decides in the entity rules (see EntityHooks in ../entity-hooks.ts): title-case headlines, runs that
// go on over "of", a title's modifiers before its noun, old newspaper place heads ("Dare county", "the village of
// Edenton"), teams and clubs, sovereigns' titles, person-shaped names, author bios, OCR'd town names.
import * as gaz from "../../lexicon/gazetteer";
import {
  APPOSITION_EN, COUNTY, HYPHEN_STREET, ORG_HEADS_AFTER_EN, PARTY_TAG, ORG_HEADS_BEFORE_EN, PLACE_HEAD_BEFORE, ROLE_STOPS_EN, IN_NOT_PLACE, DEITIES, SPORT_HEADINGS, PLACE_PREPOSITIONS_EN, SURNAME_PLACE_HEADS_EN, SETTLEMENT, WORD_GIVEN_NAMES, GROUP_PLURALS, STORM_HEADS, CLUB_WORDS, TOWN_CLUB_WORDS,
  OPENING_DESCRIPTORS,
} from "../../lexicon/en/entities";
import { clubAfterPlayer, countryBranch, initialled, personShaped, sovereignOf, teamBeforeRole, townOfState } from "../../entities/name-surroundings";
import { isPossessive } from "../../entities/possessive";
import { defaultEntityHooks } from "../default/entities";
import type { EntityHooks } from "../entity-hooks";
import { tokAt, type Token } from "../../text/tokenize";
import { lowerBefore } from "../../text/unicode";
import { withoutAuthors } from "./authors";
import { headlineNames } from "./headlines";
import { firmsByAnaphor } from "./firms";
import { orgWithOf, placeWithOf } from "./runs";
import { beforeSportRole, inFixture, pluralTeam, scoreInSentence, sideBeforeRole, sideWithScorers, sportsPage, stateUniversity, townThatPlays, withScore } from "./teams";
import { titleCaseEnd } from "./titlecase";
import { roleWordsOnly } from "./titles";
import { appositionOpensAt } from "../../phrases/apposition";
import { townsOfPlurals } from "./townsfolk";
import { beforeSuffix, generationalSuffixes, namesWithoutSuffix } from "./suffixes";

/** "SOCCER", "RUGBY UNION": every word of [a, b) a sport's name in capitals. */
function sportHeading(toks: Token[], a: number, b: number): boolean {
  for (let k = a; k < b; k++) if (!toks[k].upper || !SPORT_HEADINGS.has(toks[k].lw)) return false;
  return true;
}

/** A place whose side is a national one, annotated as the place: a country, a continent, a region of several countries ("West Indies"). */
const nationalSide = (p: gaz.PlaceInfo): boolean => p.kind === "country" || p.kind === "continent" || p.kind === "region" && !p.country;

/** Party adjectives, which name no place after "in" ("in Democratic primaries"). */
const PARTY_ADJECTIVES = /^(?:Democratic|Republican|Conservative|Liberal|Labour|Socialist)$/;

/** A given name that is no frequent word either ("Tom", not "Will"): the player after a town's possessive. */
const givenName = (t: Token): boolean => gaz.isSureFirstName(t.form);

export const englishEntityHooks: EntityHooks = {
  ...defaultEntityHooks,
  titleCaseEnd,
  orgOfComplement: orgWithOf,
  runEnd: placeWithOf,
  candidateStages: [generationalSuffixes],
  roleStops: ROLE_STOPS_EN,
  townsfolk: townsOfPlurals,
  descriptorAtOpening: (w) => OPENING_DESCRIPTORS.has(w.lw),

  /** "Norfolk Virginia": a town followed by its region with no comma. */
  townThenRegion(toks, a, b) {
    if (b - a !== 2) return undefined;
    const town = gaz.placeInfo(toks[a].form);
    const region = gaz.placeInfo(toks[a + 1].form);
    return town && !town.ambiguous && town.kind !== "country" && region?.kind === "region" ? town : undefined;
  },

  namesNobody: ({ toks, lex, c, a, b, words, name, first, firstT, firstLw, lastT, known }) =>
    // "Vice-president says", "the Prefident" (long s read as f): a role noun is no name;
    // "Postmaster General", "Attorney General": titles alone name nobody either.
    !c.honorific && roleWordsOnly(name, lex, firstT, firstLw) && !gaz.orgSuffix(lastT) ||
    // "Edentonians", "Parisians": a plural of people from a place is no person.
    words === 1 && firstT.endsWith("ians") && lowerBefore(firstT, 4) && !isPossessive(first) ||
    // "the Declaration of Independence": a town of that name (Independence, Missouri) is the document's title here.
    words === 1 && tokAt(toks, a - 1)?.lw === "of" && toks[a - 2]?.lw === "declaration" ||
    // "Mitch McConnell, R-Ky., said", "Rand Paul (R-Ky.)": a party and state tag after a name is no one.
    words === 1 && (tokAt(toks, a - 1)?.t === "," || tokAt(toks, a - 1)?.t === "(") && PARTY_TAG().test(name) ||
    // "a Thai farmer", "an Iraqi official": a nationality between "a" and a lower-case noun is an adjective, even one the
    // place tables list as a country's other name ("the Philippines that …" is the country).
    words === 1 && (tokAt(toks, a - 1)?.lw === "a" || tokAt(toks, a - 1)?.lw === "an") && gaz.isDemonym(first.form) && !!toks[b] && toks[b].word &&
      !toks[b].cap && toks[b].nl === 0 ||
    // "FRIDAY'S RESULTS", "HOW": a word of three letters or more that is never a name is none in capitals either ("AN" may be an acronym).
    words === 1 && first.upper && firstT.length >= 3 && lex.notNames.has(firstLw) ||
    // "Critics believe", "Residents complained": a plural role or group noun opening a sentence before a lower-case word.
    words === 1 && first.sent && GROUP_PLURALS.has(firstLw) && !!toks[b] && toks[b].word && !toks[b].cap && toks[b].nl === 0 ||
    // "SOCCER", "RUGBY UNION", "TENNIS": a sport heading a page in capitals names no organisation.
    !known && sportHeading(toks, a, b) ||
    // "Storm Ciara", "Typhoon Sally", "Cyclone Idai": a storm's given name is no person. "Storm" is a given name too:
    // a reporting verb after it or a role noun before it ("the actress Storm Reid told") keeps a person.
    words === 2 && STORM_HEADS.has(firstLw) && !gaz.isSurname(toks[a + 1].form) &&
      !(firstLw === "storm" && (lex.verbForms.has(tokAt(toks, b)?.lw ?? "") || lex.roleNouns.has(tokAt(toks, a - 1)?.lw ?? ""))),

  // "the Yugoslav news agency Tanjug", "mineral water firm Multico": a lower-case head right before the name,
  // unless a given name opens it ("the group Anna Reyes founded").
  orgHeadBefore: (toks, a) => {
    const h = tokAt(toks, a - 1);
    return !!h && h.word && !h.cap && h.nl === 0 && ORG_HEADS_BEFORE_EN.has(h.lw) && !gaz.isSureFirstName(toks[a].form);
  },
  // "the Wen Hui Bao newspaper said", "told La Stampa newspaper".
  orgHeadAfter: (toks, b) => {
    const h = toks[b];
    return !!h && h.word && !h.cap && h.nl === 0 && ORG_HEADS_AFTER_EN.has(h.lw) && !isPossessive(toks[b - 1]);
  },

  teamOrClub: ({ toks, lex, a, b, words, first, firstT, firstW, lastT, place }) =>
    // "Luis Figo (Barcelona), Rui Barros (Porto)": a city in brackets after a player is the club.
    place?.kind === "city" && clubAfterPlayer(toks, a, b) ||
    // "Manchester City", "Ipswich Town", "Charlton Athletic": a club's word after a name, where the two words name no
    // known place ("Kansas City", "Cape Town" stay towns); "City" and "Town" only after a known place.
    words === 2 && !place && (CLUB_WORDS.has(lastT) || TOWN_CLUB_WORDS.has(lastT) && gaz.isPlace(firstW)) ||
    // "East Fife v Clydebank", "Derby 2 (Sturridge 62)", "Surrey all-rounder Adam Hollioake": a town or a region
    // that plays is its team; a country stays a place (national sides are annotated as places).
    !!place && !nationalSide(place) && (inFixture(toks, a, b) || withScore(toks, a, b) || beforeSportRole(toks, b) ||
      townThatPlays(toks, a, b, givenName)) ||
    stateUniversity(toks, a, b) || pluralTeam(toks, a, b) || !place && sideBeforeRole(toks, a, b) ||
    // "Werder Bremen 1 (Bode 85th)": any side but a national one (annotated as a place).
    !(place && nationalSide(place)) && sideWithScorers(toks, a, b) ||
    // "Raptors president Jane Roe", "Reds manager John Roe": a plural name heading a role is a team.
    words === 1 && firstT.endsWith("s") && lowerBefore(firstT, 1) && !isPossessive(first) && (teamBeforeRole(toks, b, lex) ||
      // "Cubs shortstop Jose Ortiz": a plural before a sports position and a name, on a sports page.
      beforeSportRole(toks, b) && !!toks[b + 1]?.cap && sportsPage(toks)),

  countryBranch: ({ toks, lex, a, b, place }) => countryBranch(toks, a, b, lex, place),

  placeEnd(s) {
    const { toks, c, a, b, words, firstT, known, place } = s;
    if (known) return -1;
    // "Dare county", "Shelby county", "Chesnut street", "Falls bridge": a name before a lower-case "county"
    // or street head (old newspaper style) is a place.
    if (!place && COUNTY.test(toks[b]?.t ?? "") && toks[b].nl === 0 && !isPossessive(toks[b - 1])) return b + 1;
    if (words === 1 && firstT.includes("-") && HYPHEN_STREET.test(firstT)) return b;
    if (!place && PLACE_HEAD_BEFORE.test(tokAt(toks, a - 1)?.t ?? "") && toks[a - 1].nl === 0) return b;
    if (!c.honorific && townOfState(toks, b)) return b;
    // "the village of Tahura Carita", "the town of Edenton": a lower-case settlement word and "of" before an unknown name.
    if (!place && tokAt(toks, a - 1)?.lw === "of" && toks[a - 1].nl === 0 && SETTLEMENT.test(toks[a - 2]?.t ?? "") && !s.role) return b;
    return -1;
  },

  // ("Sarah Hill", "Robert Hall": a head that is also a frequent family name, with no place word before, is a person's.)
  personAtPlaceHead: ({ toks, lex, a, words, firstW, lastT }) =>
    words === 2 && SURNAME_PLACE_HEADS_EN.has(lastT) && gaz.isSureFirstName(firstW) &&
    !(a > 0 && (PLACE_PREPOSITIONS_EN.has(toks[a - 1].lw) || lex.determiners.has(toks[a - 1].lw) ||
      toks[a - 1].lw === "to" && tokAt(toks, a - 2)?.lw !== "according")),

  // ("Mary Fields owns the farm", "Mary Jones", "Austin Williams": a given name that is also a town's opens a person's
  // name when the town is an ambiguous one or the plural no common word, unless "the" comes before it, a role noun or a
  // sport role after it, or the page or the sentence is sports copy: "the Carolina Hurricanes", "Carolina Hurricanes
  // beat the Rangers 3-2", "Charlotte Hornets guard Terry Rozier".)
  teamOfPlace: ({ toks, lex, a, b, words, lastT }) =>
    words >= 2 && lastT.endsWith("s") && lowerBefore(lastT, 1) && !gaz.isDemonym(lastT) && gaz.isPlace(toks.slice(a, b - 1).map((t) => t.t).join(" ")) &&
    !(words === 2 && gaz.isFirstName(toks[a].form) && (gaz.placeInfo(toks[a].form)?.ambiguous === true || !gaz.isCommonWord(lastT, "en")) &&
      tokAt(toks, a - 1)?.lw !== "the" && !lex.roleNouns.has(tokAt(toks, b)?.lw ?? "") && !beforeSportRole(toks, b) &&
      !scoreInSentence(toks, a) && !sportsPage(toks)),

  sovereignTitle: ({ toks, a }) => sovereignOf(toks, a),

  // "Will Young, a mechanic, said", "Grant Quillby, 45, told": a given name that is also a word (Will,
  // Mark, Grant, Hope) and a surname, followed by an apposition, is a person.
  personByContext: ({ toks, lex, c, a, b, words, firstT, firstW, known, place }) =>
    // "We believe in God", "God's law": a deity counts as a person.
    words === 1 && DEITIES.has(firstT) ||
    words >= 2 && !place && !known && !c.shouting && (gaz.isFirstName(firstW) || WORD_GIVEN_NAMES.has(firstT)) && !toks[a + 1].upper &&
    words === 2 && !gaz.isPlace(toks[a + 1].form) && !lex.roleNouns.has(toks[a + 1].lw) && appositionOpensAt(toks, b, lex, APPOSITION_EN),

  bodyAfterArticle: ({ toks, a, words, firstW }) => words === 1 && tokAt(toks, a - 1)?.lw === "the" && gaz.isCommonWord(firstW, "en"),

  // "Robert Griffin III": the shape is read without the generational suffix.
  personByShape: ({ toks, lex, a, b }) => initialled(toks, a, b, true) || personShaped(toks, a, beforeSuffix(toks, a, b), lex),

  /** "arrived at Edgbaston", "sailed from Bengal", "near Insein". */
  // "in Batajnica", not "a stake in Valeant", "in Democratic primaries" (a party word) or "in Republican-leaning states".
  placePreposition: (toks, a) => PLACE_PREPOSITIONS_EN.has(toks[a - 1].t) && !/['’]/.test(toks[a].t) &&
    (toks[a - 1].t !== "in" || !IN_NOT_PLACE.has(toks[a - 2]?.lw ?? "") && (!toks[a].t.includes("-") || !/-\p{Ll}/u.test(toks[a].t)) && !gaz.isAffiliation(toks[a].form) &&
      !PARTY_ADJECTIVES.test(toks[a].t)),

  repairsOcrPlaces: true,
  withoutAuthors,
  firmsByCue: firmsByAnaphor,
  headlineNames,
  canonicalNames: namesWithoutSuffix,

  // "Mercantile, Commerce and Roosevelt": a weak member that is a common word makes a list of firms.
  firmListMember: (m) => !m.strong && gaz.isCommonWord(m.text, "en"),
};
