// entities/role-after.ts rolesAfter, the "roles-after" stage on its own: the role an apposition after a name gives a
// person ("Laurent Berger, le secrétaire général de la CFDT, …"). A row expects each person as [name, role | null,
// gender | null] after the stage; the people before it (after "cluster") have the same names and no role from it.
import * as assert from "node:assert/strict";
import { runStages, readerTable } from "../helpers/doc";
import { en, fr, type Lang } from "../helpers/table";

type Person = [name: string, role: string | null, gender: string | null];

const rolesAfterStage = (lang: Lang) => (text: string): Person[] => {
  const before = runStages(text, lang, "cluster").entities.people;
  const after = runStages(text, lang, "roles-after").entities.people;
  assert.deepEqual(after.map((p) => p.name), before.map((p) => p.name), "roles-after adds or drops no person");
  return after.map((p) => [p.name, p.role ?? null, p.gender ?? null]);
};

describe("rolesAfter: French appositions", () => {
  readerTable<Person[]>([
    ["determiner, role noun, complement: the role and the determiner's gender", "Laurent Berger, le secrétaire général de la CFDT, a parlé.",
      [["Laurent Berger", "secrétaire général de la CFDT", "m"]]],
    ["feminine determiner gives the gender", "Marie Lenoir, la ministre de la Santé, a parlé.", [["Marie Lenoir", "ministre de la Santé", "f"]]],
    ["no determiner: the role, no gender from it", "Jean Dupont, ministre de l'Intérieur, a parlé.", [["Jean Dupont", "ministre de l'Intérieur", null]]],
    ["an indefinite determiner and a modifier before the noun", "Jean Dupont, un ancien ministre, a parlé.", [["Jean Dupont", "ancien ministre", "m"]]],
    ["a role given before the name is kept, with its determiner's gender", "Le ministre de l'Intérieur Jean Dupont a parlé. Jean Dupont, le maire de Lyon, est venu.",
      [["Jean Dupont", "ministre de l'Intérieur", "m"]]],
    ["a role before the name: the feminine determiner gives the gender", "La ministre de la Santé Marie Lenoir a parlé.",
      [["Marie Lenoir", "ministre de la Santé", "f"]]],
    ["must not: a possessive is the possessor's, not the person's", "Son homologue Marie Lenoir a parlé.",
      [["Marie Lenoir", "homologue", null]]],
    ["must not: a relative clause", "Jean Dupont, qui a parlé, est parti.", [["Jean Dupont", null, null]]],
    ["must not: an age", "Jean Dupont, 45 ans, est parti.", [["Jean Dupont", null, null]]],
    ["must not: a place", "Jean Dupont, à Paris, a parlé.", [["Jean Dupont", null, null]]],
    ["must not: an apposition that never closes on a comma", "Jean Dupont, le ministre de l'Intérieur a parlé.", [["Jean Dupont", null, null]]],
  ], rolesAfterStage(fr));
});

describe("rolesAfter: English appositions", () => {
  readerTable<Person[]>([
    ["modifiers before the role noun", "Sarah Okafor, the federal health minister, said no.", [["Sarah Okafor", "federal health minister", null]]],
    ["a role noun with its complement", "Sarah Okafor, a spokeswoman for the ministry, said no.", [["Sarah Okafor", "spokeswoman for the ministry", null]]],
    ["a bare role noun", "Sarah Okafor, minister, said no.", [["Sarah Okafor", "minister", null]]],
    ["must not: a relative clause", "Sarah Okafor, who said no, left.", [["Sarah Okafor", null, null]]],
    ["must not: an age", "Sarah Okafor, 45, said no.", [["Sarah Okafor", null, null]]],
    ["must not: a description no role noun heads", "Sarah Okafor, the mother of three children in the town, said no.", [["Sarah Okafor", null, null]]],
    ["must not: where the person is from", "Sarah Okafor, of Toronto, said no.", [["Sarah Okafor", null, null]]],
  ], rolesAfterStage(en));
});
