// A description that takes up someone named before (the minister, le syndicat, le chef de l'État).
import { table, speakerMentions, g, fr, en } from "../helpers/table";

describe("French: a definite organisation noun stands for the one organisation just named", () => {
  speakerMentions(fr, [
    ["Arnaud Rousseau, président de la FNSEA, a été reçu à l'Élysée. Le syndicat appelle à poursuivre la mobilisation.", "FNSEA", "Le syndicat"],
    ["Le PDG de Renault a rencontré la CGT. Le syndicat a déclaré que la grève continuerait.", "CGT", "Le syndicat"],
    // Two unions named: it is not clear which one, the description stays unnamed.
    ["La CGT et FO ont été reçues à Matignon. Le syndicat a déclaré que la grève continuerait.", null, "Le syndicat"],
    ["La CGT et FO ont été reçues à Matignon. L'ONG a précisé que la grève continuerait.", null, "L'ONG"],
    // "l'organisation" takes up an international body too; a channel noun speaks for the body of its complement.
    ["Amnesty International a publié un rapport. L'organisation a affirmé que les prisons étaient pleines.", "Amnesty International", "L'organisation"],
    ["Un communiqué du ministère de l'Intérieur a indiqué que trois personnes avaient été arrêtées.", "ministère de l'Intérieur",
      "Un communiqué du ministère de l'Intérieur"],
    // Not a body: a channel noun whose complement is a thing.
    ["Un communiqué de presse a indiqué que trois personnes avaient été arrêtées.", null, "Un communiqué de presse"],
    // A head noun whose complement names a body stands for the one person whose role heads it, by any of its names.
    ["Le président de l'Union des marins bretons (UMB), Paul Girard, a été reçu. Le chef de l'UMB a affirmé que la grève continuerait.",
      "Paul Girard", "Le chef de l'UMB"],
    // Not when two people head bodies of that name, nor for an indefinite description.
    ["Le président de l'UMB, Paul Girard, a reçu la présidente de l'UMB, Anne Roux. Un chef de l'UMB a affirmé que la grève continuerait.",
      null, "Un chef de l'UMB"],
  ]);
});

describe("French: a common-noun acronym takes up the body named just before", () => {
  // An acronym that is a common noun ("l'ONG") is a description too, not a body of its own (the second statement:
  // the first is the "selon" report, whose source ends after its initials).
  speakerMentions(fr, [
    ["Selon la Ligue varoise des droits civiques (LVDC), dix militants ont été arrêtés. L'ONG a précisé que trois avaient été relâchés.",
      "Ligue varoise des droits civiques", "L'ONG"],
  ], (qs) => qs.at(-1));
});

describe("French: a periphrasis for a title stands for its holder", () => {
  speakerMentions(fr, [
    [`Le président de la République, Emmanuel Macron, a reçu les syndicats. Le chef de l'État a ajouté que ${g("tout serait fait")}.`, "Emmanuel Macron", "Le chef de l'État"],
    [`Le Premier ministre, Gabriel Attal, était à Rodez. ${g("Nous avançons")}, a assuré le locataire de Matignon.`, "Gabriel Attal", "le locataire de Matignon"],
    // Nobody of the article holds the title: the description stays unnamed.
    [`Emmanuel Macron a reçu les syndicats. ${g("Nous avançons")}, a assuré le chef de l'État.`, null, "le chef de l'État"],
  ], (qs) => qs.at(-1));
});

table("French: a bare definite role noun takes up the one person just named", fr, [
  [`Pour Laurent Morel, ${g("le compte n'y est pas")}. Le syndicaliste a dénoncé ${g("un passage en force")}.`, [[g("le compte n'y est pas"), "Laurent Morel", "mixed"], [g("un passage en force"), "Laurent Morel", "mixed"]]],
  [`Anne Duval a quitté la réunion. La syndicaliste a dénoncé ${g("un passage en force")}.`, [[g("un passage en force"), "Anne Duval", "mixed"]]],
  [`Paul Girard a pris la parole. L'élu a dénoncé ${g("un passage en force")}.`, [[g("un passage en force"), "Paul Girard", "mixed"]]],
  // A nationality adjective after the noun: "le président américain" is still the one person just named.
  ["Tom Walker a félicité le vainqueur. Le président américain a souligné que la démocratie avait gagné.",
    [["la démocratie avait gagné", "Tom Walker", "indirect"]]],
  // The description stays: another gender, two people named, the noun introduced before, or a plural.
  [`Anne Duval a quitté la réunion. Le syndicaliste a dénoncé ${g("un passage en force")}.`, [[g("un passage en force"), "Le syndicaliste", "mixed"]]],
  [`Paul Girard et Luc Morel sont arrivés. Le syndicaliste a dénoncé ${g("un passage en force")}.`, [[g("un passage en force"), "Le syndicaliste", "mixed"]]],
  [`Un syndicaliste attendait. Paul Girard est arrivé. Le syndicaliste a dénoncé ${g("un passage en force")}.`, [[g("un passage en force"), "Le syndicaliste", "mixed"]]],
  [`Paul Girard est arrivé. Les syndicalistes ont dénoncé ${g("un passage en force")}.`, [[g("un passage en force"), "Les syndicalistes", "mixed"]]],
  ["Tom Walker a félicité Paul Girard. Le président américain a souligné que la démocratie avait gagné.",
    [["la démocratie avait gagné", "Le président américain", "indirect"]]],
]);

table("French: a description named at once after an inverted verb", fr, [
  // "le procureur" was a role wrongly read before another person's name: the apposition names the speaker.
  [`Le procureur a requis cinq ans contre Marc Lestrade, le gérant.\n\n${g("Il savait tout")}, a lancé le procureur, Rémi Castan, à l'audience.`,
      [[g("Il savait tout"), "Rémi Castan", "direct"]]],
  // Two spokesmen: the one named in apposition speaks, not the one named before with that role.
  [`Le porte-parole du ministère, Luc Verdier, a démenti. ${g("Tout est prêt")}, a rappelé son porte-parole, Anne Solal, devant la presse.`,
      [[g("Tout est prêt"), "Anne Solal", "direct"]]],
  // False positive: a name already is the subject; the person after its comma does not take its place.
  [`${g("Rien ne change")}, a déclaré Luc Verdier, Anne Solal restant silencieuse.`,
      [[g("Rien ne change"), "Luc Verdier", "direct"]]],
]);

table("French: « l'institut » stands for the public body named just before", fr, [
  ["Le chômage a baissé, selon l'Insee. L'institut a précisé que les embauches avaient progressé.",
      [["Le chômage a baissé", "Insee", "indirect"], ["les embauches avaient progressé", "Insee", "indirect"]]],
  // False positive: a party or union named before is no institute; the description stays unnamed.
  ["Le Medef a protesté. L'institut a précisé que les embauches avaient progressé.",
      [["les embauches avaient progressé", "L'institut", "indirect"]]],
]);

table("roles: a definite role noun takes up its holder, an indefinite one does not", en, [
  // the minister → the person whose role it is
  ["Sarah Okafor, the federal health minister, spoke first. Later the minister said the plan was ready.",
    [["the plan was ready", "Sarah Okafor", "indirect"]]],
  // a minister → a new, unnamed source
  ["Sarah Okafor, the federal health minister, spoke first. Later a minister said the plan was ready.",
    [["the plan was ready", "a minister", "indirect"]]],
  // the department is not the person whose role mentions a department
  ["Tom Reid, a spokesman for the department, spoke first. Later the department said the plan was ready.",
    [["the plan was ready", "the department", "indirect"]]],
]);

// Issue 11, English 2: "it"/"they" opening the sentence after a described body's statement take that body up.
table("'it' takes up a described body that spoke in the sentence before", en, [
  ["The company said profits rose by 10 percent. It added that it would hire 200 workers.",
    [["profits rose by 10 percent", "The company"], ["it would hire 200 workers", "The company"]]],
  ["The ministry said the border would reopen. It also said that visas would be free.",
    [["the border would reopen", "The ministry"], ["visas would be free", "The ministry"]]],
  ["Two officials said the talks had failed. They added that no date was set.",
    [["the talks had failed", "officials"], ["no date was set", "officials"]]],
  // A person is no "it": the pronoun stays unresolved.
  ["A spokesman said the plan was dead. It added that the vote was off.",
    [["the plan was dead", "A spokesman"], ["the vote was off", "It"]]],
]);

// "son avocat, Me Antoine Berger": the honorific between the apposition's comma and the name does not cut the role
// from the person; the description that takes the role up later is that person.
table("French: a role before an honorific and a name is the person's", fr, [
  [`Paul Girard nie tout, a déclaré son avocat, Me Antoine Berger. ${g("Mon client est innocent")}, a insisté l'avocat.`,
    [["Paul Girard nie tout", "Antoine Berger", "indirect"], [g("Mon client est innocent"), "Antoine Berger", "direct"]]],
  [`Le maire de Lyon, M. Paul Roche, a reçu les syndicats. ${g("Nous avançons")}, a assuré le maire.`,
    [[g("Nous avançons"), "Paul Roche", "direct"]]],
]);

// An English age description standing for the one person just named (lang/en/take-up.ts).
describe("English: an age description takes up the one person just named", () => {
  speakerMentions(en, [
    ["Anna Lopez runs a flower shop on Elm Street. The 61-year-old said business had doubled since spring.", "Anna Lopez", "The 61-year-old"],
    ["Marcus Bell scored 34 points. The 27-year-old guard said the team had found its rhythm.", "Marcus Bell", "The 27-year-old guard"],
    // Must not bind: two people just named, nobody named.
    ["Anna Lopez met Tom Reed on Elm Street. The 61-year-old said business had doubled since spring.", null, "The 61-year-old"],
    ["The 61-year-old said business had doubled since spring.", null, "The 61-year-old"],
  ]);
});

// Pending: "the" + an organisation noun alone for the one organisation just named. STATEMENTS.md and ggt's gold resolve
// it ("The company" -> the firm); polnear's gold keeps the description as written, and a take-up for the sole
// organisation of the three sentences before lowered polnear speaker accuracy on non-pronoun gold (tune 88.3 -> 88.1,
// check 83.9 -> 83.5) with no ggt change, so it was dropped. Kept visible until the corpora agree on the convention.
describe("English (pending): a definite organisation noun takes up the one organisation just named", () => {
  it.skip("Atlantic Breeze Energy wants to place 40 turbines offshore. The company says the project would power 300,000 homes.");
  it.skip("Greenway Trust bought the land in May. Hikers were pleased. The charity said the trails would reopen soon.");
});

// An organisation named in an apposition of its own right after a description is who it is (quotes/resolve/role.ts apposedOrg).
describe("English: \"The company, Veltron Inc, said\": the organisation in apposition", () => {
  speakerMentions(en, [
    ["The company, Veltron Inc, said it would cut 1,200 jobs.", "Veltron Inc", "The company"],
    ["The bank, Barclays, said profits had fallen.", "Barclays", "Barclays"],
    // Must not: a comparison is no apposition.
    ["The company, like Veltron Inc, said it would cut jobs.", null, "The company"],
  ]);
});
