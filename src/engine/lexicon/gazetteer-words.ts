// Words that are no names: event and document heads, party, faith and origin words, and each language's frequent words.

import { NOT_PERSON_WORDS } from "./data/orgs";
import { COMMON_EN_SET, COMMON_FR_SET } from "./data/gazetteers.generated";
import { compiledHas } from "./compiled";
import { grouped, longS, memo, memoFlag, normalizeApostrophes, type Word } from "./gazetteer-tables";
import { lazy } from "../text/lazy";

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
const eventHeadMemo = memo(eventHeadRaw, "event");
export function eventHead(word: Word): "event" | "surname" | undefined {
  return eventHeadMemo(word);
}

/** A party, faith or origin word: "Liberal", "Democrats", "Catholic", "Frenchman". */
function isAffiliationRaw(word: string): boolean {
  return notPerson().get(normalizeApostrophes(word.trim())) === "affiliation";
}
const isAffiliationMemo = memoFlag(isAffiliationRaw);
export function isAffiliation(word: Word): boolean {
  return isAffiliationMemo(word);
}

// ------------------------------------------------------------------ common words

const COMMON = { en: COMMON_EN_SET, fr: COMMON_FR_SET };

/**
 * A frequent word of the language that is no name ("Traders", "Sitting", "Among", "Plusieurs"):
 * compared in lower case; an English plural counts when its singular does.
 */
function isCommonWordRaw(word: string, lang: "fr" | "en"): boolean {
  const set = COMMON[lang];
  const w = normalizeApostrophes(word.trim()).toLowerCase();
  if (compiledHas(set, w) || (w.length > 3 && w.endsWith("s") && compiledHas(set, w.slice(0, -1)))) return true;
  // "Prefident", "Majefty": old print's long s read as f (English only: French has few such texts).
  const modern = lang === "en" ? longS(w) : w;
  return modern !== w && compiledHas(set, modern);
}
const isCommonWordMemo = { en: memoFlag((w) => isCommonWordRaw(w, "en")), fr: memoFlag((w) => isCommonWordRaw(w, "fr")) };
export function isCommonWord(word: Word, lang: "fr" | "en"): boolean {
  return isCommonWordMemo[lang](word);
}
