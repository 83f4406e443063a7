// Roles bound across the article (resolve/references.ts): a description that an apposition binds to one
// person stands for that person wherever it is written in full, also before the name appears, and is one of
// the person's references. And a relative clause's object is no subject (resolve/subject.ts relativeClauseHead).
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { table, g, fr, en } from "../helpers/table";

table("French: a role bound later in the article names the speaker where it comes first", fr, [
  [`Le ministre de la Santé a déclaré que la vaccination reprendrait. ${g("Nous sommes prêts")}, a affirmé le ministre de la Santé, Paul Girard.`,
    [["la vaccination reprendrait", "Paul Girard", "indirect"], [g("Nous sommes prêts"), "Paul Girard", "direct"]]],
  // Must not: a bare noun binds nobody across the article ("le ministre" may be another one).
  ["Le ministre a déclaré que la vaccination reprendrait. Le ministre, Paul Girard, est arrivé mardi.",
    [["la vaccination reprendrait", "Le ministre", "indirect"]]],
  // Must not: a possessive description relates ("son homologue"), it names nobody by itself.
  ["Son homologue polonais a déclaré que rien n'était fait. Paul Girard a reçu son homologue polonais, Jan Nowak.",
    [["rien n'était fait", "Son homologue polonais", "indirect"]]],
  // Must not: two people bound to the same role (the outgoing and the new minister).
  ["La ministre de la Santé a déclaré que rien n'était fait. Hier, la ministre de la Santé, Anne Roy, a parlé. Avant elle, la ministre de la Santé, Lise Morel, avait parlé.",
    [["rien n'était fait", "La ministre de la Santé", "indirect"]]],
]);

// A role whose complement opens with a contracted article ("du", "des") is bound whole: the apposition gives the
// person "porte-parole du gouvernement", not "gouvernement", and the role speaks for him where it comes first.
table("French: a role with 'du' or 'des' bound across the article", fr, [
  [`Le porte-parole du gouvernement a déclaré que la réforme serait maintenue. ${g("Rien ne change")}, a dit le porte-parole du gouvernement, Paul Girard.`,
    [["la réforme serait maintenue", "Paul Girard", "indirect"], [g("Rien ne change"), "Paul Girard", "direct"]]],
  [`Le premier secrétaire du Parti radical a affirmé que le vote aurait lieu. ${g("Nous voterons contre")}, a ajouté le premier secrétaire du Parti radical, Luc Ferrand.`,
    [["le vote aurait lieu", "Luc Ferrand", "indirect"], [g("Nous voterons contre"), "Luc Ferrand", "direct"]]],
  // Must not: the body alone ("le gouvernement") is no role of the person.
  [`Le gouvernement a déclaré que la réforme serait maintenue. ${g("Rien ne change")}, a dit le porte-parole du gouvernement, Paul Girard.`,
    [["la réforme serait maintenue", "Le gouvernement", "indirect"], [g("Rien ne change"), "Paul Girard", "direct"]]],
]);

table("a relative clause's object is not the subject of the verb after it", fr, [
  ["Le ministre de la Santé qui a reçu Paul Roche lui a proposé une alliance entre les deux pays.",
    [["une alliance entre les deux pays", "Le ministre de la Santé", "indirect"]]],
  ["Le ministre de la Santé qui a reçu son homologue polonais lui a proposé une alliance entre les deux pays.",
    [["une alliance entre les deux pays", "Le ministre de la Santé", "indirect"]]],
]);

table("a relative clause's object is not the subject of the verb after it (English)", en, [
  ["The health minister who met Paul Roche told reporters that the talks had failed.", [["the talks had failed", "The health minister", "indirect"]]],
  // The relative's own subject stays the speaker of its clause's head.
  ["Paul Roche, who met the minister, said that the talks had failed.", [["the talks had failed", "Paul Roche", "indirect"]]],
]);

describe("references: the descriptions bound to a person", () => {
  it("lists each full role the article binds to the person, not the name mentions", () => {
    const a = analyze("Le ministre de la Santé a déclaré que la vaccination reprendrait. « Nous sommes prêts », a affirmé le ministre de la Santé, Paul Girard.", { lang: fr });
    const p = a.people.find((x) => x.name === "Paul Girard");
    assert.deepEqual(p?.references?.map((r) => [r.text, r.person]), [["Le ministre de la Santé", "Paul Girard"], ["le ministre de la Santé", "Paul Girard"]]);
    assert.deepEqual(p?.mentions.map((m) => m.text), ["Paul Girard"]);
  });
  it("reads a description's first letter in any case (a capital starts the same role), and none that starts another letter", () => {
    const a = analyze("Le Ministre de la Santé a déclaré que la vaccination reprendrait. Le directeur du musée a parlé. « Nous sommes prêts », a affirmé le ministre de la Santé, Paul Girard.", { lang: fr });
    const p = a.people.find((x) => x.name === "Paul Girard");
    assert.deepEqual(p?.references?.map((r) => r.text), ["Le Ministre de la Santé", "le ministre de la Santé"]);
  });
  it("gives none for a role two people share, nor for a bare noun", () => {
    const a = analyze("La ministre de la Santé, Anne Roy, a parlé. La ministre de la Santé, Lise Morel, avait parlé. Le maire, Paul Roche, est venu. Le maire a parlé.", { lang: fr });
    for (const p of a.people) assert.equal(p.references, undefined, p.name);
  });
});

table("French: a description right after the name that opens the sentence is its apposition, closing comma or not", fr, [
  [`Les dirigeants ont salué le résultat. Paul Girard, le président de la commission se dit ${g("particulièrement rassuré")} par le vote.`,
    [[g("particulièrement rassuré"), "Paul Girard"]]],
  // Must not: a name inside a complement before the comma is no apposition's head.
  ["Après avoir reçu Paul Girard, le président de la commission a déclaré que tout allait bien.",
    [["tout allait bien", "le président de la commission"]]],
]);

table("French: a long description cut before its end still names the person in apposition after it", fr, [
  [`${g("Les marges ont progressé cette année.")}, explique le président de l'Union française des industries pétrolières (Ufip), Jean Louis Schilansky.`,
    [[g("Les marges ont progressé cette année."), "Jean Louis Schilansky"]]],
  // Must not: a verb before the comma ends the description ("… qui l'a reçu, Paul Girard …" is no apposition).
  [`${g("Les marges ont progressé.")}, explique le président de l'Union française des industries qui a reçu, hier, Paul Girard.`,
    [[g("Les marges ont progressé."), "le président de l'Union française des industries"]]],
], { speaker: (q) => q.speaker?.name ?? q.speaker?.mentionText ?? null });
