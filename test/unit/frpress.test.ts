// French press articles of several styles (dépêche, political analysis, faits-divers, sport): the
// names around lower-case heads, "on" with a source set before it, incidental phrases before "que".
// Invented sentences; false-positive rows.
import * as assert from "node:assert/strict";
import { analyze, type Quote } from "../../src/engine";

const NB = "\u00a0";
const g = (s: string) => `«${NB}${s}${NB}»`;
const row = (q: Quote) => [q.text, q.kind, q.speaker?.name ?? q.speaker?.mentionText ?? null];
const fr = (text: string) => analyze(text, { lang: "fr" }).quotes.map(row);
const names = (text: string) => {
  const a = analyze(text, { lang: "fr" });
  return { people: a.people.map((p) => p.name), orgs: a.orgs.map((o) => o.name) };
};

describe("French press: lower-case heads around a name", () => {
  const rows: [string, string[], string[]][] = [
    // "ministère de l'Intérieur": the head and its complement are the organisation, not a person "Intérieur".
    ["Le ministère de l'Intérieur a publié un bilan.", [], ["ministère de l'Intérieur"]],
    ["Un haut fonctionnaire du ministère de la Culture est parti.", [], ["ministère de la Culture"]],
    // A head and one adjective before the name: a company, also when named again bare.
    ["Le groupe pharmaceutique Veronis ferme une usine. Un porte-parole de Veronis confirme.", [], ["Veronis"]],
    ["Le constructeur automobile Ardel recrute.", [], ["Ardel"]],
    // A nationality before a given name is no part of the name.
    ["Elle a devancé la Suissesse Anna Keller et l'Italienne Giulia Rossi.", ["Anna Keller", "Giulia Rossi"], []],
    // An organisation in apposition after "sa maison de disques", "son parti".
    ["Selon sa maison de disques, Azur Musique, le single se vend bien.", [], ["Azur Musique"]],
    // False positives: a person after "de" with no office head; a role, not an adjective, after the head;
    // a person in apposition after a person noun.
    ["Son ami, Paul Roche, est venu.", ["Paul Roche"], []],
    ["La fille de Paul Morel est venue.", ["Paul Morel"], []],
    ["Le porte-parole du groupe, Marc Lenoir, est arrivé.", ["Marc Lenoir"], []],
  ];
  for (const [text, people, orgs] of rows) {
    it(text, () => {
      const n = names(text);
      assert.deepEqual(n.people, people);
      assert.deepEqual(n.orgs, orgs);
    });
  }
});

describe("French press: « on » with a source set before it", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`À Matignon, on assure que ${g("le Premier ministre a toute la confiance du président")}.`,
      [[g("le Premier ministre a toute la confiance du président"), "direct", "Matignon"]]],
    ["Chez Renault, on confirme que l'usine fermera en juin.", [["l'usine fermera en juin", "indirect", "Renault"]]],
    ["Dans l'entourage du ministre, on explique que la réforme sera votée.", [["la réforme sera votée", "indirect", "l'entourage du ministre"]]],
    [`Place Beauvau, on indique que le ministre ${g("se consacre à sa tâche")}.`,
      [[`le ministre ${g("se consacre à sa tâche")}`, "mixed", "Place Beauvau"]]],
    // False positives: bare "on" is hearsay; a time before "on" names no source.
    ["On dit que le maire va démissionner.", []],
    ["Le soir venu, on raconte que le château est hanté.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: an incidental phrase between the verb and « que »", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Clara Martin estime elle aussi que ${g("le temps des hésitations est passé")}.`, [[g("le temps des hésitations est passé"), "mixed", "Clara Martin"]]],
    ["Paul Dubois juge lui aussi que la réforme est mal engagée.", [["la réforme est mal engagée", "indirect", "Paul Dubois"]]],
    ["Marie Roche affirme de son côté que la grève continuera.", [["la grève continuera", "indirect", "Marie Roche"]]],
    // False positive: "aussi … que" alone stays a comparison.
    ["Paul Dubois a répété aussi souvent que possible ses arguments.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: « nos confrères du Parisien », « des informations du Monde »", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["D'après nos confrères du Parisien, plusieurs ministres auraient été sondés.", [["plusieurs ministres auraient été sondés", "indirect", "Le Parisien"]]],
    ["Selon nos confrères de Libération, le projet serait abandonné.", [["le projet serait abandonné", "indirect", "Libération"]]],
    ["Selon des informations du Monde, le plan est prêt.", [["le plan est prêt", "indirect", "Le Monde"]]],
    // False positives: "nos informations" are the paper's own, "nos lecteurs" no source of a report.
    ["Selon nos informations, le ministre démissionnera.", []],
    ["Selon nos lecteurs, le plan est prêt.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
  it("« du Monde » names the newspaper, not a person", () => assert.deepEqual(names("Il l'a dit au Monde mardi."), { people: [], orgs: ["Monde"] }));
});

describe("French press: asides, negations and collective sources around the subject", () => {
  const rows: [string, [string, string, string | null][]][] = [
    // An aside between commas after a described subject.
    ["Le Premier ministre, lui, a répondu que son gouvernement travaille.", [["son gouvernement travaille", "indirect", "Le Premier ministre"]]],
    ["La ministre, de son côté, a assuré que rien n'était décidé.", [["rien n'était décidé", "indirect", "La ministre"]]],
    // The negation is no part of the description.
    ["Le porte-parole n'a pas manqué de rappeler que le site fermerait en juin.", [["le site fermerait en juin", "indirect", "Le porte-parole"]]],
    ["Selon l'intersyndicale, la direction n'a proposé aucun plan de reprise.", [["la direction n'a proposé aucun plan de reprise", "indirect", "l'intersyndicale"]]],
    ["Selon l'entourage du ministre, la réforme sera votée.", [["la réforme sera votée", "indirect", "l'entourage du ministre"]]],
    // Quotes in a row after an inverted description named in apposition.
    [`La skieuse a gagné. ${g("Elle a skié avec une liberté incroyable")}, s'est réjoui son entraîneur, Marc Dubreuil. ${g("On a travaillé dur, et ça paie.")}`,
      [[g("Elle a skié avec une liberté incroyable"), "direct", "Marc Dubreuil"], [g("On a travaillé dur, et ça paie."), "direct", "Marc Dubreuil"]]],
    // False positives: a collective noun with no reporting verb; a time before "on".
    ["Dans la majorité, l'inquiétude grandit.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
  it("a party after a role, then the constituency", () =>
    assert.deepEqual(names("Clara Martin, députée Renaissance de la Gironde, est arrivée."), { people: ["Clara Martin"], orgs: ["Renaissance"] }));
  it("a particle name stays whole", () => assert.deepEqual(names("Le général Charles de Gaulle est arrivé."), { people: ["Charles de Gaulle"], orgs: [] }));
});

describe("French press: faits-divers witnesses and officials", () => {
  const rows: [string, [string, string, string | null][]][] = [
    // An age between commas after the name.
    [`Une autre témoin, Martine Roux, 62 ans, affirme avoir vu ${g("trois jeunes s'enfuir")}.`, [[`avoir vu ${g("trois jeunes s'enfuir")}`, "mixed", "Martine Roux"]]],
    ["Paul Marin, 54 ans, raconte que la porte était ouverte.", [["la porte était ouverte", "indirect", "Paul Marin"]]],
    // "Le maire, Jean-Paul Castan, …": the name in apposition, not the person named in the sentence before.
    ["Le gérant, Patrick Lemoine, dit que tout était calme. Le maire, Jean-Paul Castan, a annoncé le renforcement des patrouilles.",
      [["tout était calme", "indirect", "Patrick Lemoine"], ["le renforcement des patrouilles", "indirect", "Jean-Paul Castan"]]],
    // False positive: a number that is no age stays in the sentence.
    ["Le bilan, 12 morts, a été confirmé mardi.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
  it("an event's head names nobody", () =>
    assert.deepEqual(names("Elle a gagné sa première course en Coupe du monde, devant Jean Coupe."), { people: ["Jean Coupe"], orgs: [] }));
});

describe("French press: content after a preposition (requests, « appeler au », « ironiser sur »)", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Hélène Marchal a demandé au groupe de ${g("présenter sans délai des solutions")}.`, [[g("présenter sans délai des solutions"), "mixed", "Hélène Marchal"]]],
    ["Paul Roche a demandé aux élus de la majorité de voter la loi.", [["voter la loi", "indirect", "Paul Roche"]]],
    [`Le préfet a pour sa part appelé ${g("au dialogue social")}.`, [[g("au dialogue social"), "mixed", "Le préfet"]]],
    [`François Hollande a ironisé sur ${g("un pouvoir qui tourne en rond")}.`, [[g("un pouvoir qui tourne en rond"), "mixed", "François Hollande"]]],
    // False positives: "de" before a noun is no request clause; naming with « » is a nickname.
    ["Paul Roche a demandé au serveur de l'eau fraîche.", []],
    [`Paul Roche a appelé son chien ${g("Rex")}.`, []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: second batch (portfolios, polls, colleagues, rescue services, sports incises)", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["D'après nos confrères de Sud Ouest, la direction prépare ce plan depuis l'automne.", [["la direction prépare ce plan depuis l'automne", "indirect", "Sud Ouest"]]],
    ["Selon nos confrères de La Voix du Nord, le maire démissionnera.", [["le maire démissionnera", "indirect", "La Voix du Nord"]]],
    ["Aucun blessé n'est à déplorer, selon les secours.", [["Aucun blessé n'est à déplorer", "indirect", "les secours"]]],
    [`${g("On a montré un caractère énorme")}, a savouré le capitaine, Jean Morel, au micro de Canal+.`, [[g("On a montré un caractère énorme"), "direct", "Jean Morel"]]],
    // False positives: a poll is no speaker; "savourer" with an object is no report.
    ["Selon un sondage Ifop publié dimanche, 62 % des Français sont opposés à la réforme.", []],
    ["Jean Morel a savouré sa victoire avec ses proches.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
  const ents: [string, string[], string[]][] = [
    ["Le ministre de l'Économie est arrivé avec la ministre des Armées.", [], []],
    ["Selon un sondage Ifop, la réforme est impopulaire.", [], ["Ifop"]],
    // False positive: a place after "ministre de" stays a place, a person after it stays a person.
    ["La ministre de Jean Morel est venue.", ["Jean Morel"], []],
  ];
  for (const [text, people, orgs] of ents) it(text, () => assert.deepEqual(names(text), { people, orgs }));
});

describe("French press: a closing cue after the report is no part of its content", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["Le groupe Ardel a annoncé jeudi la fermeture de son usine, qui emploie 340 salariés, a-t-on appris auprès de la direction.",
      [["la fermeture de son usine, qui emploie 340 salariés", "indirect", "Ardel"]]],
    [`Élisabeth Garnier a jugé qu'un compromis restait ${g("possible")}, selon plusieurs participants.`, [[`un compromis restait ${g("possible")}`, "mixed", "Élisabeth Garnier"]]],
    [`Paul Roche aurait confié qu'il jugeait le calendrier ${g("intenable")}, rapporte Le Figaro.`, [[`il jugeait le calendrier ${g("intenable")}`, "mixed", "Paul Roche"]]],
    // A "selon lui" inside a report is an aside of it, not a report of the whole sentence.
    ["Paul Roche a dit que la ville, selon lui, était sûre.", [["la ville, selon lui, était sûre", "indirect", "Paul Roche"]]],
    // The cue alone still reports the sentence before it.
    ["Un homme a été blessé dans la nuit, a-t-on appris auprès de la gendarmerie.", [["Un homme a été blessé dans la nuit", "indirect", "la gendarmerie"]]],
    // False positive: "rapporter" that brings something back is no cue.
    ["Les peintres ont rapporté de leur voyage des toiles superbes.", []],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: a participle's report after an object report", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["Paul Roche a démenti les informations du journal, affirmant qu'il partirait en juin.",
      [["les informations du journal", "indirect", "Paul Roche"], ["il partirait en juin", "indirect", "Paul Roche"]]],
    // A short object is dropped; the participle's report keeps the subject.
    [`Un porte-parole du groupe a démenti cette information, affirmant que ${g("rien n'est décidé")}.`, [[g("rien n'est décidé"), "mixed", "Un porte-parole du groupe"]]],
    // False positive: a participle with no "que" stays in the object.
    ["Paul Roche a confirmé la fermeture du site, entraînant la colère des salariés.", [["la fermeture du site, entraînant la colère des salariés", "indirect", "Paul Roche"]]],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: the subject behind a medium aside, and a rank in a role", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["L'ancien président Jean Morel, interrogé sur France Inter, a déclaré que tout allait mal.", [["tout allait mal", "indirect", "Jean Morel"]]],
    ["La ministre Anne Roche, invitée de RTL, a affirmé que la loi passerait.", [["la loi passerait", "indirect", "Anne Roche"]]],
    // "le Premier ministre" is not the minister of the economy named before.
    ["Bruno Lenoir, le ministre de l'Économie, est arrivé. Le Premier ministre a répondu que son gouvernement travaille.",
      [["son gouvernement travaille", "indirect", "Le Premier ministre"]]],
    ["Bruno Lenoir, le ministre de l'Économie, est arrivé. Le ministre a ajouté que tout allait bien.", [["tout allait bien", "indirect", "Bruno Lenoir"]]],
    // False positive: an aside with no participle keeps its organisation as the subject.
    ["La CGT, premier syndicat du pays, a affirmé que la grève continuerait.", [["la grève continuerait", "indirect", "CGT"]]],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: a pronoun after a sentence opening on a description", () => {
  const rows: [string, [string, string, string | null][]][] = [
    // "il" is the minister described just before, not the union man named two sentences back: unresolved, not wrong.
    [`Karim Belkacem a appelé à la grève. Le ministre de l'Économie a jugé la situation ${g("préoccupante")}. Interrogé par BFMTV, il a assuré que l'État ne céderait pas.`,
      [[g("préoccupante"), "direct", "Le ministre de l'Économie"], ["l'État ne céderait pas", "indirect", "il"]]],
    // The description takes up the person named just before it: the pronoun is that person.
    ["Paul Roche a parlé longtemps. Le ministre a jugé la situation grave. Il a ajouté que tout irait bien.", [["tout irait bien", "indirect", "Paul Roche"]]],
    // False positive: a person named in the sentence before wins as usual.
    ["Le ministre a reçu Paul Roche. Il a déclaré que tout irait bien.", [["tout irait bien", "indirect", "Paul Roche"]]],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: third batch (named apposition before a present verb, portfolios after « à », office adjectives)", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Son producteur, le Québécois Julien Tremblay, salue ${g("une artiste d'une exigence rare")}.`, [[g("une artiste d'une exigence rare"), "mixed", "Julien Tremblay"]]],
    [`${g("Les entreprises ont besoin de temps")}, a justifié le commissaire à l'Environnement, Jan Kowalski, lors d'un point presse.`,
      [[g("Les entreprises ont besoin de temps"), "direct", "Jan Kowalski"]]],
    [`Le ministère de la Transition écologique a estimé que ce délai permettrait ${g("d'accompagner les PME")}.`,
      [[`ce délai permettrait ${g("d'accompagner les PME")}`, "mixed", "ministère de la Transition écologique"]]],
    // False positives: a participle after a name in apposition is no main verb; a place after "à" is no portfolio.
    ["Elle plaint Pauline, condamnée à végéter là comme la mousse qui se traîne sur les murs.", []],
    [`${g("Je pars")}, dit le garçon à Paris, Jean Morel.`, [[g("Je pars"), "direct", "le garçon"]]],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: « …, avant de préciser que … »", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["Camille Verdier a indiqué qu'elle chanterait à l'Olympia, avant de préciser qu'elle reprendrait d'anciens titres.",
      [["elle chanterait à l'Olympia", "indirect", "Camille Verdier"], ["elle reprendrait d'anciens titres", "indirect", "Camille Verdier"]]],
    [`Camille Verdier a parlé. ${g("Je veux retrouver le public")}, a-t-elle ajouté, avant de préciser qu'elle chanterait d'anciens titres.`,
      [[g("Je veux retrouver le public"), "direct", "Camille Verdier"], ["elle chanterait d'anciens titres", "indirect", "Camille Verdier"]]],
    [`${g("C'est un choc")}, a réagi Hervé Guillou, avant d'assurer que la ville serait à leurs côtés.`,
      [[g("C'est un choc"), "direct", "Hervé Guillou"], ["la ville serait à leurs côtés", "indirect", "Hervé Guillou"]]],
    // False positive: "avant de" with no reporting verb.
    ["Camille Verdier a indiqué qu'elle chanterait à l'Olympia, avant de partir en tournée.", [["elle chanterait à l'Olympia, avant de partir en tournée", "indirect", "Camille Verdier"]]],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});

describe("French press: two coordinated verbs with their own objects", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Le maire, Jean-Paul Castan, a dénoncé ${g("un acte d'une violence inouïe")} et annoncé le renforcement des patrouilles.`,
      [[g("un acte d'une violence inouïe"), "mixed", "Jean-Paul Castan"], ["le renforcement des patrouilles", "indirect", "Jean-Paul Castan"]]],
    ["Paul Roche a critiqué la réforme des retraites et annoncé une motion de censure.",
      [["la réforme des retraites", "indirect", "Paul Roche"], ["une motion de censure", "indirect", "Paul Roche"]]],
    // False positive: "et" inside the object, with no verb after it.
    ["Paul Roche a dénoncé la hausse des prix et des loyers.", [["la hausse des prix et des loyers", "indirect", "Paul Roche"]]],
  ];
  for (const [text, quotes] of rows) it(text, () => assert.deepEqual(fr(text), quotes));
});
