// A language's word lists in the form compile (index.ts) makes its sets of: multi-word cues split into lower-case
// words, single words in lower case (apostrophes as "'"). Made at build time: `npm run lexicons`
// (scripts/compile-lexicons.mjs) writes them to data/word-lists.generated.ts, which compile reads, so that the first
// analysis neither splits some 130 phrases (~4 ms of it) nor lowers some 1,500 words; a unit test checks the file
// matches the tables.
import { normApostrophe } from "./apostrophes";
import type { LexiconData } from "./types";

/** LexiconData's lists of single words that the Lexicon holds as sets of the same name, in lower case. */
const SAME_NAME = [
  "clauseOpeners",
  "portfolioPrepositions",
  "finiteAfterComplementizer",
  "clausePronouns",
  "complementizers",
  "subordinators",
  "determiners",
  "notNames",
  "auxiliaries",
  "titleCues",
  "evidenceNouns",
  "channelNouns",
  "nounLikeVerbForms",
  "participleReports",
  "irregularPast",
  "reportNouns",
  "namingVerbs",
  "questionVerbs",
  "questionWords",
  "grantVerbs",
  "grantObjects",
] as const satisfies readonly (keyof LexiconData)[];

/** What compile (index.ts) takes as they are; see the Lexicon fields of the same names. */
export interface WordLists extends Record<(typeof SAME_NAME)[number], string[]> {
  sourcePreps: string[][];
  /** The aside incidental phrases, longest first. */
  incidentals: string[][];
  continuation: string[][];
  interviewCues: string[][];
  interviewerCues: string[][];
  interviewNotes: string[];
  linkLabels: string[][];
  /** Words joined by a space. */
  describedSourcePreps: string[];
  /** Single words in lower case, one list per Lexicon set of the same name. */
  ageUnits: string[];
  asideWords: string[];
  mediumAsides: string[];
  timeWords: string[];
  particles: string[];
}

/** "D’après" → ["d'", "après"]: lower case, apostrophes as "'", a word after each. */
export function splitWords(phrase: string): string[] {
  return normApostrophe(phrase.toLowerCase()).replace(/'/g, "' ").split(/\s+/).filter(Boolean);
}

/** The words of xs in lower case, apostrophes as "'", each once, in first-seen order. */
function lower(xs: string[]): string[] {
  return [...new Set(xs.map((x) => normApostrophe(x.toLowerCase())))];
}

export function wordLists(d: LexiconData): WordLists {
  const inc = d.incidentalPhrases ?? {};
  return {
    sourcePreps: d.sourcePrepositions.map(splitWords),
    incidentals: (inc.aside ?? []).map(splitWords).sort((a, b) => b.length - a.length),
    continuation: d.continuationCues.map(splitWords),
    interviewCues: (d.interviewCues ?? []).map(splitWords),
    interviewerCues: (d.interviewerCues ?? []).map(splitWords),
    interviewNotes: (d.interviewNotes ?? []).map((n) => normApostrophe(n.toLowerCase())),
    linkLabels: (d.linkLabels ?? []).map(splitWords),
    describedSourcePreps: (d.describedSourcePrepositions ?? []).map((p) => splitWords(p).join(" ")),
    ageUnits: lower(inc.age ?? []),
    asideWords: lower(inc.asideWords ?? []),
    mediumAsides: lower((inc.medium ?? []).flatMap((p) => [p, p + "e", p + "s", p + "es"])),
    timeWords: lower(inc.time ?? []),
    particles: lower(d.nameParticles),
    ...Object.fromEntries(SAME_NAME.map((k) => [k, lower(d[k] ?? [])])) as Record<(typeof SAME_NAME)[number], string[]>,
  };
}
