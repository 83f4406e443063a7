// Generational suffixes ("Jr.", "Sr.", "III") close a person's name mention (lang/en/suffixes.ts); the canonical name
// goes without them, as the article calls the person by the surname ("Mr. Biden"), unless a father and a son would then
// share it; a roman numeral after a given name is a sovereign's and stays; a suffix alone names nobody.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { entities, en, names, statements, type EntityRow } from "../helpers/table";

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
  it("a surname alone goes to the person with the suffix", () => {
    assert.deepEqual(names("Brent Ostrow III wrote the book. Ostrow said he was fine.", en, ["people"]).people, ["Brent Ostrow"]);
  });
  const canonical = (text: string) => analyze(text, { lang: en }).people.map((p) => p.name);
  it("the canonical name goes without the suffix: the article calls the person by the surname", () => {
    assert.deepEqual(canonical("Vice President Joseph R. Biden Jr. spoke on Monday. Mr. Biden left early."), ["Joseph R. Biden"]);
    assert.deepEqual(canonical("Dale Ortiz Sr. runs the store."), ["Dale Ortiz"]);
  });
  it("must not match: a father and a son named alike keep their suffixes", () => {
    assert.deepEqual(canonical("Ken Griffey Sr. coached the team. Ken Griffey Jr. hit a home run."), ["Ken Griffey Sr", "Ken Griffey Jr"]);
  });
  it("must not match: a numeral after a given name is a sovereign's or a pope's", () => {
    assert.deepEqual(canonical("Pope John Paul II visited Kraków."), ["John Paul II"]);
    assert.deepEqual(canonical("Queen Elizabeth II opened the session."), ["Elizabeth II"]);
  });
});

describe("English: a quote's speaker named with a suffix", () => {
  statements(en, [
    // The period of "Jr." is no sentence end between the name and its verb, nor before its apposition.
    ["“We will win this race,” James Ostrow Jr. said at a news conference.", [["“We will win this race,”", "James Ostrow"]]],
    ["“We will win this race,” James B. Ostrow Jr., the director of the agency, said on Monday.", [["“We will win this race,”", "James B. Ostrow"]]],
    ["“We will win this race,” said James Ostrow Jr., the director of the agency.", [["“We will win this race,”", "James Ostrow"]]],
    // Must not match: a name with a suffix after the verb is its object, not the speaker.
    ["“We will win,” she told James Ostrow Jr. at the rally.", [["“We will win,”", "she"]]],
  ]);
});
