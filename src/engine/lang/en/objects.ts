// An English verb's object that is a thing, not what was said (issue 11, English over-reach): "denied the story",
// "told the story of her farm", "posted a message on Twitter", "announced the winners".
import type { Doc } from "../../quotes/doc";
import { FINITE_EN, OBJECT_PHRASE_END, THING_OBJECT } from "../../lexicon/en/quotes";
import { TIME } from "../../lexicon/time-words";

/** How far the object's noun phrase may run to its head: "a new chief executive". */
const MAX_PHRASE = 6;

/**
 * Whether the noun phrase at token k (the object of the verb) has a head that is a thing shown or told:
 * the last word before a preposition, a relative, a time word or the end of the clause. A finite verb after the
 * phrase makes it a clause's subject ("told reporters the story was false"), which stays a report.
 */
export function objectNotContent(doc: Doc, k: number): boolean {
  const { toks } = doc;
  let head = -1;
  let j = k;
  for (; j < toks.length && j < k + MAX_PHRASE; j++) {
    const t = toks[j];
    if (!t.word || t.nl || OBJECT_PHRASE_END.has(t.lw) || TIME.has(t.lw)) break;
    if (FINITE_EN.has(t.lw)) return false;
    head = j;
  }
  // A phrase that runs on with no end in sight is no plain noun phrase.
  if (head < 0 || j === k + MAX_PHRASE) return false;
  return THING_OBJECT.has(toks[head].lw);
}
