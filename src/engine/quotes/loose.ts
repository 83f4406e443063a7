// A last-resort subject for "say" and "tell" (English): when no name, role or described phrase is found
// right before the verb, the report is still a report ("Democrats and independent voters who said they
// would vote …", "Sen. X (R-Ga.), one of the few co-authors still in office, said he …"). The speaker is
// the name that opens the sentence, or the words before the verb back to a comma, as written.
import type { Speaker } from "../types";
import { isVerb } from "./attribute";
import { speakerOf, subjectAt, type Context } from "./context";

/** The verbs that always report what follows them. */
const LOOSE_VERBS = new Set(["said", "says", "told", "tells"]);
/** Words right before the verb that make it no report of its own subject: "to say", "would say", "did not say". */
const NOT_BEFORE = new Set(["to", "not", "never", "n't", "cannot", "can't", "won't", "didn't", "doesn't", "don't",
  "the", "a", "an", "this", "that", "as", "if", "been", "being", "be", "was", "were", "is", "are", "get", "got", "and"]);
/** How many words the described speaker keeps, back from the verb. */
const MAX_WORDS = 8;

export function looseSubject(ctx: Context, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  if (lex.lang !== "en" || !LOOSE_VERBS.has(toks[v].lw) || v <= s0) return undefined;
  const before = toks[v - 1];
  if (!before || NOT_BEFORE.has(before.lw) || lex.auxiliaries.has(before.lw) && before.lw !== "who") return undefined;
  // The name that opens the sentence: "Sen. X (R-Ga.), one of …, said".
  const open = subjectAt(ctx, s0, v);
  if (open && open.end < v && open.speaker.entity && !open.speaker.pronoun) return open.speaker;
  if (!before.word) return undefined;
  // The words before the verb, back to a comma or the sentence start: "independent voters who said".
  let a = v - 1;
  if (toks[a].lw === "who" || toks[a].lw === "that") a--;
  const b = a + 1;
  while (a > s0 && b - a < MAX_WORDS && toks[a - 1].word && !lex.auxiliaries.has(toks[a - 1].lw) && !isVerb(ctx, a - 1)) a--;
  if (b <= a || !toks[a].word) return undefined;
  // "Young said": a surname alone that the entity pass left out stands for the article's "Will Young".
  if (b - a === 1 && toks[a].cap) {
    const ent = [...ctx.ents.people, ...ctx.ents.orgs].find((x) => x.name.split(" ").at(-1) === toks[a].t);
    if (ent) return speakerOf(ent, ctx, a, b);
  }
  const s = toks[a].s;
  const e = toks[b - 1].e;
  return { name: null, mention: { start: s, end: e }, mentionText: ctx.text.slice(s, e) };
}

/**
 * ", citing X" / ", referring to X" after a main clause (English): the participle reports its object for
 * the name or pronoun that opens the sentence ("The union called off the strike, citing …").
 */
export function openingSubject(ctx: Context, v: number, s0: number): Speaker | undefined {
  const { toks, lex } = ctx;
  if (toks[v - 1]?.t !== "," || !lex.participleReports.has(toks[v].lw)) return undefined;
  const open = subjectAt(ctx, s0, v);
  return open && open.end < v - 1 && (open.speaker.entity || open.speaker.pronoun) ? open.speaker : undefined;
}
