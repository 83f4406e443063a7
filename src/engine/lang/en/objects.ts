// An English verb's object that is a thing, not what was said (issue 11, English over-reach): "denied the story",
// "told the story of her farm", "posted a message on Twitter", "announced the winners".
import type { Doc } from "../../quotes/doc";
import { FINITE_EN, OBJECT_PHRASE_END, SENSE_OBJECT, SUBJECT_EN, THING_OBJECT } from "../../lexicon/en/quotes";
import { TIME } from "../../lexicon/time-words";

/** How far the object's noun phrase may run to its head: "a new chief executive". */
const MAX_PHRASE = 6;

/**
 * Whether the noun phrase at token k (the object of the verb) has a head that is a thing shown or told:
 * the last word before a preposition, a relative, a time word or the end of the clause. A finite verb after the
 * phrase makes it a clause's subject ("told reporters the story was false"), which stays a report. The verb at v
 * may have a second sense whose object is a person or a thing ("admitted two patients overnight", "noted the time"):
 * then any word of the phrase in its table (SENSE_OBJECT) makes it no report, unless a finite verb follows before the
 * clause ends ("admitted a member of his staff had lied": the person is the clause's subject).
 */
export function objectNotContent(doc: Doc, k: number, v: number): boolean {
  const { toks } = doc;
  const sense = SENSE_OBJECT.get(toks[v]?.lw ?? "");
  let head = -1;
  let sensed = false;
  let j = k;
  for (; j < toks.length && j < k + MAX_PHRASE; j++) {
    const t = toks[j];
    if (!t.word || t.nl || OBJECT_PHRASE_END.has(t.lw) || TIME.has(t.lw)) break;
    if (FINITE_EN.has(t.lw)) return false;
    if (sense?.has(t.lw)) sensed = true;
    head = j;
  }
  // "admitted she wasn't a member": a subject pronoun opens a clause, never an object.
  if (sensed) return !SUBJECT_EN.has(toks[k].lw) && !clauseFollows(doc, j);
  // A phrase that runs on with no end in sight is no plain noun phrase.
  if (head < 0 || j === k + MAX_PHRASE) return false;
  return THING_OBJECT.has(toks[head].lw);
}

/** How far a clause's verb may lie after a sensed object's phrase: "a member of his own staff had". */
const MAX_TAIL = 8;

/** Whether a finite verb follows token j before a punctuation mark, within MAX_TAIL words. */
function clauseFollows(doc: Doc, j: number): boolean {
  const { toks } = doc;
  for (let i = j; i < toks.length && i < j + MAX_TAIL; i++) {
    if (!toks[i].word || toks[i].nl) return false;
    if (FINITE_EN.has(toks[i].lw)) return true;
  }
  return false;
}
