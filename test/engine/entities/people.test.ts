// People as a reader expects them: one entity per individual, the fullest name as canonical, gender only
// from explicit evidence, titles and lists before names, and words that name no person.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { names, mentionsOf, peopleOf, entities, fr, en, type EntityRow, type Lang } from "../helpers/table";

const titledNames: EntityRow[] = [
  { why: "\"de\" after an honorific or a military title belongs to the surname",
    text: "Le général de Gaulle a reçu M. de Vaublanc. Le ministre de France est parti, et M.de Bismarck aussi.",
    people: ["de Gaulle", "de Vaublanc", "de Bismarck"], not: { people: ["France", "de France"], places: ["Bismarck"] } },
  { why: "a noble or kin title right before a name makes a person, even when a town has that name",
    text: "La reine Victoria a reçu don Carlos et les frères Nussbaumer. Il est rentré à Victoria.",
    people: ["Victoria", "Carlos", "Nussbaumer"], places: ["Victoria"], not: { places: ["Carlos"] } },
];

describe("entities: titles before French names", () => { entities(fr, titledNames); });

const frenchLists: EntityRow[] = [
  { why: "names coordinated with a person are people; a list with a place is not",
    text: "Le jury réunissait MM. Droz, Tavelli et Quenbrat. Il a visité Lausanne, Vevranne et Montreux.",
    people: ["Droz", "Tavelli", "Quenbrat"], not: { people: ["Vevranne", "Lausanne"] } },
  { why: "an initial before a surname in capitals is a person in French, but \"M.\" stays Monsieur",
    text: "ONT SIGNÉ : P. LANGEVRIN A. ZORMANN\nM. Dupont a reçu J. Verschelt.",
    people: ["P. LANGEVRIN", "A. ZORMANN", "J. Verschelt", "Dupont"], not: { people: ["M. Dupont"] } },
  { why: "an unknown capital after \"à\"/\"en\" or after \"la route de\" is a place, not a person",
    text: "Les troupes sont arrivées à Gorvessin, puis en Tarlavie, sur la route de Mirvanne, a déclaré Jean Dupont.",
    places: ["Gorvessin", "Tarlavie", "Mirvanne"], people: ["Jean Dupont"],
    not: { people: ["Gorvessin", "Tarlavie", "Mirvanne"], places: ["Jean Dupont"] } },
  { why: "historical states, Swiss cantons and communes and French exonyms of old towns are places",
    text: "Le roi de Prusse a écrit au canton de Vaud. Un horloger du Locle est parti pour Pétersbourg et Mantoue.",
    places: ["Prusse", "Vaud", "Locle", "Pétersbourg", "Mantoue"], not: { people: ["Prusse", "Locle", "Pétersbourg"] } },
];

describe("entities: French lists, initials and places", () => { entities(fr, frenchLists); });

const notPeopleEn: EntityRow[] = [
  { why: "events and holidays are no people, unless a given name opens the name",
    text: "The team won the Harmon Cup on Christmas Day. Jason Day finished third at the Kestrel Open.",
    people: ["Jason Day"], not: { people: ["Harmon Cup", "Christmas Day", "Kestrel Open"] } },
  { why: "party, faith and origin words make no person",
    text: "Four Liberal MPs voted against it, and Senate Democrats joined them. The fiery Frenchman left. Pupils of Dunmore Catholic marched.", not: { people: ["Liberal MPs", "Liberal", "Senate Democrats", "Frenchman", "Dunmore Catholic"] } },
  { why: "a portfolio before a titled name, or after 'Minister of', is no person",
    text: "Foreign Affairs Minister Marta Quill spoke. Jim Harker, the Minister of Rural Trade Renewal, agreed.",
    people: ["Marta Quill", "Jim Harker"], not: { people: ["Foreign Affairs", "Rural Trade Renewal"] } },
  { why: "company and economics heads make an organisation",
    text: "Analysts at Quarry Economics agreed. Tellis Electronics Co. said profits fell. Staff at Lakeview Brewery voted.",
    orgs: ["Quarry Economics", "Tellis Electronics Co", "Lakeview Brewery"], not: { people: ["Quarry Economics", "Tellis Electronics Co", "Lakeview Brewery"] } },
];

describe("entities: English names that are no people", () => { entities(en, notPeopleEn); });

const scorersAndSurnames: EntityRow[] = [
  { why: "scorers in brackets with their minute are people",
    text: "Dunmore 2 (Kettering 18th, Halvorsen 56th) Brackley 1 (Osei 70).\nHalftime 1-1.",
    people: ["Kettering", "Halvorsen", "Osei"], not: { places: ["Kettering"] } },
  { why: "shirt numbers before players in a line-up",
    text: "Japan - 1 - Kenji Hoda, 3 - Norio Omura, 6 - Taro Yamaguchi",
    people: ["Kenji Hoda", "Norio Omura", "Taro Yamaguchi"], places: ["Japan"], not: { places: ["Yamaguchi", "Omura"] } },
  { why: "a bracket with a place and no minute stays a place",
    text: "Tomas Vela (Norway) finished second.", places: ["Norway"], not: { people: ["Norway"] } },
  { why: "a town name that is the surname of a person of the article is that person",
    text: "Malcolm Washington won the first set. Washington then served for the match.",
    people: ["Malcolm Washington", "Washington"], not: { places: ["Washington"] } },
  { why: "without such a person, the town stays a place",
    text: "Talks in Washington resumed on Monday.", places: ["Washington"], not: { people: ["Washington"] } },
  { why: "old country names are places",
    text: "Refugees crossed into eastern Zaire.", places: ["Zaire"], not: { people: ["Zaire"] } },
];

describe("entities: scorers, line-ups and surnames shared with towns", () => { entities(en, scorersAndSurnames); });

const noblesAndHonorifics: EntityRow[] = [
  { why: "a noble title before de/d' and a name: the particle opens the surname (English)",
    text: "The Duke d'Orvalle resigned, and Count de la Brasque took the chair.",
    people: ["d'Orvalle", "de la Brasque"] },
  { why: "a title before a preposition and a place, or a lower-case count, names nobody",
    text: "The Duke of Kent came. A count of votes in the Count of the Ledger followed.",
    not: { people: ["Kent", "Ledger", "Count of the Ledger"] } },
  { why: "after an honorific, a word that otherwise names nobody is a surname",
    text: "The school is run by Dr. Read, and Mr. Story teaches there.",
    people: ["Read", "Story"] },
  { why: "after an honorific, a title or a pronoun is no surname",
    text: "Thank you, Mr. President. Read the story below.",
    not: { people: ["President", "Read"] } },
];

describe("entities: noble titles and honorifics", () => { entities(en, noblesAndHonorifics); });

const englishLists: EntityRow[] = [
  { why: "names listed with a person are people, an ambiguous town among them too (English)",
    text: "The dinner honoured Mr. Quillby, Garnock, Lincoln and Tavistow, who served the county.",
    people: ["Quillby", "Garnock", "Lincoln", "Tavistow"], not: { places: ["Lincoln"] } },
  { why: "a common word in the list makes it a list of firms, not people",
    text: "Analysts said Mercantile, Commerce and Tom Quillby were talking.",
    people: ["Tom Quillby"], not: { people: ["Commerce"] } },
  { why: "places in another list of the same sentence stay places",
    text: "The firm hired Tom Quillby and Garnock, then moved to Lincoln and Boston.",
    people: ["Tom Quillby", "Garnock"], places: ["Lincoln", "Boston"], not: { people: ["Lincoln", "Boston"] } },
];

describe("entities: English lists of names", () => { entities(en, englishLists); });



describe("people: one entity per individual", () => {
  it("full name, surname, honorific + surname and title + name are one person, named in full", () => {
    const ps = peopleOf("Le général de brigade Amir Hatami est arrivé. M. Hatami a salué la presse. Hatami est reparti.", "fr");
    assert.equal(ps.length, 1);
    assert.equal(ps[0].name, "Amir Hatami");
    assert.deepEqual(ps[0].mentions.map((m) => m.text), ["Amir Hatami", "Hatami", "Hatami"]);
    assert.equal(ps[0].role, "général de brigade");
  });

  it("never merges two people who share a surname", () => {
    const ps = peopleOf("Bob Smith met Jane Smith in Ottawa. Bob Smith said little.", "en");
    assert.deepEqual(ps.map((p) => [p.name, p.mentions.length]).sort(), [["Bob Smith", 2], ["Jane Smith", 1]]);
  });
});

describe("people: a person and a place that share a name", () => {
  it("Lloyd Austin is a person, Austin, Texas a place, and a later 'Austin said' him again", () => {
    const a = analyze("Defense Secretary Lloyd Austin flew to Austin, Texas, on Monday. Austin said the base would stay open.", { lang: "en" });
    assert.deepEqual(a.people.map((p) => [p.name, p.mentions.map((m) => m.start)]), [["Lloyd Austin", [18, 65]]]);
    assert.deepEqual(a.places.map((p) => p.name), ["Austin", "Texas"]);
  });
});

describe("people: gender only from explicit evidence", () => {
  it("Mme gives a gender, a bare name does not", () => {
    const ps = peopleOf("Mme Claire Dubois a rencontré Dominique Martin à Lyon.", "fr");
    const byName = new Map(ps.map((p) => [p.name, p]));
    assert.equal(byName.get("Claire Dubois")?.gender, "f");
    assert.equal(byName.get("Dominique Martin")?.gender, undefined);
  });
});

describe("people: not people", () => {
  const rows: [string, Lang][] = [
    ["Dieu seul le sait, a dit le curé lundi en mars.", "fr"],
    ["On Monday in March, the Chinese delegation arrived in Beijing.", "en"],
  ];
  for (const [text, lang] of rows) it(text, () => assert.deepEqual(peopleOf(text, lang), []));

  it("demonyms are not places; Pékin and Beijing are", () => {
    assert.deepEqual(names("La délégation chinoise est arrivée à Pékin.", fr).places, ["Pékin"]);
    assert.deepEqual(names("The Chinese delegation arrived in Beijing.", en).places, ["Beijing"]);
  });
});

describe("people: French civic, older and plural titles before a bare surname", () => {
  const rows: [string, string[]][] = [
    ["Le conseil a entendu le citoyen Bartholdi, puis l'avoyer Zumwald.", ["Bartholdi", "Zumwald"]],
    ["Le landammann Tschudin et le bâtonnier Ravenel ont siégé.", ["Tschudin", "Ravenel"]],
    ["Les généraux Korvalov et Dumerbach sont arrivés hier.", ["Korvalov", "Dumerbach"]],
    ["Les conseillers Schnyderet et Vogelsang ont voté contre.", ["Schnyderet", "Vogelsang"]],
  ];
  for (const [text, want] of rows) it(want.join(", "), () => assert.deepEqual(mentionsOf(text, "fr", "people").sort(), [...want].sort()));
});

describe("people: French noble titles before 'de' and a town", () => {
  it("'le duc de Wellington', 'le prince de Bismarck' are people; 'le roi de Suède', 'le maréchal de Saxe' keep their place", () => {
    const text = "Le duc de Wellington est arrivé avec le prince de Bismarck. Le roi de Suède et le maréchal de Saxe attendaient.";
    const people = mentionsOf(text, "fr", "people");
    assert.ok(people.includes("de Wellington") && people.includes("de Bismarck"), JSON.stringify(people));
    const places = mentionsOf(text, "fr", "places");
    assert.deepEqual([...places].sort(), ["Saxe", "Suède"]);
  });
  entities(fr, [
    { why: "a role word followed by 'de' heads a longer name, not a person's title", text: "S'adresser à la Société Générale de Crédit, rue Neuve.", none: ["people"] },
  ]);
});

describe("people: French lists of unknown single names", () => {
  it("three or more unknown names in a row are people", () => {
    const got = mentionsOf("Il faudra battre les as du club, Varenque, Doutrelle et Gamarin, avant la finale.", "fr", "people");
    assert.deepEqual([...got].sort(), ["Doutrelle", "Gamarin", "Varenque"]);
  });
  entities(fr, [
    { why: "a list holding a frequent word is not a list of people", text: "Les épreuves suivantes : saut en Hauteur, Disque, Varlope et Javeline.", none: ["people"] },
    { why: "a list holding a known place is not a list of people", text: "Le convoi passa par Lyon, Varenque et Doutrelle avant la nuit.", none: ["people"] },
  ]);
});

describe("people: faith and party words are no people", () => {
  entities(en, [
    { text: "The Zionist report was made public on Monday.", none: ["people"] },
    { text: "A group of Jews reached the port at dawn.", none: ["people"] },
    { text: "The Methodists and the Whigs met in the hall.", none: ["people"] },
    { why: "a real name is still a person", text: "The Quaker preacher Jane Koral said the hall was full.", people: ["Jane Koral"] },
  ]);
});

describe("people: French trade or title in apposition after a name", () => {
  entities(fr, [
    { text: "Faillites du jour. Varenque, marchand de vin, 12, rue Neuve.", people: ["Varenque"] },
    { text: "Les favoris sont nombreux, notamment Doutrelle, ancien champion de France, et d'autres.", people: ["Doutrelle"] },
    { text: "On a trouvé les papiers de Gamarin, le commandant de la place.", people: ["Gamarin"] },
    { why: "a known town before an apposition stays a place; a body noun is no trade", text: "Il est arrivé à Lyon, le maire l'attendait. Le projet de Varlonne, le conseil l'a rejeté.", none: ["people"] },
  ]);
});

describe("people: every name after a plural honorific", () => {
  it("'MM. X, Michelin, Y' are people, the tyre maker's name included", () => {
    const got = mentionsOf("Les délibérations de MM. Varenque, Michelin, Doutrelle et Gamarin restent secrètes.", "fr", "people");
    for (const w of ["Varenque", "Michelin", "Doutrelle", "Gamarin"]) assert.ok(got.includes(w), `${w} in ${JSON.stringify(got)}`);
  });
  it("without the honorific, a list with a firm is no list of people", () => {
    assert.ok(!mentionsOf("Les ventes de Renault, Michelin et Peugeot ont baissé.", "fr", "people").includes("Michelin"));
  });
});

describe("people: a person's surname that is also a town", () => {
  it("is the person where a name stands, the town after a preposition", () => {
    const text = "Senator Jane Marlow spoke first. Marlow told the BBC she would stay. She flew to Marlow on Monday.";
    const a = analyze(text, { lang: "en" });
    assert.deepEqual(a.people.map((p) => p.mentions.map((m) => m.start)), [[text.indexOf("Jane"), text.indexOf("Marlow told")]]);
    assert.deepEqual(a.places.flatMap((p) => p.mentions.map((m) => m.start)), [text.indexOf("Marlow on")]);
  });
  it("French: 'le prince de Bismarck ... Bismarck' is one person, 'à Bismarck' a place", () => {
    const text = "Le prince de Bismarck est arrivé. Bismarck a parlé longuement. Le train part ensuite à Bismarck.";
    const people = mentionsOf(text, "fr", "people");
    assert.ok(people.includes("de Bismarck") && people.includes("Bismarck"), JSON.stringify(people));
    assert.deepEqual(mentionsOf(text, "fr", "places"), ["Bismarck"]);
  });
});

describe("people: English titles alone and older offices", () => {
  entities(en, [
    { why: "'the Postmaster General reports' names nobody", text: "The Postmaster General reports a loss this year.", none: ["people"] },
    { why: "an older office heads a name", text: "The county auditor Jane Koral signed the certificate.", people: ["Jane Koral"] },
  ]);
});

// A source preposition before a name of two words is a reporting cue, as a verb is: a given name that is also a word
// or a town ("Mark", "Madison") before an unlisted surname stays a person there.
const afterSourcePreposition: EntityRow[] = [
  { why: "a name after 'according to' is a person's, also when its given name is a word or a town",
    text: "According to Mark Rodriguez, the bridge will reopen in May. According to Madison Okafor, it will not.",
    people: ["Mark Rodriguez", "Madison Okafor"] },
  { why: "must not match: a body, a firm or a place after 'according to' stays no person",
    text: "According to Statistics Canada, prices rose. According to Harbor Capital, they fell. According to New York police, nobody knows.",
    orgs: ["Statistics Canada", "Harbor Capital"], places: ["New York"],
    not: { people: ["Statistics Canada", "Harbor Capital", "New York"] } },
];
describe("entities: a name after a source preposition", () => { entities(en, afterSourcePreposition); });
