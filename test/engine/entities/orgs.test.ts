// Organisations: teams in results tables and fixtures, branches, heads with their complement, lower-case heads.
import * as assert from "node:assert/strict";
import { names, entities, fr, en, type EntityRow } from "../helpers/table";

const tables: EntityRow[] = [
  { why: "results table: a club with its country followed by numbers is an organisation",
    text: "Group B standings:\nRiverton Rovers (Spain) 9 4 5 13\nBarcelona (Spain) 9 4 5 13\nAlba Berlin (Germany) 9 5 4 14", orgs: ["Riverton Rovers", "Barcelona", "Alba Berlin"], places: ["Spain", "Germany"],
    not: { places: ["Barcelona", "Alba Berlin"], people: ["Riverton Rovers", "Alba Berlin"] } },
  { why: "score lines: city names are clubs, countries stay places (national sides)",
    text: "Results on Saturday:\nFalkirk 1 Dundee 0\nGreenock Morton 2 Livingston 2\nScotland 1 Wales 0", orgs: ["Falkirk", "Dundee", "Greenock Morton", "Livingston"], places: ["Scotland", "Wales"],
    not: { places: ["Falkirk", "Dundee", "Livingston"], orgs: ["Scotland", "Wales"] } },
  { why: "standings: a name followed by three or more numbers is a team",
    text: "EASTERN DIVISION\nW L T PF PA\nBUFFALO 9 4 0 267 215\nINDIANAPOLIS 8 6 0 269 284", orgs: ["BUFFALO", "INDIANAPOLIS"], not: { places: ["BUFFALO", "INDIANAPOLIS"] } },
  { why: "athletes with their country are people, even with names no lexicon knows",
    text: "Men's 200 metres:\n1. Tamsir Oduya (Kenya) 20.02\n2. Wei Fenghe (China) 20.37\nQuarter-final: Jiri Novacek (Czech Republic) beat Kim Jong-un (U.S.) 6-3 6-4", people: ["Tamsir Oduya", "Wei Fenghe", "Jiri Novacek", "Kim Jong-un"],
    places: ["Kenya", "China", "Czech Republic", "U.S."], not: { orgs: ["Tamsir Oduya", "Jiri Novacek"] } },
  { why: "a number in prose after a name makes no table",
    text: "Attendance 33,000\nAustin 3 was the code name, Lloyd Austin said.", people: ["Lloyd Austin"], not: { orgs: ["Attendance", "Austin"] } },
];

describe("entities: results tables", () => { entities(en, tables); });

const fixturesEn: EntityRow[] = [
  { why: "a fixture line 'X AT Y' in capitals is two teams, not one name",
    text: "GAMES ON SUNDAY\nDENVER AT PORTLAND\nNY HAWKS AT BOSTON\n",
    orgs: ["DENVER", "PORTLAND", "NY HAWKS", "BOSTON"], not: { people: ["DENVER AT PORTLAND", "NY HAWKS AT BOSTON"] } },
  { why: "a city in brackets after a player is the club (English); a country stays a place",
    text: "Squad: Tomas Vela (Porto), Ivo Marek (Lyon), Geir Alstad (Norway).",
    people: ["Tomas Vela", "Ivo Marek"], orgs: ["Porto", "Lyon"], places: ["Norway"], not: { places: ["Porto", "Lyon"] } },
  { why: "'at' in running text does not split a name",
    text: "Officials met at Boston City Hall on Friday.", not: { orgs: ["Boston"] } },
];
const fixturesFr: EntityRow[] = [
  { why: "French: a town in brackets after a person stays a place",
    text: "Les travaux de M. Paul Dufaux (Genève) sur la flore.",
    people: ["Paul Dufaux"], places: ["Genève"], not: { orgs: ["Genève"] } },
];

describe("entities: fixtures and clubs", () => { entities(en, fixturesEn); entities(fr, fixturesFr); });

const rolesTeamsDates: EntityRow[] = [
  { why: "a role noun alone, hyphenated or not, is no name; an organisation head alone stays an organisation",
    text: "Vice-president says the toll will rise. The decision of the Court was final.",
    orgs: ["Court"], not: { people: ["Vice-president", "Court"] } },
  { why: "an abbreviated month before a day number is a date, not a person",
    text: "Ann Brill was appointed on Feb. 5 and left on Sept. 30.",
    people: ["Ann Brill"], not: { people: ["Feb", "Sept"] } },
  { why: "a plural name heading a role and a name is a team",
    text: "The trade brings a player long sought by Falcons president Masai Ojo. Ravens coach Tim Bray agreed.",
    people: ["Masai Ojo", "Tim Bray"], orgs: ["Falcons", "Ravens"], not: { people: ["Falcons", "Ravens"] } },
  { why: "a singular surname before a role noun stays a person cue",
    text: "Officials said Clinton adviser Mark Penn would attend.",
    people: ["Mark Penn"], not: { orgs: ["Clinton"] } },
];

describe("entities: roles, teams and dates", () => { entities(en, rolesTeamsDates); });

const branchesAndArticles: EntityRow[] = [
  { why: "words closed by a country name are an organisation's branch, not a person",
    text: "Lena Ortiz, director of Clean Lakes Canada, is hopeful.",
    people: ["Lena Ortiz"], orgs: ["Clean Lakes Canada"], not: { people: ["Clean Lakes Canada", "Lakes Canada"] } },
  { why: "a given name before a country name, or a sentence-initial word, or a place head, is no branch",
    text: "Initially Poland agreed. The plane fell south of Tarawa Island.",
    not: { orgs: ["Initially Poland", "Tarawa Island"] } },
  { why: "an Arabic article joined to a surname stays inside the name",
    text: "The crackdown ordered by President Bashir al-Hamad ended the talks.",
    people: ["Bashir al-Hamad"], not: { people: ["Bashir"] } },
  { why: "boilerplate lines are no names",
    text: "Jo Ray opened a shop.\n\nArticle Continued Below\n\nThe shop sells beer.",
    people: ["Jo Ray"], not: { people: ["Article Continued Below", "Below", "Continued Below"] } },
];

describe("entities: branches, Arabic articles and boilerplate", () => { entities(en, branchesAndArticles); });

const firmHeadsEn: EntityRow[] = [
  { why: "a firm's head word closing the name (health, capital, mutual, labs, therapeutics) makes an organisation that acts",
    text: "Shares fell on Monday. Velia Health declined to comment. Brightline Capital and Atlantic Mutual said they would wait. Quorra Labs sold its stake.",
    orgs: ["Velia Health", "Brightline Capital", "Atlantic Mutual", "Quorra Labs"],
    not: { people: ["Velia Health", "Brightline Capital", "Atlantic Mutual", "Quorra Labs"] } },
  { why: "must not match: a person whose surname is no firm word stays a person",
    text: "Shares fell on Monday. Velia Hart declined to comment, and Brian Capitol said he would wait.",
    people: ["Velia Hart", "Brian Capitol"] },
];
describe("entities: a firm's head word closing its name", () => { entities(en, firmHeadsEn); });

describe("French: lower-case heads around a name", () => {
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
      const n = names(text, fr, ["people", "orgs"]);
      assert.deepEqual(n.people, people);
      assert.deepEqual(n.orgs, orgs);
    });
  }
});

describe("organisations: an English head takes in its 'of' complement", () => {
  entities(en, [
    { text: "Rates were cut by the Bank of Brevonia on Monday.", orgs: ["Bank of Brevonia"], not: { places: ["Brevonia"] } },
    { text: "Students of the University of Quambury protested.", orgs: ["University of Quambury"], not: { places: ["Quambury"] } },
    { text: "The Senate of the United States adjourned.", orgs: ["Senate of the United States"], not: { places: ["United States"] } },
    { why: "a person's 'of' is no organisation", text: "Jane Koral of Toronto said the plan was sound.", none: ["orgs"] },
  ]);
});
