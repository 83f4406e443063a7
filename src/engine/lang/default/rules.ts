// The quote hooks of a language that has none of its own (lang/rules.ts): every hook finds nothing, skips
// nothing and keeps what it is given, as the finders did for a language before its own hooks existed.
// French and English spread these and override the hooks they implement (lang/fr/index.ts, lang/en/index.ts).
import type { Doc } from "../../quotes/doc";
import type { LangRules } from "../rules";

/** Finds nobody and nothing. */
const none = (): undefined => undefined;
/** Says no. */
const no = (): boolean => false;
/** Skips nothing: the token it was given. */
const stay = (_doc: Doc, k: number): number => k;
/** Finds no clause: -1. */
const noClause = (): number => -1;

export const DEFAULT_RULES: LangRules = {
  // Speakers and sources.
  cueAfterQuote: none, quoteEcho: none, colonBefore: none, describedBefore: none, conjoinedVerbSubject: none,
  prepositionParticipleSubject: none, asideSubject: none, looseSubject: none, shortReport: none, sequelSpeaker: none,
  describedInverted: none, topicSource: none, reportAt: none, attributeTurns: none,
  personTakeUp: none, orgTakeUp: none, pronounTakeUp: none, descriptionTakeUp: none,
  // Word and phrase tests.
  selfDescription: no, participleAt: no, subjectAside: no, infinitiveAt: no, idiomReport: no, relativeQue: no,
  noObjectReport: no, appositionVerb: no, reportCueAt: no, isHearsay: no, verblessPhrase: no, workTitle: no, pronominalVerbAt: no,
  passiveAt: no, nounFormAt: no, mixedBeforeCue: no, shortObject: no, objectNotContent: no, figureSource: no,
  speakerHead: () => true,
  // Where a phrase ends: where it started.
  skipMediumAside: stay, skipClitic: stay, skipAddressee: stay, descriptionEnd: stay, skipModal: stay,
  infinitiveClause: noClause, queAfterAside: noClause, objectAfterAside: noClause,
  reportTail: (_doc, _a, b) => b,
  saneDescription: (_doc, a, b) => ({ a, b }),
  saneSpeaker: (_doc, sp) => sp,
  // Word order.
  cueAfterComma: false, verbBeforeSubject: false, adjectivesAfterNoun: false, genderedOrgPronouns: false,
};
