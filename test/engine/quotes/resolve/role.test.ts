// quotes/resolve/role.ts resolveRole: the person a role description stands for, bound by a role the article gave
// that person elsewhere (an apposition, entities/role-after.ts, or a title before the name). A row starts the
// subject phrase at a word (or [word, nth]) and expects the person's name, or null when no one holds the role.
import * as assert from "node:assert/strict";
import { resolveRole } from "../../../../src/engine/quotes/resolve/role";
import { subjectPhraseAt } from "../../../../src/engine/quotes/subject-phrase";
import { docOf, readerTable, tokenAtWord, type At } from "../../helpers/doc";
import { en, fr, type Lang } from "../../helpers/table";

const holder = (lang: Lang) => ([text, at]: [string, At]): string | null => {
  const doc = docOf(text, lang);
  const p = subjectPhraseAt(doc, tokenAtWord(doc, at));
  assert.equal(p?.kind, "role", `no role description at ${JSON.stringify(at)}`);
  return p?.kind === "role" ? resolveRole(doc, p.role, p.end)?.name ?? null : null;
};

describe("resolveRole: French", () => {
  readerTable<string | null, [string, At]>([
    ["the whole role after a title before the name",
      ["Le ministre chinois de la Défense, Wei Fenghe, était à Téhéran. « Non », a réaffirmé le ministre chinois de la Défense.", ["le", 2]],
      "Wei Fenghe"],
    ["the role noun alone, after an apposition gave the role",
      ["Wei Fenghe, le ministre chinois de la Défense, était à Téhéran. « Non », a dit le ministre.", ["le", 2]], "Wei Fenghe"],
    ["a noun with its adjective, after an apposition",
      ["Laurent Berger, le secrétaire général de la CFDT, était là. « Non », a dit le secrétaire général.", ["le", 2]], "Laurent Berger"],
    ["two holders of the noun: the one whose role has the whole phrase",
      ["Wei Fenghe, le ministre chinois de la Défense, et Ana Lopez, la ministre espagnole du Travail, étaient là. « Non », a dit la ministre espagnole du Travail.", ["la", 2]],
      "Ana Lopez"],
    ["two holders of the noun: the one whose role has the whole phrase, though named second",
      ["Ana Lopez, la ministre espagnole du Travail, était là. Wei Fenghe, le ministre chinois de la Défense, aussi. « Non », a dit le ministre chinois de la Défense.", ["le", 2]],
      "Wei Fenghe"],
    ["two holders of the noun: a portfolio with an elided article (de l'Économie) read as written",
      ["Wei Fenghe, le ministre chinois de la Défense, et Ana Lopez, la ministre espagnole de l'Économie, étaient là. « Non », a dit la ministre espagnole de l'Économie.", ["la", 3]],
      "Ana Lopez"],
    ["the same with typographic apostrophes (de l’Économie)",
      ["Wei Fenghe, le ministre chinois de la Défense, et Ana Lopez, la ministre espagnole de l’Économie, étaient là. « Non », a dit la ministre espagnole de l’Économie.", ["la", 3]],
      "Ana Lopez"],
    ["must not: the holder is named only after the description",
      ["« Non », a dit le ministre. Wei Fenghe, le ministre chinois de la Défense, était à Téhéran.", "le"], null],
    ["must not: an indefinite description introduces someone new",
      ["Wei Fenghe, le ministre chinois de la Défense, était à Téhéran. « Non », a dit un ministre.", "un"], null],
    ["must not: a rank before the noun that the holder's role lacks",
      ["Wei Fenghe, le ministre chinois de la Défense, était à Téhéran. « Non », a dit le Premier ministre.", ["le", 2]], null],
    ["must not: a role noun no one holds",
      ["Laurent Berger, le secrétaire général de la CFDT, était là. « Non », a dit le porte-parole.", ["le", 2]], null],
  ], holder(fr));
});

describe("resolveRole: English", () => {
  readerTable<string | null, [string, At]>([
    ["the role noun alone, after an apposition gave the role",
      ["Sarah Okafor, the federal health minister, arrived. “No,” said the minister.", ["the", 2]], "Sarah Okafor"],
    ["must not: an indefinite description introduces someone new",
      ["Sarah Okafor, the federal health minister, arrived. “No,” said a minister.", "a"], null],
    ["must not: the holder is named only after the description",
      ["“No,” said the minister. Sarah Okafor, the federal health minister, arrived.", "the"], null],
  ], holder(en));
});
