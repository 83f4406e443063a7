// French press styles checked after the first tuning round: local press ("», sourit Martine, 67 ans"),
// court reports ("a lancé le procureur, X" after another person held that role), international dépêches
// ("a écrit sur Telegram le ministre …, X"). Invented sentences; false-positive rows.
import * as assert from "node:assert/strict";
import { analyze, type Quote } from "../../src/engine";

const NB = "\u00a0";
const g = (s: string) => `«${NB}${s}${NB}»`;
const row = (q: Quote) => [q.text, q.kind, q.speaker?.name ?? q.speaker?.mentionText ?? null];
const fr = (text: string) => analyze(text, { lang: "fr" }).quotes.map(row);

function table(title: string, rows: [string, (string | null)[][]][]): void {
  describe(title, () => {
    for (const [text, expected] of rows) it(text, () => assert.deepEqual(fr(text), expected));
  });
}

table("French press: « sourit X » is an incise", [
  [`Le quartier se vide. ${g("C'est une époque qui s'en va")}, sourit Martine, 67 ans.`,
    [[g("C'est une époque qui s'en va"), "direct", "Martine"]]],
  [`${g("On verra bien")}, souriait le maire de Lunel, Paul Garnier.`,
    [[g("On verra bien"), "direct", "Paul Garnier"]]],
  // False positives: a smile with no quote reports nothing; "a souri" after a closed quote is no incise.
  ["Sur la photo, Martine sourit à côté du maire.", []],
  [`${g("Tout ira bien.")} Le maire a souri.`, [[g("Tout ira bien."), "direct", null]]],
]);

table("French press: a description named at once after an inverted verb", [
  // "le procureur" was a role wrongly read before another person's name: the apposition names the speaker.
  [`Le procureur a requis cinq ans contre Marc Lestrade, le gérant.\n\n${g("Il savait tout")}, a lancé le procureur, Rémi Castan, à l'audience.`,
    [[g("Il savait tout"), "direct", "Rémi Castan"]]],
  // Two spokesmen: the one named in apposition speaks, not the one named before with that role.
  [`Le porte-parole du ministère, Luc Verdier, a démenti. ${g("Tout est prêt")}, a rappelé son porte-parole, Anne Solal, devant la presse.`,
    [[g("Tout est prêt"), "direct", "Anne Solal"]]],
  // False positive: a name already is the subject; the person after its comma does not take its place.
  [`${g("Rien ne change")}, a déclaré Luc Verdier, Anne Solal restant silencieuse.`,
    [[g("Rien ne change"), "direct", "Luc Verdier"]]],
]);

table("French press: a platform between an inverted verb and its subject", [
  [`${g("Nous ne céderons pas")}, a écrit sur Telegram le ministre estonien de la Défense, Jaak Tamm.`,
    [[g("Nous ne céderons pas"), "direct", "Jaak Tamm"]]],
  [`${g("La ligne est claire")}, a affirmé sur X la députée Claire Fabre.`,
    [[g("La ligne est claire"), "direct", "Claire Fabre"]]],
  // False positive: "sur" and a place is no platform; the subject after it is still found.
  [`${g("Le pont tiendra")}, a assuré sur place l'ingénieur Paul Roche.`,
    [[g("Le pont tiendra"), "direct", "Paul Roche"]]],
]);

table("French press: a verbless phrase before a subject is no report", [
  ["Le président du tribunal, Alain Brochard, a interrompu l'avocate.", []],
  ["Sur la photo, Martine sourit à côté du maire.", []],
  // Still reports: the content holds a verb; English is left alone.
  ["La réforme sera votée en juin, Paul Garnier a assuré.", [["La réforme sera votée en juin", "indirect", "Paul Garnier"]]],
  ["Le site fermera, Paul Garnier a annoncé.", [["Le site fermera", "indirect", "Paul Garnier"]]],
]);

describe("English: a postposed subject after a short report is unchanged", () => {
  it("Taxes will rise, Sarah Okafor announced.", () => {
    const q = analyze("Taxes will rise, Sarah Okafor announced.", { lang: "en" }).quotes.map(row);
    assert.deepEqual(q, [["Taxes will rise", "indirect", "Sarah Okafor"]]);
  });
});

table("French press: a verb ending after a noun still makes a report", [
  ["Les prix augmentent, Paul Garnier a affirmé.", [["Les prix augmentent", "indirect", "Paul Garnier"]]],
]);

table("French press: « l'institut » stands for the public body named just before", [
  ["Le chômage a baissé, selon l'Insee. L'institut a précisé que les embauches avaient progressé.",
    [["Le chômage a baissé", "indirect", "Insee"], ["les embauches avaient progressé", "indirect", "Insee"]]],
  // False positive: a party or union named before is no institute; the description stays unnamed.
  ["Le Medef a protesté. L'institut a précisé que les embauches avaient progressé.",
    [["les embauches avaient progressé", "indirect", "L'institut"]]],
]);

table("French press: a report before an inverted cue, an addressee and a named description after it", [
  [`La Russie reste ${g("ouverte au dialogue")} sur ce dossier, a déclaré à la presse le porte-parole du Kremlin, Ivan Sorokine, au lendemain d'un entretien entre les deux présidents.`,
    [[`La Russie reste ${g("ouverte au dialogue")} sur ce dossier`, "mixed", "Ivan Sorokine"]]],
  [`Le port restera ${g("fermé aux navires")} jusqu'en mai, a indiqué le ministre des Transports, Paul Garnier, mardi.`,
    [[`Le port restera ${g("fermé aux navires")} jusqu'en mai`, "mixed", "Paul Garnier"]]],
  // False positive: a description with no name after it stays unnamed.
  [`Le port restera ${g("fermé aux navires")} jusqu'en mai, a indiqué le ministère des Transports.`,
    [[`Le port restera ${g("fermé aux navires")} jusqu'en mai`, "mixed", "ministère des Transports"]]],
]);

describe("English: an inverted cue's description named in apposition", () => {
  it("The port will stay “closed to ships” until May, said the minister, Paul Garner, on Tuesday.", () => {
    const text = "The port will stay “closed to ships” until May, said the minister, Paul Garner, on Tuesday.";
    assert.deepEqual(analyze(text, { lang: "en" }).quotes.map(row).map((r) => r[2]), ["Paul Garner"]);
  });
});

table("French press: « il » after an inverted cue's subject", [
  [`M. Lebrun a souligné que la Turquie attendait une réponse.\n\n${g("Nous sommes proches d'un accord")}, a affirmé M. Kaya devant des journalistes. Il a ajouté qu'une rencontre aurait lieu en mai.`,
    [["la Turquie attendait une réponse", "indirect", "Lebrun"], [g("Nous sommes proches d'un accord"), "direct", "Kaya"], ["une rencontre aurait lieu en mai", "indirect", "Kaya"]]],
  // False positive: a name after a preposition is no subject; "il" keeps the subject before.
  ["M. Lebrun a souligné que Paris attendait une réponse de M. Kaya. Il a ajouté qu'une rencontre aurait lieu en mai.",
    [["Paris attendait une réponse de M. Kaya", "indirect", "Lebrun"], ["une rencontre aurait lieu en mai", "indirect", "Lebrun"]]],
]);

describe("French press: names around jobs and court verbs", () => {
  const names = (text: string) => {
    const a = analyze(text, { lang: "fr" });
    return { people: a.people.map((p) => [p.name, p.role ?? null]), orgs: a.orgs.map((o) => o.name) };
  };
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
      const n = names(text);
      assert.deepEqual(n.people, people);
      assert.deepEqual(n.orgs, orgs);
    });
  }
});

table("French press: a participle aside between a named subject and its verb", [
  ["Paul Roche, entendu comme témoin, a expliqué que l'escalier s'était effondré.",
    [["l'escalier s'était effondré", "indirect", "Paul Roche"]]],
  ["Claire Fabre, élue en 2020, a assuré que le budget serait voté.",
    [["le budget serait voté", "indirect", "Claire Fabre"]]],
  // False positive: a reporting verb inside the commas is a report of its own, not an aside.
  ["Paul Roche, a expliqué le témoin, était absent.", []],
]);

table("French press: a participle aside after a described subject", [
  ["Un pompier, entendu comme témoin, a expliqué que l'escalier s'était effondré.",
    [["l'escalier s'était effondré", "indirect", "Un pompier"]]],
  ["Le maire, interrogé sur RTL, a assuré que le budget serait voté.",
    [["le budget serait voté", "indirect", "Le maire"]]],
  // False positive: no aside, a relative clause: the description is still the subject, the clause no report.
  ["Un pompier, qui était sur place, a sauvé deux enfants.", []],
]);
