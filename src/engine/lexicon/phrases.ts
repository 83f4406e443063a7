// A language's multi-word cues split into lower-case words, at build time: `npm run lexicons`
// (scripts/compile-lexicons.mjs) writes them to data/phrases.generated.ts, which compile (index.ts) reads, so
// that the first analysis does not split some 300 phrases (~4 ms of it); a unit test checks the file matches the
// tables.
import { normApostrophe } from "./apostrophes";
import type { LexiconData } from "./types";

/** What compile (index.ts) takes as they are; see the Lexicon fields of the same names. */
export interface Phrases {
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
}

/** "D’après" → ["d'", "après"]: lower case, apostrophes as "'", a word after each. */
export function splitWords(phrase: string): string[] {
  return normApostrophe(phrase.toLowerCase()).replace(/'/g, "' ").split(/\s+/).filter(Boolean);
}

export function splitPhrases(d: LexiconData): Phrases {
  return {
    sourcePreps: d.sourcePrepositions.map(splitWords),
    incidentals: (d.incidentalPhrases?.aside ?? []).map(splitWords).sort((a, b) => b.length - a.length),
    continuation: d.continuationCues.map(splitWords),
    interviewCues: (d.interviewCues ?? []).map(splitWords),
    interviewerCues: (d.interviewerCues ?? []).map(splitWords),
    interviewNotes: (d.interviewNotes ?? []).map((n) => normApostrophe(n.toLowerCase())),
    linkLabels: (d.linkLabels ?? []).map(splitWords),
    describedSourcePreps: (d.describedSourcePrepositions ?? []).map((p) => splitWords(p).join(" ")),
  };
}
