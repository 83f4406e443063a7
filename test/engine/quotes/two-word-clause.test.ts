// A reported clause of two words (quotes/bare-clause.ts twoWordClause): a subject pronoun or a name, then a verb that
// is no auxiliary, after "that", or bare when the verb is a past form ("said she lied") or the subject holds a contracted
// "is"/"are" ("said he's innocent"). Shorter contents stay out, and so does a two-word phrase before a closing cue.
import { table, en } from "../helpers/table";

table("English: a clause of two words", en, [
  ["Maria Lopez said that we failed.", [["we failed", "Maria Lopez", "indirect"]]],
  ["Maria Lopez admitted that she lied.", [["she lied", "Maria Lopez", "indirect"]]],
  ["Maria Lopez said she lied.", [["she lied", "Maria Lopez", "indirect"]]],
  ["Maria Lopez insisted they won.", [["they won", "Maria Lopez", "indirect"]]],
  ["Maria Lopez told reporters it worked.", [["it worked", "Maria Lopez", "indirect"]]],
  ["Maria Lopez said in a statement he lost.", [["he lost", "Maria Lopez", "indirect"]]],
  ["Maria Lopez said he’s innocent.", [["he’s innocent", "Maria Lopez", "indirect"]]],
  ["Maria Lopez said Miller lied.", [["Miller lied", "Maria Lopez", "indirect"]]],
  // Must not match: no verb, an auxiliary alone, an adverb, a two-word phrase before "according to".
  ["Maria Lopez said it again.", []],
  ["Maria Lopez said she would.", []],
  ["Maria Lopez told them so.", []],
  ["Maria Lopez said he did.", []],
  ["Lopez asked, according to a transcript of the interview.", []],
]);
