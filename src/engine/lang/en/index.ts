// English hooks of the quote finders (see lang/rules.ts).
import { colonSpeaker } from "../../quotes/colon-speaker";
import { nounPhraseBefore } from "../../quotes/subject-before";
import { describedInverted } from "../../quotes/described";
import { figureSource, saneDescription, saneSpeaker } from "../../quotes/resolve/sanity";
import { DEFAULT_RULES } from "../default/rules";
import type { LangRules } from "../rules";
import { captionPhrase } from "./captions";
import { workTitle } from "./work-titles";
import { titledNameAfter } from "./titled";
import { partyParenEnd, partyTagEnd, skipPartyTag } from "./party-tags";
import { sourceAfterQuote } from "./source-after";
import { englishNounForm, englishPassive } from "./verbs";
import { objectNotContent } from "./objects";
import { mixedBeforeCueEn } from "./mixed";
import { ageTakeUp } from "./take-up";
import { asideSubject, conjoinedVerbSubject, gapObject, gapTail, looseSubject, participleAt, prepositionParticipleSubject, shortReport } from "./loose";

export const EN_RULES: LangRules = {
  ...DEFAULT_RULES,
  cueAfterQuote: sourceAfterQuote,
  colonBefore: colonSpeaker,
  describedBefore: (doc, v) => nounPhraseBefore(doc, v),
  conjoinedVerbSubject,
  prepositionParticipleSubject,
  asideSubject,
  looseSubject,
  shortReport,
  participleAt,
  skipMediumAside: skipPartyTag,
  describedInverted,
  saneDescription,
  saneSpeaker,
  figureSource,
  verblessPhrase: captionPhrase,
  workTitle,
  passiveAt: englishPassive,
  nounFormAt: englishNounForm,
  titledNameAfter,
  partyTagEnd,
  partyParenEnd,
  objectNotContent,
  mixedBeforeCue: mixedBeforeCueEn,
  shortObject: gapObject,
  reportTail: gapTail,
  descriptionTakeUp: ageTakeUp,
};
