// The author's bio that closes an opinion piece or a column ("Jane Roe is a lawyer specialising in
// food law.", "Jane Roe is the executive editor of The Kit. Reach her on Twitter"): the writer
// is no person of the story, and neither are the credits and contact lines that name them.
import type { Token } from "../../text/tokenize";
import type { NameMention } from "../../entities/mention";
import { BIO_VERBS, BIO_OBJECTS, WRITER } from "../../lexicon/en/entities";

/** How far from the end of the text a closing bio may start (characters). */
const MAX_BIO_CHARS = 450;
const QUOTE_MARK = /["“”«»]/;

/** The mentions without those of people introduced by a closing author bio. */
export function withoutAuthors(toks: Token[], ms: NameMention[], text: string): NameMention[] {
  const authors = new Set<string>();
  const firsts = new Set<string>();
  for (const m of ms) {
    if (m.kind !== "person" || m.b - m.a < 2) continue;
    if (!BIO_VERBS.has(toks[m.b]?.lw ?? "") || !BIO_OBJECTS.has(toks[m.b + 1]?.lw ?? "")) continue;
    const bio = text.slice(m.s);
    if (text.length - m.s > MAX_BIO_CHARS || QUOTE_MARK.test(bio) || !toks[m.a].sent && !WRITER.test(bio)) continue;
    const words = m.text.split(/\s+/);
    authors.add(words[words.length - 1].toLowerCase());
    firsts.add(words[0].toLowerCase());
  }
  if (!authors.size) return ms;
  return ms.filter((m) => {
    if (m.kind !== "person") return true;
    const words = m.text.replace(/['’]s$/, "").split(/\s+/);
    const last = words[words.length - 1].toLowerCase();
    return !(authors.has(last) || words.length === 1 && firsts.has(last));
  });
}
