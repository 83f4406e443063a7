// Personal names: given names (with the ambiguous ones that are also words or places) and family names.

import { AMBIGUOUS_FIRST_NAME_SET, FIRST_NAME_SET, GIVEN_GENDERS, SURNAME_SET } from "./data/gazetteers.generated";
import { compiledGet, compiledHas } from "./compiled";
import { FAMOUS_SURNAMES } from "./data/famous";
import { isAllCaps, longS, memoFlag, normalizeApostrophes, titleCase, type Word } from "./gazetteer-tables";

function knownFirstName(word: string): boolean {
  if (compiledHas(FIRST_NAME_SET, word)) return true;
  // Compound given names: "Jean-Marie", "Anne-Sophie", "Mohamed-Ali".
  const parts = word.split("-");
  return parts.length > 1 && parts.every((p) => compiledHas(FIRST_NAME_SET, p));
}

/** A given name (possibly ambiguous, see isAmbiguousFirstName): "Sarah", "Wei", "Jean-Marie". */
/** A family name from the surname table: no common word, given name or place ("Moreau", "Kowalski"). */
function isSurnameRaw(word: string): boolean {
  return compiledHas(SURNAME_SET, normalizeApostrophes(word.trim()));
}
const isSurnameMemo = memoFlag(isSurnameRaw);
export function isSurname(word: Word): boolean {
  return isSurnameMemo(word);
}

function isFirstNameRaw(word: string): boolean {
  const w = normalizeApostrophes(word.trim());
  if (knownFirstName(w)) return true;
  const modern = longS(w);
  if (modern !== w && knownFirstName(modern)) return true;
  return isAllCaps(w) && w.length > 2 && knownFirstName(titleCase(w));
}
const isFirstNameMemo = memoFlag(isFirstNameRaw);
export function isFirstName(word: Word): boolean {
  return isFirstNameMemo(word);
}

/** A given name that is also a common word, a French month or day, or a place ("Grant", "Paris"). */
function isAmbiguousFirstNameRaw(word: string): boolean {
  return compiledHas(AMBIGUOUS_FIRST_NAME_SET, normalizeApostrophes(word.trim()));
}
const isAmbiguousFirstNameMemo = memoFlag(isAmbiguousFirstNameRaw);
export function isAmbiguousFirstName(word: Word): boolean {
  return isAmbiguousFirstNameMemo(word);
}

/** A given name that is nothing else: no word, month, day or place ("David", not "Grant" or "Paris"). */
export function isSureFirstName(word: Word): boolean {
  return isFirstName(word) && !isAmbiguousFirstName(word);
}

/** The gender of a given name listed one way only ("David" → m, "Julie" → f); undefined otherwise. */
export function givenNameGender(word: string): "m" | "f" | undefined {
  return compiledGet(GIVEN_GENDERS, word) as "m" | "f" | undefined;
}

const FAMOUS = new Set(FAMOUS_SURNAMES.split("|"));
/** A family name that alone names one famous person ("Staline", "Bismarck", "Merkel"): see data/famous.ts. */
export const isFamousSurname = memoFlag((word) => FAMOUS.has(normalizeApostrophes(word.trim())));
