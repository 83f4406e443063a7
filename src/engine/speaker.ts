// What a quote's speaker is, for every consumer (the extension's labels, the command line's jsonl).
import type { Speaker } from "./types";

/**
 * The description of a source the article never names ("officials", "un témoin"), also where a pronoun takes one up
 * ("The union said … It added": the pronoun is the mention, the description its text); undefined for a name or a
 * bare pronoun.
 */
export function unnamedSource(s: Speaker | null | undefined): string | undefined {
  if (!s || s.name != null || s.entity || !s.mentionText) return undefined;
  return !s.pronoun || s.mention && s.mention.end - s.mention.start !== s.mentionText.length ? s.mentionText : undefined;
}
