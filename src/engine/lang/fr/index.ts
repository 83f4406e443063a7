// French hooks of the quote finders (see lang/rules.ts).
import { onCue } from "../../quotes/french";
import { attributeTurns } from "../../quotes/turns";
import { circumstanceBeforeQuote, noObjectReportFr, objectAfterCircumstance } from "./no-object";
import { descriptionEnd, frenchIdiom, frenchInfinitive, skipAddressee, skipClitic, skipModal, speakerHead } from "../../quotes/french";
import { infinitiveClause, objectAfterAside, queAfterAside, relativeQue } from "../../quotes/french-complements";
import { appositionVerb, frenchTail, sequelSpeaker } from "../../quotes/french-tail";
import { aside } from "../../quotes/asides";
import { frenchNominal } from "../../quotes/french-nominal";
import { skipMediumAside } from "../../quotes/described-subject";
import { DEFAULT_RULES } from "../default/rules";
import type { LangRules } from "../rules";
import { gerundSubject } from "./gerund";
import { channelHolder } from "./channels";
import { colonSpeaker, echoAfter, sourceAfter, subjectBefore } from "./sources";
import { frenchCueAt, frenchReport } from "./report";
import { definiteTakeUp, describedAntecedent, soleOrgBefore } from "./take-up";
import { hearsay, topicSource } from "./topic";
import { verblessPhraseFr } from "./verbless";
import { mixedBeforeCue, shortObject } from "./mixed";
import { frenchNounForm, frenchPassive, pronominalVerbAt, selfDescription } from "./verbs";

export const FR_RULES: LangRules = {
  ...DEFAULT_RULES,
  cueAfterQuote(doc, k) {
    const on = onCue(doc, k);
    if (on) return { speaker: on.speaker, cue: on.cue };
    return sourceAfter(doc, k);
  },
  quoteEcho(doc, q) {
    const e = echoAfter(doc, q);
    if (e) return { speaker: e.speaker, cue: e.cue, how: "after" };
    const c = colonSpeaker(doc, q) ?? subjectBefore(doc, q);
    return c && { speaker: c, how: "before" };
  },
  selfDescription,
  prepositionParticipleSubject: gerundSubject,
  subjectAside: aside,
  skipMediumAside,
  skipClitic,
  skipAddressee,
  infinitiveAt: frenchInfinitive,
  descriptionEnd,
  infinitiveClause,
  queAfterAside,
  objectAfterAside: (doc, v, comma) => comma ? objectAfterAside(doc, v) : objectAfterCircumstance(doc, v),
  speakerHead,
  idiomReport: frenchIdiom,
  nominalReport: frenchNominal,
  skipModal,
  relativeQue,
  noObjectReport: noObjectReportFr,
  objectNotContent: circumstanceBeforeQuote,
  reportTail: frenchTail,
  appositionVerb,
  sequelSpeaker,
  attributeTurns,
  cueAfterComma: true,
  reportCueAt: frenchCueAt,
  reportAt: frenchReport,
  isHearsay: hearsay,
  topicSource,
  verblessPhrase: verblessPhraseFr,
  mixedBeforeCue,
  shortObject,
  verbBeforeSubject: true,
  adjectivesAfterNoun: true,
  genderedOrgPronouns: true,
  personTakeUp: definiteTakeUp,
  orgTakeUp: (doc, k, r, end) => channelHolder(doc, r, end) ?? soleOrgBefore(doc, k, r),
  pronounTakeUp: describedAntecedent,
  pronominalVerbAt,
  passiveAt: frenchPassive,
  nounFormAt: frenchNounForm,
};
