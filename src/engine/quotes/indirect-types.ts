// What the indirect-report readers make (indirect.ts and the readers it calls): a report, and the function that adds one.
import type { Speaker, Span } from "../types";

export interface Indirect extends Span {
  speaker: Speaker | null;
  cue: Span;
  /** The two pieces around a parenthetical cue ("A, X said, B"): the content without the cue. */
  fragments?: Span[];
}

/** Tokens [first piece's end, second piece's start) of a parenthetical cue inside the content. */
export type Cut = [number, number];

export type Make = (a: number, b: number, speaker: Speaker | null, cue: Span, cut?: Cut) => void;
