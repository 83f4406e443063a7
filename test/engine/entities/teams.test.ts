// Teams and firms named after their towns: the words around the town, and the whole article, make it an organisation.
import { entities, en, type EntityRow } from "../helpers/table";

const teamsEn: EntityRow[] = [
  { why: "a fixture 'X v Y' names two teams",
    text: "Postponed: Dunfermline v Kilmarnock, and Arbroath v Montrose on Tuesday.",
    orgs: ["Dunfermline", "Kilmarnock", "Arbroath", "Montrose"], not: { places: ["Dunfermline", "Kilmarnock"] } },
  { why: "a town with a score and its scorers in prose is a team",
    text: "On Saturday: Arsenal 2 (Adams 45) Derby 2 (Sturridge 62). Leicester 1 (Marshall 78) Blackburn 1 (Sutton 34).",
    orgs: ["Derby", "Leicester", "Blackburn"], not: { places: ["Derby", "Blackburn"] } },
  { why: "a town or region before a sports position is the team; a state and 'State' is a university",
    text: "Surrey all-rounder Adam Hollings was named. Porto central defender Joao Manso is out. Ohio State left tackle Orlin Pace won.",
    orgs: ["Surrey", "Porto", "Ohio State"], people: ["Adam Hollings", "Joao Manso", "Orlin Pace"], not: { places: ["Surrey", "Porto"] } },
  { why: "must not match: a country with a score or a position stays a place (national sides); towns in prose stay places",
    text: "Scotland 1 (Gallacher 12) Wales 0. England batsman Graham Lloyd returned. He flew from Derby to Porto on Monday.",
    places: ["Scotland", "Wales", "England", "Derby", "Porto"], not: { orgs: ["Scotland", "England", "Derby", "Porto"] } },
];

const firmsEn: EntityRow[] = [
  { why: "a town's name that the article makes a firm is that firm where it stands in no place's slot",
    text: "The Polish brewer Zalesie reported a loss. Zalesie is 30 percent owned by a Dutch group, and analysts expect Zalesie to recover.",
    orgs: ["Zalesie"], not: { places: ["Zalesie"] } },
  { why: "must not match: the same town after a preposition, or in a dateline, stays a place",
    text: "GDANSK 1996-12-06\nThe brewer Gdansk reported a loss. Its plant in Gdansk employs 900 people.",
    places: ["Gdansk", "GDANSK"] },
];

const pluralTeamsEn: EntityRow[] = [
  { why: "a capitalised plural after 'the' in a match report is a team",
    text: "The Hornets beat the Falcons 6-4 on Sunday. The loss was the Falcons' eighth straight.",
    orgs: ["Hornets", "Falcons"], not: { people: ["Hornets", "Falcons"] } },
  { why: "must not match: a family or a people outside a match report, and a demonym",
    text: "The Kessners moved to Ohio last year. The Germans said the talks would resume.",
    not: { orgs: ["Kessners", "Germans"] } },
];

const desksEn: EntityRow[] = [
  { why: "an agency's desk in a credit line is an organisation, its reporter a person",
    text: "Prices were steady, a trader said.\n-- Jim Harlow, Riverton Newsroom +44 171 542 8062",
    orgs: ["Riverton Newsroom"], not: { people: ["Riverton Newsroom"] } },
];

describe("entities: plural teams and agency desks", () => { entities(en, pluralTeamsEn); entities(en, desksEn); });
describe("entities: teams named after their towns", () => { entities(en, teamsEn); });
describe("entities: firms named after their towns, over the whole article", () => { entities(en, firmsEn); });
