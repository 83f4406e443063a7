// The cheap gate before a verb's subject search (verb-report.ts): whether any of its rules can make a report at the verb.
import type { Token } from "../text/tokenize";
import { bareClauseAt } from "./bare-clause";
import { skipTime } from "./time-channel";
import type { Doc } from "./doc";
import { invertedSpeaker } from "./report-speaker";
import { bareClauseStart, commaThat, negated, objectStart, skipObject, tailAfter } from "./after-verb";
import { AUXILIARY, NAMING_VERB, TELL_WORD } from "./word-bits";
import { TAIL_START } from "../lexicon/quote-words";

/**
 * Whether verbReport can make a report at the verb v, asked before its subject search (the costly part): each
 * of its rules needs one of these subject-free conditions (c0: the complementizer after the verb, or -1). A
 * necessary test, cheap tests first; the rules themselves decide.
 */
export function mayReport(ctx: Doc, v: number, c0: number, takesQue: boolean, frameOnly: boolean, sentenceStart: (toks: Token[], k: number) => number,
  asBefore: (v: number) => boolean): boolean {
  const { toks } = ctx;
  if (c0 > 0) return true;
  if (!frameOnly) {
    // The naming verb, the bare clause, the object.
    if ((ctx.facts[v] & NAMING_VERB) !== 0 && !negated(toks, v) || bareClauseStart(ctx, v) >= 0 || objectStart(ctx, v) >= 0) return true;
    // The postposed and parenthetical cues ("As the Times noted, …", "…, X said on Tuesday.").
    const after = skipTime(ctx, v + 1);
    if (toks[after]?.t === "," && toks[after + 1]?.word && asBefore(v)) return true;
    if (!toks[v].cap && !ctx.rules.infinitiveAt(ctx, v) && tailAfter(ctx, (ctx.facts[v] & TELL_WORD) !== 0 ? skipObject(ctx, v + 1) : v + 1)) return true;
    // The short reports, the loose subject's bare clause, the inverted cue ("…, said Mr. Smith.").
    if (ctx.rules.shortReport(ctx, v) !== undefined) return true;
    if ((ctx.facts[v] & TELL_WORD) === 0 && bareClauseAt(ctx, after, true) && ctx.rules.looseSubject(ctx, v, sentenceStart(toks, v))) return true;
    if ((toks[v - 1]?.t === "," || (ctx.facts[v - 1] & AUXILIARY) !== 0 && toks[v - 2]?.t === ",") && invertedSpeaker(ctx, v + 1)) return true;
  }
  // A complementizer after an aside ("says at a stop in Toledo, Ohio, that", "a dit lundi, lors de …, qu'il"), an infinitive report.
  if (takesQue && (TAIL_START.has(toks[v + 1]?.lw ?? "") && commaThat(ctx, v + 2) > 0 || ctx.rules.queAfterAside(ctx, v) > 0)) return true;
  return ctx.rules.infinitiveClause(ctx, v) > 0;
}
