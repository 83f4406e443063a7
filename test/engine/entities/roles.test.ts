// A person's role: in apposition after the name, a title before it, jobs and court verbs.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { names, rolesOf, fr, en, type Lang } from "../helpers/table";

describe("French: names around jobs and court verbs", () => {
  const rows: [string, (string | null)[][], string[]][] = [
    // A finite verb ends a role phrase: "procureur a requis … contre" is no role of the accused.
    ["Le procureur a requis cinq ans contre Marc Lestrade.", [["Marc Lestrade", null]], []],
    ["Le procureur de Lyon, Rémi Castan, a requis cinq ans.", [["Rémi Castan", "procureur de Lyon"]], []],
    // After a job and "chez", one capitalised word is the employer.
    ["Pour Anne Morel, analyste chez Brevik, le marché va rebondir.", [["Anne Morel", "analyste chez Brevik"]], ["Brevik"]],
    // False positives: a full name after "chez" is a person, even after a job.
    ["L'économiste a dîné chez Marc Dubois.", [["Marc Dubois", null]], []],
    ["Il a rencontré un économiste chez Marc Dubois.", [["Marc Dubois", null]], []],
  ];
  for (const [text, people, orgs] of rows) {
    it(text, () => {
      const n = { people: rolesOf(text, fr), orgs: names(text, fr, ["orgs"]).orgs };
      assert.deepEqual(n.people, people);
      assert.deepEqual(n.orgs, orgs);
    });
  }
});

const roleOf = (text: string, lang: Lang, name: string) => analyze(text, { lang }).people.find((p) => p.name === name)?.role ?? null;

describe("roles: an apposition after the name", () => {
  const rows: [string, Lang, string, string | null][] = [
    ["Pour Laurent Morel, le secrétaire général de la CFDT, la réforme est injuste.", "fr", "Laurent Morel", "secrétaire général de la CFDT"],
    ["Jean Dupont, ministre de l'Intérieur, a annoncé des renforts.", "fr", "Jean Dupont", "ministre de l'Intérieur"],
    // A typographic apostrophe keeps the elided article glued to its word, as written.
    ["Jean Dupont, ministre de l’Intérieur, a annoncé des renforts.", "fr", "Jean Dupont", "ministre de l’Intérieur"],
    ["Sarah Okafor, the federal health minister, said the plan was ready.", "en", "Sarah Okafor", "federal health minister"],
    ["Tom Reid, a spokesman for the union, said the strike would go on.", "en", "Tom Reid", "spokesman for the union"],
    // Not a role: an age, a place, a clause, an apposition that does not close, a role noun far inside.
    ["Tom Reid, 54, said the strike would go on.", "en", "Tom Reid", null],
    ["Tom Reid, who chairs the board, said the strike would go on.", "en", "Tom Reid", null],
    ["Jean Dupont, arrivé mardi avec le ministre, a parlé.", "fr", "Jean Dupont", null],
    ["Tom Reid, the minister said.", "en", "Tom Reid", null],
  ];
  for (const [text, lang, name, role] of rows) it(text, () => assert.equal(roleOf(text, lang, name), role));

  it("a role given before the name wins over a later apposition", () => {
    assert.equal(roleOf("Le ministre de la Santé, Jean Dupont, est arrivé. Jean Dupont, maire de Lyon, a parlé.", "fr", "Jean Dupont"),
      "ministre de la Santé");
  });

  it("a French role noun after the name shows the person's gender", () => {
    const p = analyze("Claude Morin, la ministre de la Culture, a parlé.", { lang: "fr" }).people.find((x) => x.name === "Claude Morin");
    assert.equal(p?.gender, "f");
  });
});

describe("roles: a source before a comma is no apposition of the name after it", () => {
  const rows: [string, Lang, string, string | null][] = [
    ["D'après un conseiller de la Première ministre, Claire Morin recevra les syndicats lundi.", "fr", "Claire Morin", null],
    ["According to the party's chairman, Tom Reid will not run again.", "en", "Tom Reid", null],
    // A comma after the name closes an apposition: the role is the name's.
    ["Selon le ministre de la Défense, Paul Girard, la base fermera.", "fr", "Paul Girard", "ministre de la Défense"],
    // The body's acronym in brackets before the comma is no part of the role, and does not cut it off.
    ["Le président de l'Union des marins bretons (UMB), Paul Girard, a parlé.", "fr", "Paul Girard", "président de l'Union des marins bretons"],
    // Not a role: a bracket that is no acronym's, past the words a bracket may hold.
    ["Le président (qui était alors à Brest pour la fête), Paul Girard, a parlé.", "fr", "Paul Girard", null],
  ];
  for (const [text, lang, name, role] of rows) it(text, () => assert.equal(roleOf(text, lang, name), role));
});

describe("roles: a title inside a run of capitals before the name", () => {
  const rows: [string, (string | null)[][]][] = [
    ["Health Minister Sarah Okafor spoke on Tuesday.", [["Sarah Okafor", "Health Minister"]]],
    ["He said Israeli Foreign Minister David Levy would come.", [["David Levy", "Israeli Foreign Minister"]]],
    // The title phrase is no person of its own, and a place before the title stays a place.
    ["Senate Majority Leader Mitch McConnell spoke on Tuesday.", [["Mitch McConnell", "Leader"]]],
    ["He met U.S. President Bill Clinton on Tuesday.", [["Bill Clinton", "President"]]],
    // English modifiers before the title noun belong to the role; a possessive or a determiner ends it.
    ["The province's transportation minister, Ian Marsh, spoke.", [["Ian Marsh", "transportation minister"]]],
    ["Former foreign minister Anne Reed spoke on Tuesday.", [["Anne Reed", "Former foreign minister"]]],
    ["He said the union's longtime president, Tom Hale, would retire.", [["Tom Hale", "longtime president"]]],
  ];
  for (const [text, expected] of rows) it(text, () => assert.deepEqual(rolesOf(text, en), expected));
  it("the place before a title is still a place", () => {
    assert.deepEqual(analyze("He met U.S. President Bill Clinton on Tuesday.", { lang: "en" }).places.map((p) => p.name), ["U.S."]);
  });
});
