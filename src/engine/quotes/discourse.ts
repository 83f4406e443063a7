// The discourse pass over all statements in text order: a subject pronoun that names a report's speaker
// ("Il a ajouté que …") takes up the speaker of the statement before first, whatever kind that statement
// was, as the direct quotes' cues already do (attributeAll). The pronoun's antecedent is chosen in
// resolve/pronoun.ts and resolve/salience.ts; this pass only gives it the statement before.
import { tokenAt } from "../text/tokenize";
import type { Quote } from "../types";
import { topicOf } from "./attribute";
import { speakerOf, type Doc } from "./doc";
import { resolvePronoun } from "./resolve/pronoun";

/** Re-resolves the pronoun speakers of indirect and mixed statements with the statement before as their topic. */
export function pronounsAfterStatements(ctx: Doc, qs: Quote[]): void {
  let prev: Quote | undefined;
  for (const q of qs) {
    const sp = q.speaker;
    if (q.kind !== "direct" && sp?.pronoun && sp.mention && prev?.speaker?.entity) {
      const k = tokenAt(ctx.toks, sp.mention.start);
      const g = ctx.lex.pronouns.get(ctx.toks[k]?.lw ?? "");
      const topic = topicOf(ctx, prev.speaker, prev.end);
      const ent = g && g !== "x" && topic ? resolvePronoun(ctx, k, g, true, topic) : undefined;
      if (ent && ent.id !== sp.entity) q.speaker = speakerOf(ent, ctx, k, k + 1, true);
    }
    // Only a speaker the text names as such is a topic: a description or a pronoun may be a wrong guess already.
    if (q.speaker?.entity) prev = namedHere(ctx, q) ? q : undefined;
  }
}

/** The statement's speaker is written as a name mention of that person or organisation. */
function namedHere(ctx: Doc, q: Quote): boolean {
  const m = q.speaker?.mention;
  if (!m || q.speaker?.pronoun) return false;
  const mi = ctx.mentionAt[tokenAt(ctx.toks, m.start)];
  return mi >= 0 && ctx.ents.mentions[mi].entity.id === q.speaker?.entity;
}
