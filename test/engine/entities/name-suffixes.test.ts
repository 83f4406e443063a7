// Generational suffixes ("Jr.", "Sr.", "III") are part of a person's full name (lang/en/suffixes.ts): the canonical
// name keeps them, a father and a son stay two people, and a suffix alone names nobody.
import * as assert from "node:assert/strict";
import { entities, en, names, type EntityRow } from "../helpers/table";

const suffixes: EntityRow[] = [
  { why: "a suffix after a name that ends on a role noun: the whole run is the name",
    text: "Martin Luther King Jr. spoke of a dream in the capital.",
    people: ["Martin Luther King Jr"], not: { people: ["Jr"] } },
  { why: "a roman numeral written in capitals after a name",
    text: "Robert Griffin III threw two touchdowns, and Griffin said he felt fine.",
    people: ["Robert Griffin III", "Griffin"] },
  { why: "must not match: a suffix after a comma is no person of its own",
    text: "Her husband, Dale Ortiz, Jr., runs the store.",
    people: ["Dale Ortiz"], not: { people: ["Jr"] } },
  { why: "must not match: a king's title before a numeral stays a title",
    text: "The palace of King Louis XIV drew crowds.",
    not: { people: ["Jr", "XIV"] } },
];

describe("English: generational suffixes in names", () => {
  entities(en, suffixes);
  it("a father and a son with two suffixes are two people, each with his full name", () => {
    assert.deepEqual(names("Ken Griffey Sr. coached the team. Ken Griffey Jr. hit a home run.", en, ["people"]).people,
      ["Ken Griffey Sr", "Ken Griffey Jr"]);
  });
  it("a surname alone goes to the person with the suffix, whose canonical name keeps it", () => {
    assert.deepEqual(names("Robert Griffin III threw. Griffin said he was fine.", en, ["people"]).people, ["Robert Griffin III"]);
  });
});
