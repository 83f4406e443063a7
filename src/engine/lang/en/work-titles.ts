// English titles of works and shows in quote marks: "Speaking on “Town Talk,” Reed said the bridge was safe.",
// "a co-author of “Rivers We Lost,”", "an account called “Hypo-Reed”". Words in title case right after a preposition,
// a possessive, a medium's noun or a thing's "called" name something; they are no statement, even with a cue after
// them, and the cue stays free for the report that follows (issue 11, English 5). "a rival he called “Lyin' Ted”" is a
// name someone gave: a quote (STATEMENTS.md).
import type { Doc } from "../../quotes/doc";
import { tokenAt } from "../../text/tokenize";
import type { Span } from "../../types";

/** Words after which a title-case quote names a work or a show. */
const BEFORE_TITLE = new Set(["on", "of", "from", "'s", "’s", "program", "programme", "show",
  "newspaper", "magazine", "column", "radio", "broadcast", "network", "channel", "website", "blog", "account"]);
/** Small words a title leaves in lower case. */
const SMALL = new Set(["a", "an", "the", "of", "and", "or", "for", "to", "in", "on", "at", "with", "by", "from", "vs", "is", "it", "but", "as"]);
/** Signs a title may hold between its words. */
const TITLE_SIGNS = new Set(["-", ":", "'", "’", "&", "–"]);
/** The most words a title runs to. */
const MAX_WORDS = 8;

/** Whether the quoted span q is a work's or a show's title (see above). */
export function workTitle(doc: Doc, q: Span): boolean {
  const { toks } = doc;
  const open = tokenAt(toks, q.start);
  const prev = toks[open - 1];
  if (!prev || !(BEFORE_TITLE.has(prev.lw) || prev.lw.endsWith("'s") || prev.lw.endsWith("’s") || thingCalled(doc, open - 1))) return false;
  const close = tokenAt(toks, q.end - 1);
  let words = 0;
  for (let i = open + 1; i < close; i++) {
    const t = toks[i];
    if (t.nl) return false;
    if (!t.word) {
      // A comma or period the American way, right before the closing mark.
      if ((t.t === "," || t.t === ".") && i === close - 1) continue;
      if (TITLE_SIGNS.has(t.t)) continue;
      return false;
    }
    if (++words > MAX_WORDS) return false;
    if (!t.cap && !(words > 1 && SMALL.has(t.lw)) && !/^\d/.test(t.t)) return false;
  }
  return words > 0;
}

/** Naming participles: "an account called", "a group named". */
const CALLED = new Set(["called", "named", "dubbed"]);

/** "an account called": the naming word at k after a common noun (not "he called", "Trump called"). */
function thingCalled(doc: Doc, k: number): boolean {
  const { toks, lex } = doc;
  const noun = toks[k - 1];
  return CALLED.has(toks[k]?.lw ?? "") && !!noun?.word && !noun.cap && !lex.pronouns.has(noun.lw) && doc.mentionAt[k - 1] < 0;
}
