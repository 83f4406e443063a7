// What a quote's speaker is, for every consumer (the extension's labels, the command line's jsonl).
import type { Speaker } from "./types";

/** The description of a source the article never names ("officials", "un témoin"); undefined for a name or a bare pronoun. */
export function unnamedSource(s: Speaker | null | undefined): string | undefined {
  return s && s.name == null && !s.entity && !s.pronoun && s.mentionText ? s.mentionText : undefined;
}
