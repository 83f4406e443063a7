// A role phrase read backwards from a name stops at a verb: "group to bid for Ruch" gives Ruch no role, and no person.
import * as assert from "node:assert/strict";
import { entities, rolesOf, peopleOf, en, fr, type EntityRow } from "../helpers/table";

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

describe("a role phrase before a name stops at a verb, another name and a preposition that opens no title", () => {
  const rowsEn: [string, (string | null)[][]][] = [
    // A second role noun further back, past a verb and a name: the nearer one is the role.
    ["The actress Marie Dubois sat beside director Hans Keller at the gala.", [["Marie Dubois", "actress"], ["Hans Keller", "director"]]],
    ["The owner praised manager Tom Reyes after the match.", [["Tom Reyes", "manager"]]],
    // A preposition that opens no title's complement, or a verb form right after the role noun: no role.
    ["His chief aide doubled down on attacks on Paul Rendell after the debate.", [["Paul Rendell", null]]],
    ["A spokesman met with Anna Kessler on Monday.", [["Anna Kessler", null]]],
    ["The lawyer representing Jan Novak declined to comment.", [["Jan Novak", null]]],
    // Must still read: a complement with "of", a compound title, a title right before the name.
    ["The minister of defence Paul Rendell resigned on Friday.", [["Paul Rendell", "minister of defence"]]],
    ["The senator criticised Governor Anne Reed over the budget.", [["Anne Reed", "Governor"]]],
  ];
  for (const [text, expected] of rowsEn) it(text, () => assert.deepEqual(rolesOf(text, en), expected));
  const rowsFr: [string, (string | null)[][]][] = [
    ["L'actrice Marie Dubois s'est assise à côté du réalisateur Hans Keller lors du gala.", [["Marie Dubois", "actrice"], ["Hans Keller", "réalisateur"]]],
    ["L'avocate parlait avec Sophie Arnaud devant le tribunal.", [["Sophie Arnaud", null]]],
    ["Le conseiller du président a attaqué Jean Lefort hier soir.", [["Jean Lefort", null]]],
    // Must still read: a role right before the name.
    ["Le ministre a rencontré la députée Claire Martin à Paris.", [["Claire Martin", "députée"]]],
  ];
  for (const [text, expected] of rowsFr) it(text, () => assert.deepEqual(rolesOf(text, fr), expected));
  it("gives the name no gender from a role noun further back", () => {
    const keller = peopleOf("The actress Marie Dubois sat beside director Hans Keller at the gala.", en).find((p) => p.name === "Hans Keller");
    assert.equal(keller?.gender ?? null, null);
  });
});

const firmAfterBid: EntityRow[] = [
  { why: "a firm after 'to bid for' is no person, and the article's full name makes it a firm",
    text: "Polish group to bid for Marlow newsstand chain.\nThe state-owned chain Marlow SA is for sale, and Marlow says it needs money.",
    orgs: ["Marlow SA", "Marlow"], not: { people: ["Marlow"] } },
];

describe("entities: a firm after a verb phrase", () => { entities(en, firmAfterBid); });

// "à" or "en" right before a name makes it where something happens: a role noun before them ("la reine viendra à",
// "un envoyé en") gives the name no role, so a town no table lists is no person.
const whereAfterRole: EntityRow[] = [
  { text: "La reine viendra à Tréboul le 4 août.", places: ["Tréboul"], none: ["people"] },
  { text: "Le général a envoyé des troupes en Ostrobotnie.", places: ["Ostrobotnie"], none: ["people"] },
  { text: "Le prince se rendra à Vallauris demain.", places: ["Vallauris"], none: ["people"] },
  // Must still read: a role right before the name, and a role whose "à" is its own complement before a comma.
  { text: "La reine Hortense viendra à Tréboul le 4 août.", people: ["Hortense"], not: { people: ["Tréboul"] } },
  { text: "L'ambassadeur à Madrid, Paul Mercier, est rentré.", people: ["Paul Mercier"], places: ["Madrid"] },
];

describe("entities: no role across 'à' or 'en' right before a name", () => { entities(fr, whereAfterRole); });
