// French gerunds (and participles after the main clause's comma: "X a quitté la salle, dénonçant …") that report for the
// sentence's subject: "X a revu ses prévisions en affirmant que …",
// "Dans un discours, le ministre X a répondu en rappelant que …", "X est intervenu en demandant au président
// une suspension de séance". The gerund has no subject of its own; the sentence's is its speaker.
import type { Doc } from "../../quotes/doc";
import { subjectAt } from "../../quotes/resolve/subject";
import type { Speaker } from "../../types";
import { endsIn } from "../../text/chars";

/** How many commas may set off opening circumstances before the subject ("Dans un discours …, le ministre"). */
const MAX_OPENERS = 2;

/** A simple past of narration ("rentra en jurant qu'il …", "sortit en criant"): the gerund of a story's action. */
const SIMPLE_PAST = /^[a-zéèêâîôûç]{3,}(?:[^aeiouéèêâîôûy]a|gea|èrent|irent|urent)$/;

function narration(ctx: Doc, a: number, b: number): boolean {
  for (let i = a; i < b; i++) if (SIMPLE_PAST.test(ctx.toks[i].lw)) return true;
  return false;
}

/**
 * The subject of the sentence for a gerund "en …ant" (or a participle "…ant" after a comma) at token v, when it opens
 * the sentence or follows its opening circumstances.
 */
export function gerundSubject(ctx: Doc, v: number, s0: number): Speaker | undefined {
  const { toks } = ctx;
  // "X a refusé sa défaite, dénonçant des « irrégularités »": a bare participle after the main clause's comma too.
  if (toks[v - 1]?.lw !== "en" && toks[v - 1]?.t !== "," || !endsIn("ant", toks[v].lw) || v - 1 <= s0) return undefined;
  let s = s0;
  for (let n = 0; n <= MAX_OPENERS; n++) {
    const open = subjectAt(ctx, s, v);
    // A subject, then a verb of its own (a word, not a comma of apposition) before the gerund.
    if (open && open.end < v - 2 && toks[open.end]?.word && (open.speaker.entity || open.speaker.pronoun)) return narration(ctx, open.end, v) ? undefined : open.speaker;
    let c = s;
    while (c < v - 1 && toks[c].t !== ",") c++;
    if (c >= v - 2) return undefined;
    s = c + 1;
  }
  return undefined;
}
