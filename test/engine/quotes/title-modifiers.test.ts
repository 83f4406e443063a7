// A report whose speaker is a titled name with lower-case modifiers before the title, in a content-first cue:
// "…, former Gov. Maria Lopez said.", "…, said former President Maria Lopez." (phrases/title.ts reads the modifiers).
import { table, en, type Row } from "../helpers/table";

const CONTENT = "The plan would be delayed";
const NAME = "Maria Lopez";
const MODIFIED = ["former Gov.", "acting Sen.", "retired Gen.", "outgoing Rep.", "former President", "acting Mayor",
  // "state" is also a verb: before a title it is the title's modifier.
  "state Sen.", "state President"];

describe("English: lower-case modifiers before an abbreviated title in a content-first cue", () => {
  table("content, modifier + title + name said", en, MODIFIED.map((t): Row => [`${CONTENT}, ${t} ${NAME} said.`, [[CONTENT, NAME, "indirect"]]]));
  table("content, modifier + title + name told reporters", en, MODIFIED.map((t): Row => [`${CONTENT}, ${t} ${NAME} told reporters.`, [[CONTENT, NAME, "indirect"]]]));
  table("content, said + modifier + title + name", en, MODIFIED.map((t): Row =>
    [`${CONTENT}, said ${t} ${NAME}.`, [[CONTENT, NAME, "indirect"]]]));
  table("quote, said + modifier + title + name", en, MODIFIED.map((t): Row =>
    [`“${CONTENT},” said ${t} ${NAME}.`, [[`“${CONTENT},”`, NAME, "direct"]]]));
  table("must not: a clause opened before the modifiers", en, [
    // "and" ends the modifiers: the name opens a clause of its own, whose object is no report.
    ["The plan was delayed, and former Gov. Maria Lopez said nothing.", []],
    // "state" the verb, its object a titled name: no report.
    ["The rules state Gov. Maria Lopez must sign the bill.", []],
    // "after" opens a subordinate: its own report, not the main clause before the comma.
    ["The plan was delayed, after former Gov. Maria Lopez said it was too costly.", [["it was too costly", NAME, "indirect"]]],
  ]);
});
