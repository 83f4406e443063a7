// A role phrase read backwards from a name stops at a verb: "group to bid for Ruch" gives Ruch no role, and no person.
import * as assert from "node:assert/strict";
import { entities, rolesOf, en, type EntityRow } from "../helpers/table";

describe("English: a verb ends a role phrase before a name", () => {
  const rows: [string, (string | null)[][]][] = [
    // An infinitive or a finite verb between the role noun and the name: no role.
    ["The union's president wants to meet Anna Kessler on Friday.", [["Anna Kessler", null]]],
    ["The minister told Paul Rendell to wait.", [["Paul Rendell", null]]],
    // Must still read: a title right before the name, and a role with its complement before a comma.
    ["Union president Anna Kessler spoke on Friday.", [["Anna Kessler", "Union president"]]],
    ["A senior adviser to the prime minister, Paul Rendell, spoke.", [["Paul Rendell", "prime minister"]]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(rolesOf(text, en), expected));
});

const firmAfterBid: EntityRow[] = [
  { why: "a firm after 'to bid for' is no person, and the article's full name makes it a firm",
    text: "Polish group to bid for Marlow newsstand chain.\nThe state-owned chain Marlow SA is for sale, and Marlow says it needs money.",
    orgs: ["Marlow SA", "Marlow"], not: { people: ["Marlow"] } },
];

describe("entities: a firm after a verb phrase", () => { entities(en, firmAfterBid); });
