// English hooks of the quote finders (see lang/rules.ts).
import { colonSpeaker } from "../../quotes/attribute";
import { nounPhraseBefore } from "../../quotes/subject-before";
import { describedInverted } from "../../quotes/described";
import { saneSpeaker } from "../../quotes/resolve/sanity";
import type { LangRules } from "../rules";
import { captionPhrase } from "./captions";
import { englishNounForm, englishPassive } from "./verbs";
import { asideSubject, conjoinedVerbSubject, looseSubject, participleAt, prepositionParticipleSubject, shortReport } from "./loose";

export const EN_RULES: LangRules = {
  cueAfterQuote: () => undefined,
  quoteEcho: () => undefined,
  selfDescription: () => false,
  colonBefore: colonSpeaker,
  describedBefore: (doc, v) => nounPhraseBefore(doc, v),
  conjoinedVerbSubject,
  prepositionParticipleSubject,
  asideSubject,
  looseSubject,
  shortReport,
  participleAt,
  subjectAside: () => false,
  skipMediumAside: (_doc, k) => k,
  skipClitic: (_doc, k) => k,
  descriptionEnd: (_doc, k) => k,
  infinitiveClause: () => -1,
  queAfterAside: () => -1,
  objectAfterAside: () => -1,
  speakerHead: () => true,
  idiomReport: () => false,
  skipModal: (_doc, k) => k,
  relativeQue: () => false,
  noObjectReport: () => false,
  reportTail: (_doc, _a, b) => b,
  appositionVerb: () => false,
  sequelSpeaker: () => undefined,
  describedInverted,
  saneSpeaker,
  attributeTurns: () => undefined,
  cueAfterComma: false,
  reportCueAt: () => false,
  reportAt: () => undefined,
  isHearsay: () => false,
  topicSource: () => undefined,
  verblessPhrase: captionPhrase,
  mixedBeforeCue: () => false,
  shortObject: () => false,
  verbBeforeSubject: false,
  adjectivesAfterNoun: false,
  genderedOrgPronouns: false,
  personTakeUp: () => undefined,
  orgTakeUp: () => undefined,
  pronounTakeUp: () => undefined,
  pronominalVerbAt: () => false,
  passiveAt: englishPassive,
  nounFormAt: englishNounForm,
};
