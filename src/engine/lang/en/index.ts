// English hooks of the quote finders (see lang/rules.ts).
import type { LangRules } from "../rules";
import { colonSpeaker } from "../../quotes/attribute";
import { nounPhraseBefore } from "../../quotes/subject-before";

export const EN_RULES: LangRules = {
  cueAfterQuote: () => undefined,
  quoteEcho: () => undefined,
  selfDescription: () => false,
  colonBefore: colonSpeaker,
  describedBefore: (doc, v) => nounPhraseBefore(doc, v),
};
