// The subject that speaks: appositions, asides, ages and affiliations between the name and its verb.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, named, names, g, fr, en } from "../helpers/table";

describe("participle reports after a dateline", () => {
  // The dateline is no subject; the progressive's subject speaks the participle.
  statements(en, [
    ["HALIFAX, N.S. — Anne Reed is warning voters to be careful, suggesting the vote will be close.",
      [["voters to be careful", "Anne Reed"], ["the vote will be close", "Anne Reed"]]],
  ]);
});

table("a noun modifying the word after it is no subject", en, [
  // “received expert reports it had requested” reports nothing.
  ["Last month, the board received expert reports it had requested from the council.", []],
  // “A retired expert said …” still reports.
  ["A retired expert said the deal is off.", [["the deal is off", "A retired expert"]]],
]);

describe("an object report ends where a clause of its own begins", () => {
  // “announced the plan, I do believe …” keeps only the object (was "condemned": a judged object is no report now).
  statements(en, [
    ["Anne Reed announced a new tax on boats, I do believe the council will listen.", [["a new tax on boats", "Anne Reed"]]],
  ]);
});

describe("French: asides, negations and collective sources around the subject", () => {
  statements(fr, [
    // An aside between commas after a described subject.
    ["Le Premier ministre, lui, a répondu que son gouvernement travaille.", [["son gouvernement travaille", "Le Premier ministre", "indirect"]]],
    ["La ministre, de son côté, a assuré que rien n'était décidé.", [["rien n'était décidé", "La ministre", "indirect"]]],
    // The negation is no part of the description.
    ["Le porte-parole n'a pas manqué de rappeler que le site fermerait en juin.", [["le site fermerait en juin", "Le porte-parole", "indirect"]]],
    ["Selon l'intersyndicale, la direction n'a proposé aucun plan de reprise.", [["la direction n'a proposé aucun plan de reprise", "l'intersyndicale", "indirect"]]],
    ["Selon l'entourage du ministre, la réforme sera votée.", [["la réforme sera votée", "l'entourage du ministre", "indirect"]]],
    // Quotes in a row after an inverted description named in apposition.
    [`La skieuse a gagné. ${g("Elle a skié avec une liberté incroyable")}, s'est réjoui son entraîneur, Marc Dubreuil. ${g("On a travaillé dur, et ça paie.")}`,
      [[g("Elle a skié avec une liberté incroyable"), "Marc Dubreuil", "direct"], [g("On a travaillé dur, et ça paie."), "Marc Dubreuil", "direct"]]],
    // False positives: a collective noun with no reporting verb; a time before "on".
    ["Dans la majorité, l'inquiétude grandit.", []],
  ]);
  it("a party after a role, then the constituency", () =>
    assert.deepEqual(names("Clara Martin, députée Renaissance de la Gironde, est arrivée.", fr, ["people", "orgs"]), { people: ["Clara Martin"], orgs: ["Renaissance"] }));
  it("a particle name stays whole", () => assert.deepEqual(names("Le général Charles de Gaulle est arrivé.", fr, ["people", "orgs"]), { people: ["Charles de Gaulle"], orgs: [] }));
});

describe("French: faits-divers witnesses and officials", () => {
  statements(fr, [
    // An age between commas after the name.
    [`Une autre témoin, Martine Roux, 62 ans, affirme avoir vu ${g("trois jeunes s'enfuir")}.`, [[`avoir vu ${g("trois jeunes s'enfuir")}`, "Martine Roux", "mixed"]]],
    ["Paul Marin, 54 ans, raconte que la porte était ouverte.", [["la porte était ouverte", "Paul Marin", "indirect"]]],
    // "Le maire, Jean-Paul Castan, …": the name in apposition, not the person named in the sentence before.
    ["Le gérant, Patrick Lemoine, dit que tout était calme. Le maire, Jean-Paul Castan, a annoncé le renforcement des patrouilles.",
      [["tout était calme", "Patrick Lemoine", "indirect"], ["le renforcement des patrouilles", "Jean-Paul Castan", "indirect"]]],
    // False positive: a number that is no age stays in the sentence.
    ["Le bilan, 12 morts, a été confirmé mardi.", []],
  ]);
  it("an event's head names nobody", () =>
    assert.deepEqual(names("Elle a gagné sa première course en Coupe du monde, devant Jean Coupe.", fr, ["people", "orgs"]), { people: ["Jean Coupe"], orgs: [] }));
});

describe("French: portfolios, polls, colleagues, rescue services, sports incises", () => {
  statements(fr, [
    ["D'après nos confrères de Sud Ouest, la direction prépare ce plan depuis l'automne.", [["la direction prépare ce plan depuis l'automne", "Sud Ouest", "indirect"]]],
    ["Selon nos confrères de La Voix du Nord, le maire démissionnera.", [["le maire démissionnera", "La Voix du Nord", "indirect"]]],
    ["Aucun blessé n'est à déplorer, selon les secours.", [["Aucun blessé n'est à déplorer", "les secours", "indirect"]]],
    [`${g("On a montré un caractère énorme")}, a savouré le capitaine, Jean Morel, au micro de Canal+.`, [[g("On a montré un caractère énorme"), "Jean Morel", "direct"]]],
    // False positives: a poll is no speaker; "savourer" with an object is no report.
    ["Selon un sondage Ifop publié dimanche, 62 % des Français sont opposés à la réforme.", []],
    ["Jean Morel a savouré sa victoire avec ses proches.", []],
  ]);
  const ents: [string, string[], string[]][] = [
    ["Le ministre de l'Économie est arrivé avec la ministre des Armées.", [], []],
    ["Selon un sondage Ifop, la réforme est impopulaire.", [], ["Ifop"]],
    // False positive: a place after "ministre de" stays a place, a person after it stays a person.
    ["La ministre de Jean Morel est venue.", ["Jean Morel"], []],
  ];
  for (const [text, people, orgs] of ents) it(text, () => assert.deepEqual(names(text, fr, ["people", "orgs"]), { people, orgs }));
});

table("French: the subject behind a medium aside, and a rank in a role", fr, [
  ["L'ancien président Jean Morel, interrogé sur France Inter, a déclaré que tout allait mal.", [["tout allait mal", "Jean Morel", "indirect"]]],
  ["La ministre Anne Roche, invitée de RTL, a affirmé que la loi passerait.", [["la loi passerait", "Anne Roche", "indirect"]]],
  // "le Premier ministre" is not the minister of the economy named before.
  ["Bruno Lenoir, le ministre de l'Économie, est arrivé. Le Premier ministre a répondu que son gouvernement travaille.",
    [["son gouvernement travaille", "Le Premier ministre", "indirect"]]],
  ["Bruno Lenoir, le ministre de l'Économie, est arrivé. Le ministre a ajouté que tout allait bien.", [["tout allait bien", "Bruno Lenoir", "indirect"]]],
  // False positive: an aside with no participle keeps its organisation as the subject.
  ["La CGT, premier syndicat du pays, a affirmé que la grève continuerait.", [["la grève continuerait", "CGT", "indirect"]]],
]);

table("French: named apposition before a present verb, portfolios after « à », office adjectives", fr, [
  [`Son producteur, le Québécois Julien Tremblay, salue ${g("une artiste d'une exigence rare")}.`, [[g("une artiste d'une exigence rare"), "Julien Tremblay", "mixed"]]],
  [`${g("Les entreprises ont besoin de temps")}, a justifié le commissaire à l'Environnement, Jan Kowalski, lors d'un point presse.`,
    [[g("Les entreprises ont besoin de temps"), "Jan Kowalski", "direct"]]],
  [`Le ministère de la Transition écologique a estimé que ce délai permettrait ${g("d'accompagner les PME")}.`,
    [[`ce délai permettrait ${g("d'accompagner les PME")}`, "ministère de la Transition écologique", "mixed"]]],
  // False positives: a participle after a name in apposition is no main verb; a place after "à" is no portfolio.
  ["Elle plaint Pauline, condamnée à végéter là comme la mousse qui se traîne sur les murs.", []],
  [`${g("Je pars")}, dit le garçon à Paris, Jean Morel.`, [[g("Je pars"), "le garçon", "direct"]]],
]);

table("French: a participle aside between a named subject and its verb", fr, [
  ["Paul Roche, entendu comme témoin, a expliqué que l'escalier s'était effondré.",
      [["l'escalier s'était effondré", "Paul Roche", "indirect"]]],
  ["Claire Fabre, élue en 2020, a assuré que le budget serait voté.",
      [["le budget serait voté", "Claire Fabre", "indirect"]]],
  // False positive: a reporting verb inside the commas is a report of its own, not an aside.
  ["Paul Roche, a expliqué le témoin, était absent.", []],
]);

table("French: members named in a ', dont X,' aside are not the group that speaks", fr, [
  ["Trois élus, dont le maire Paul Durand, ont dénoncé une décision injuste.", [["une décision injuste", "Trois élus", "indirect"]]],
  ["Les syndicats, dont la CGT, ont affirmé que la grève continuerait.", [["la grève continuerait", "Les syndicats", "indirect"]]],
  ["Plusieurs ONG, dont Amnesty International, ont dénoncé une répression sanglante.", [["une répression sanglante", "ONG", "indirect"]]],
  // Must not match the member: a relative "dont" clause with a verb is no member list, its antecedent still speaks.
  ["Le maire Paul Durand, dont Anne Morel est l'adjointe, a affirmé que la route rouvrirait.", [["la route rouvrirait", "Paul Durand", "indirect"]]],
]);

table("French: a kin noun, then the name in apposition, speaks before a colon (lexicon: 'acquiescer')", fr, [
  [`Son mari, Paul, acquiesce : ${g("Nous partirons demain.")}`, [[g("Nous partirons demain."), "Paul", "direct"]]],
  [`Sa fille, Julie Martin, raconte : ${g("Il ne parlait jamais de la guerre.")}`, [[g("Il ne parlait jamais de la guerre."), "Julie Martin", "direct"]]],
  // Must not match: a nod with no words is no statement.
  ["Son mari, Paul Martin, acquiesce d'un signe de tête.", []],
]);

table("French: a participle aside after a described subject", fr, [
  ["Un pompier, entendu comme témoin, a expliqué que l'escalier s'était effondré.",
      [["l'escalier s'était effondré", "Un pompier", "indirect"]]],
  ["Le maire, interrogé sur RTL, a assuré que le budget serait voté.",
      [["le budget serait voté", "Le maire", "indirect"]]],
  // False positive: no aside, a relative clause: the description is still the subject, the clause no report.
  ["Un pompier, qui était sur place, a sauvé deux enfants.", []],
]);

describe("a quoted nickname inside the name of a postposed speaker", () => {
  // (The entity pass reads the name after the nickname only: "Okafor".)
  statements(en, [
    ["At least four players were hurt, team captain Daniel “Danny” Okafor told reporters in a video.",
      [["At least four players were hurt", "Okafor", "indirect"]]],
  ]);
});

table("a bare clause after 'Name, apposition, said' that opens with a name", en, [
  ["Mayor Dana Okafor spoke. Ohio Sen. Jo Lee, a longtime rival, said Okafor’s plan was a mistake.",
    [["Okafor’s plan was a mistake", "Jo Lee", "indirect"]]],
  // The inverted cue: the name after "says" is the speaker, not the report.
  ["Mayor Dana Okafor spoke. The vote will be close, says Jo Lee, a pollster.",
    [["The vote will be close", "Jo Lee", "indirect"]]],
]);

table("bare clauses opening with a noun that looks like a verb, and appositions after a party tag", en, [
  ["Dana Okafor said praise from the governor would not change her vote.",
    [["praise from the governor would not change her vote", "Dana Okafor", "indirect"]]],
  ["Dana Okafor said seeing so many officers at the parade was a relief.",
    [["seeing so many officers at the parade was a relief", "Dana Okafor", "indirect"]]],
  ["Rep. Dana Okafor (D-Va.), ranking member of the committee, said she supports the compromise.",
    [["she supports the compromise", "Dana Okafor", "indirect"]]],
  ["Mill worker Jo Patch spoke on Monday. Patch, a former union director, said the problem is the night shift.",
    [["the problem is the night shift", "Jo Patch", "indirect"]]],
  // Not clauses: a noun with no finite verb after it.
  ["Dana Okafor said thanks to the crowd and left.", []],
  ["Dana Okafor said goodbye to everyone who was there.", []],
]);

describe("a person's affiliation and apposition stay with the person", () => {
  statements(en, [
    ["“Markets are nervous,” Jane Porter of Goldman Sachs said in a note.", [["“Markets are nervous,”", "Jane Porter"]]],
    ["Jane Porter of Goldman Sachs said: “Markets are nervous.”", [["“Markets are nervous.”", "Jane Porter"]]],
    ["“Markets are nervous,” Jane Porter, the bank's chief economist, wrote in a note.", [["“Markets are nervous,”", "Jane Porter"]]],
    // False positives: no reporting verb after the apposition, or a verb inside it.
    ["“Markets are nervous.” Jane Porter, the bank's chief economist, smiled.", [["“Markets are nervous.”", null]]],
    ["“Markets are nervous.” Jane Porter, who said nothing, left.", [["“Markets are nervous.”", null]]],
  ], { speaker: named });
  statements(fr, [
    ["« Les marchés sont nerveux », Anne Morel, économiste chez Natixis, a expliqué.", [["« Les marchés sont nerveux »", "Anne Morel"]]],
    ["« Les marchés sont nerveux. » Anne Morel, économiste chez Natixis, a souri.", [["« Les marchés sont nerveux. »", null]]],
  ], { speaker: named });
});

// Issue 11, English class "speaker phrases with the verb first": an organisation, a team or a possessor that opens
// the description after the verb is not the speaker; the person the description names is.
table("English: the head of a description after an inverted verb", en, [
  ["“We played hard and deserved the win,” said Lakers head coach Tom Reyes.", [["“We played hard and deserved the win,”", "Tom Reyes"]]],
  ["“We will appeal the ruling,” said Acme Corp. spokeswoman Jane Doyle.", [["“We will appeal the ruling,”", "Jane Doyle"]]],
  ["“She never missed a single day,” says Moreau's partner, Dan Price.", [["“She never missed a single day,”", "Dan Price"]]],
  ["Rents will keep climbing this year, said Oxfam economist Lena Ortiz.", [["Rents will keep climbing this year", "Lena Ortiz"]]],
  // Must not move: a person's own name with an affiliation after it, a description with no name.
  ["“Prices will rise by spring,” said John Smith of Acme.", [["“Prices will rise by spring,”", "John Smith"]]],
  ["“The bread sells out by noon,” says the cheerful owner.", [["“The bread sells out by noon,”", "the cheerful owner"]]],
  ["“She never missed a single day,” says Moreau's partner.", [["“She never missed a single day,”", "Moreau's partner"]]],
  // A person's name, then a description, then the name of the one who speaks (titled.ts).
  ["Nora Blake spoke first. “Anyone who breaks the law is wrong,” said Blake constituent Dan Golvach.",
    [["“Anyone who breaks the law is wrong,”", "Dan Golvach"]]],
  ["Nora Blake spoke first. “The president is wrong,” said 9/11 widow Terry Strada.", [["“The president is wrong,”", "Terry Strada"]]],
  // Must not move: two people joined by "and", a name after a preposition.
  ["Nora Blake spoke first. “We agree,” said Tom Hale and Ann Lee.", [["“We agree,”", "Tom Hale"]]],
  ["Nora Blake spoke first. “We lost,” said Tom Hale, the coach, to Ann Lee.", [["“We lost,”", "Tom Hale"]]],
  // A name with a noun after it modifies that noun: the description speaks.
  ["Nora Blake spoke first. “She will win,” said one Blake confidant.", [["“She will win,”", "one Blake confidant"]]],
]);

// Issue 11, English 3: a party and state tag between a name and its verb is no apposition and no one (party-tags.ts).
table("English: a party tag after a politician's name", en, [
  ["Nora Blake spoke first. “The veto will be overridden,” Senate leader Tom Hale, R-Ky., said Tuesday.",
    [["“The veto will be overridden,”", "Tom Hale"]]],
  ["House Speaker Tom Hale, R-Wis., said the bill would pass.", [["the bill would pass", "Tom Hale"]]],
  ["Rep. Tom Hale, D-N.Y., said the bill would pass.", [["the bill would pass", "Tom Hale"]]],
  // The tag in parentheses after a quote: the verb after it is the quote's cue.
  ["Nora Blake spoke first. “We will win,” Tom Hale (R-Ky.) said Tuesday.", [["“We will win,”", "Tom Hale"]]],
  ["Nora Blake spoke first. “We will win,” Sen. Ann Lee (D-N.Y.) told reporters.", [["“We will win,”", "Ann Lee"]]],
  ["Nora Blake spoke first. “We will win,” the senator (R-Ky.) said.", [["“We will win,”", "the senator"]]],
  // Not past a verb that reports nothing.
  ["“We will win,” Tom Hale (R-Ky.) voted no.", [["“We will win,”", null]]],
]);
describe("English: a party tag names nobody", () => {
  it("Tom Hale, R-Ky., and Ann Lee (D-N.Y.) voted.", () => {
    const a = analyze("Tom Hale, R-Ky., and Ann Lee (D-N.Y.) voted.", { lang: "en" });
    assert.deepEqual([...a.people, ...a.orgs].map((m) => m.name), ["Tom Hale", "Ann Lee"]);
  });
});

// Issue 11, English speakers: after a naming verb ("called Trump “…”") the name is the object, not an inverted subject.
table("English: the object of a naming verb does not speak", en, [
  ["Later, one lawmaker called Ray Hollis “the orange prince of self-publicity.”", [["“the orange prince of self-publicity.”", "one lawmaker"]]],
  ["Anne Reed called Tom Hale “a reckless gambler” at the rally.", [["“a reckless gambler”", "Anne Reed"]]],
  // A speech verb keeps its inverted subject.
  ["“We will win,” said Tom Hale.", [["“We will win,”", "Tom Hale"]]],
]);

// Issue 11, English: "as X put it: “…”" reports the quote for X (the idiom "put it" before the mark's colon or comma).
table("English: 'as X put it' before a quote", en, [
  ["Or, as Tom Ridge, a former mayor, put it: “The barbarians are no longer at the gate.”", [["“The barbarians are no longer at the gate.”", "Tom Ridge"]]],
  ["As one analyst put it, “The market has spoken.”", [["“The market has spoken.”", "one analyst"]]],
  // Not "put it" with a complement: "it" is no speaker either way.
  ["He put it on the table. “We are done,” said Mary Smith.", [["“We are done,”", "Mary Smith"]]],
]);

// "Lors de la réunion, le syndicat Sud, principal …, a affirmé": a fronted phrase, then the subject and its apposition.
table("French: a subject with an apposition after a fronted phrase", fr, [
  ["Lors de la réunion, le syndicat Sud, principal syndicat de l'usine, a affirmé que la grève continuerait.",
    [["la grève continuerait", "Sud", "indirect"]]],
  ["Après le vote, la CGT, premier syndicat du site, a assuré que le mouvement durerait.", [["le mouvement durerait", "CGT", "indirect"]]],
  // A nationality adjective after the organisation's name ends the subject phrase with it.
  ["Le Front démocratique malien, premier parti du pays, a affirmé que le scrutin serait reporté.", [["le scrutin serait reporté", "Front démocratique", "indirect"]]],
  ["Selon l'AFP, le Conseil national syrien, principale coalition de l'opposition, a affirmé que les combats reprendraient.",
    [["le Conseil national syrien, principale coalition de l'opposition, a affirmé que les combats reprendraient", "AFP", "indirect"],
      ["les combats reprendraient", "Conseil national", "indirect"]]],
  // No report: the verb has no clause.
  ["Lors de la réunion, le syndicat Sud, principal syndicat de l'usine, a quitté la salle.", []],
]);

// An occupation set before a name like a title ("Forecaster Nina Brook") is no part of the name, and a British
// honorific abbreviation ("Cllr") takes up the councillor named before (lexicon/en.ts roleNouns, honorifics).
table("English: occupations and abbreviated titles before a name", en, [
  ["The Met Office issued a warning. Forecaster Nina Brook said the rain would ease by noon.",
    [["the rain would ease by noon", "Nina Brook", "indirect"]]],
  ["Councillor James Rowe praised the crews. \"They were superb,\" Cllr Rowe said.", [["\"They were superb,\"", "James Rowe", "direct"]]],
  ["Meteorologist Tara Quinn said the storm would turn north.", [["the storm would turn north", "Tara Quinn", "indirect"]]],
  // Must not: the occupation alone, with no name, stays a description.
  ["A forecaster said the storm would turn north.", [["the storm would turn north", "A forecaster", "indirect"]]],
]);

table("English: a lower-case description and a name after “…?” or “…!” are the quote's subject", en, [
  ["“Is it over?” former adviser Dana Okafor asked on Twitter.", [["“Is it over?”", "Dana Okafor"]]],
  ["“We won!” longtime party organizer Tom Baird shouted.", [["“We won!”", "Tom Baird"]]],
  // A capital after the mark opens a sentence of its own: its subject is not the quote's (the quote goes on with Ann Lee's).
  ["Ann Lee spoke first. “Is it over?” The mayor of the town, Tom Baird, resigned and aides said nothing.", [["“Is it over?”", "Ann Lee"]]],
]);

table("English: a second verb after 'and' before a quote is said by the name that opens the first verb's clause", en, [
  ["As the crowd began to chant, Dana Okafor was joined on stage by Tom Baird and joked, “You are being ridiculous.”",
    [["“You are being ridiculous.”", "Dana Okafor"]]],
  ["There were pointed jabs, such as when Dana Okafor knocked Tom Baird on trade and called him a “moderate.”",
    [["him a “moderate.”", "Dana Okafor", "mixed"]]],
  // No name or pronoun opens the first clause: nobody.
  ["As the crowd began to chant, the lights went out and shouted, “Go home!”", [["“Go home!”", null]]],
]);

// A lone name that is also a place's ("Valence", "Braga") opening the sentence, then a role apposition whose closing comma is missing.
table("French: a name that is also a place's, before a role apposition, speaks", fr, [
  [`La réunion a eu lieu à Madrid. Valence, le président du club se dit ${g("très heureux de ce résultat")}.`,
    [[g("très heureux de ce résultat"), "Valence"]]],
  [`La réunion a eu lieu à Lisbonne. Braga, le ministre des Finances se dit ${g("particulièrement rassuré")} et pense que ${g("cela envoie un signal clair")}.`,
    [[g("particulièrement rassuré"), "Braga"], [g("cela envoie un signal clair"), "Braga"]]],
  // Not a dateline in capitals, whose comma opens the sentence proper.
  [`BRUXELLES, le président de la commission se dit ${g("très heureux de ce résultat")}.`,
    [[g("très heureux de ce résultat"), "le président de la commission"]]],
]);

table("French: the subject of a cleft ('C'est X qui a annoncé que …') speaks", fr, [
  ["C'est Paul Martin qui a annoncé que l'usine fermera en mars.", [["l'usine fermera en mars", "Paul Martin", "indirect"]]],
  ["La grève continue. C'est le ministre du Travail qui a annoncé mardi que l'usine fermera en mars.",
    [["l'usine fermera en mars", "le ministre du Travail", "indirect"]]],
  ["Ce sont les syndicats qui ont affirmé que la grève continuera.", [["la grève continuera", "les syndicats", "indirect"]]],
  // Not a cleft's subject: no reporting verb after "qui".
  ["C'est la police qui a trouvé le corps dans la rivière.", []],
]);
