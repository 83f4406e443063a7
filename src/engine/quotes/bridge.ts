// “A,” said X, a lawyer for …, who …. “B.” — the quote after an attribution sentence goes on with the
// speaker that sentence names. The bridge between the two quotes must be that one sentence, with the cue.
import { tokenAt } from "../text/tokenize";
import type { Span } from "../types";
import type { Doc } from "./doc";

/** How long the attribution between the two quotes may be ("said X, a lawyer for …, who has …."). */
const MAX_BRIDGE = 240;

/** Whether the text from `end` (a quote's close) to `start` (the next quote's open) is one sentence holding `cue`. */
export function bridgedByCue(ctx: Doc, end: number, cue: Span | undefined, start: number): boolean {
  if (!cue || cue.start < end || cue.end > start || start - end > MAX_BRIDGE) return false;
  const { text, toks } = ctx;
  let k = start - 1;
  let breaks = 0;
  while (k > end && /\s/.test(text[k])) { if (text[k] === "\n") breaks++; k--; }
  // The sentence ends on a period, then at most one empty line before the next quote.
  if (text[k] !== "." || breaks > 2) return false;
  // A sentence start inside the bridge ("… he said. Then she left.") means narration, not an attribution.
  for (let t = tokenAt(toks, end) + 1; t < toks.length && toks[t].s < k; t++) if (toks[t].sent || toks[t].nl) return false;
  return true;
}
