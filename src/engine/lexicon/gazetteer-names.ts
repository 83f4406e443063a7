// Personal names: given names (with the ambiguous ones that are also words or places) and family names.

import { AMBIGUOUS_FIRST_NAMES, FIRST_NAMES } from "./data/first-names.generated";
import { EXTRA_GIVEN_NAMES } from "./data/given-names";
import { FEMALE_NAMES, MALE_NAMES } from "./data/name-genders.generated";
import { SURNAMES } from "./data/surnames.generated";
import { flat, isAllCaps, lazy, longS, memo, normalizeApostrophes, titleCase } from "./gazetteer-tables";

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

const givenGenders = lazy(() => {
  const map = new Map<string, "m" | "f">();
  for (const n of MALE_NAMES.split("|")) map.set(n, "m");
  for (const n of FEMALE_NAMES.split("|")) map.set(n, "f");
  return map;
});

/** The gender of a given name listed one way only ("David" → m, "Julie" → f); undefined otherwise. */
export function givenNameGender(word: string): "m" | "f" | undefined {
  return givenGenders().get(word);
}
