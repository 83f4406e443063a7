// Gazetteers and name lexicons, French and English: one import for the place, name,
// organisation and common-word tables kept in the gazetteer-*.ts files beside this one.
// The large tables (places, demonyms, given names, surnames, common words) are read compiled
// (data/gazetteers.generated.ts, see compiled.ts): nothing is parsed at load; the small ones are
// string constants parsed into Sets and Maps at first use.
// Keys are surface forms as written in text; apostrophes match in both shapes
// (' and ’). Multi-word names are matched token by token with matchPlace/matchOrg.

export { longS, normalizeApostrophes, type TokenMatch, type Word } from "./gazetteer-tables";
export {
  MAX_PLACE_WORDS, demonymCountry, isAmbiguousPlace, isDemonym, isOpeningPlaceHead, isPlace, isPlaceHead, matchPlace, placeInfo,
  placeOfOcrVariant,
  type PlaceInfo, type PlaceKind,
} from "./gazetteer-places";
export { givenNameGender, isAmbiguousFirstName, isFamousSurname, isFirstName, isSureFirstName, isSurname } from "./gazetteer-names";
export { inKnownOrgName, isKnownOrg, matchOrg, maxOrgWords, orgInfo, orgSuffix, type OrgCue, type OrgInfo, type OrgKind } from "./gazetteer-orgs";
export { eventHead, isAffiliation, isCommonWord } from "./gazetteer-words";
