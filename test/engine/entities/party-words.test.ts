// A party word before a name is a title-like modifier ("Democrat Elena Vargas", "Republican Tom Fisk"): the name
// is the person's, the party word is not part of it and does not hide it. Invented rows.
import { entities, statements, en } from "../helpers/table";

describe("English: a party noun before a name (rows that hold today)", () => {
  entities(en, [
    // Must not: a party word before a plural or a common noun names nobody.
    { text: "Republican leaders said the vote would be close.", none: ["people"] },
    { text: "Democrat voters in the county said the plan would fail.", none: ["people"] },
  ]);
  statements(en, [
    ["Democratic Sen. Ruth Okafor said the vote would be close.", [["the vote would be close", "Ruth Okafor"]]],
  ]);
});

// KNOWN GAP (pending): a party noun before a full name. Listing "democrat"/"republican"/"tory" as role nouns or as
// honorifics in lexicon/en.ts passes every row here (and the must-not rows above), but breaks three described
// speakers ("another Ohio Republican said", "said the Ohio Republican" taking up a person named before), because
// those lists also head descriptions. The fix wants a separate "party before a name" list read only where a title
// before a name is stripped, not where a description is headed.
describe("English: a party noun before a full name is no part of the name", () => {
  entities(en, [
    { text: "Democrat Elena Vargas said the plan would fail.", people: ["Elena Vargas"], not: { people: ["Vargas", "Democrat Elena Vargas"] } },
    { text: "Republican Tom Fisk called the bill reckless. Fisk said it was a waste of money.", people: ["Tom Fisk", "Fisk"] },
    { text: "Tory Helen Marsh voted against the budget on Tuesday.", people: ["Helen Marsh"], not: { people: ["Tory Helen Marsh"] } },
  ]);
  statements(en, [
    ["Democrat Elena Vargas said the plan would fail.", [["the plan would fail", "Elena Vargas"]]],
    ["Republican Tom Fisk said the bill was reckless.", [["the bill was reckless", "Tom Fisk"]]],
  ]);
});
