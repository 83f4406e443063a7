// The entity hooks of a language that has none of its own: what the rules did, before the hooks, for a language
// that was neither French nor English. Most of them do nothing; three fell into one language's branch and keep it:
// a run takes in "of" and a known place (English), a closing author bio is dropped (English), and the French
// prepositions of place are read (the rule tested English first, then fell back on French). (No such language reaches
// the entity rules today: lexiconFor has a table for French and English only.) A new language spreads these and
// overrides what it does differently.
import type { EntityHooks } from "../entity-hooks";
import { withoutAuthors } from "../en/authors";
import { placeWithOf } from "../en/runs";
import { placePrepositionFr } from "../fr/names";

const NONE: ReadonlySet<string> = new Set();

export const defaultEntityHooks: EntityHooks = {
  sentenceOnlyCapitals: NONE,
  nobleTitles: NONE,
  titleCaseEnd: (_toks, _a, b) => b,
  orgOfComplement: (_toks, j) => j,
  runEnd: placeWithOf,
  candidateStages: [],
  roleStops: NONE,
  townsfolk: () => undefined,
  trailingTitle: () => false,
  townThenRegion: () => undefined,
  placeAfterOf: () => -1,
  namesNobody: () => false,
  orgHeadBefore: () => false,
  orgHeadOpening: () => false,
  orgHeadAfter: () => false,
  teamOrClub: () => false,
  stationEnd: () => undefined,
  countryBranch: () => false,
  placeEnd: () => -1,
  personAtPlaceHead: () => false,
  teamOfPlace: () => false,
  sovereignTitle: () => false,
  personByContext: () => false,
  bodyAfterArticle: () => false,
  personByShape: () => false,
  placePreposition: placePrepositionFr,
  ofComplement: () => false,
  repairsOcrPlaces: false,
  withoutAuthors,
  firmsByCue: (_toks, ms) => ms,
  headlineNames: (_toks, ms) => ms,
  canonicalNames: () => undefined,
  firmListMember: () => false,
  peopleList: () => false,
  neverNameAtOpening: () => false,
  descriptorAtOpening: () => false,
  lowerCaseUseNamesNothing: false,
  roleBeforeCountry: false,
  nationalityBefore: () => false,
  appositionGender: false,
};
