// English lower-case heads around an organisation's name, and capitalised headings that name nothing.
import { entities, en, type EntityRow } from "../helpers/table";

const headsEn: EntityRow[] = [
  { why: "a lower-case head right before the name makes an organisation, even when a verb follows",
    text: "The news agency Vestrap reported the fire. The mineral water firm Calderon said it would bid. Officials at the brokerage Hollins agreed.",
    orgs: ["Vestrap", "Calderon", "Hollins"], not: { people: ["Vestrap", "Calderon", "Hollins"] } },
  { why: "a news head right after the name makes an organisation",
    text: "The Dziennik Morski daily said on Monday that talks failed. He told the Tarrow Gazette newspaper.",
    orgs: ["Dziennik Morski", "Tarrow Gazette"], not: { people: ["Dziennik Morski"] } },
  { why: "must not match: a given name after the head stays a person, a possessive before the head too",
    text: "The group Anna Reyes founded grew. Maria Lopez's newspaper column ran on Sunday.",
    people: ["Anna Reyes", "Maria Lopez"], not: { orgs: ["Anna Reyes", "Maria Lopez"] } },
];

const headingsEn: EntityRow[] = [
  { why: "a sport heading in capitals names no organisation",
    text: "SOCCER - LEADING SCORERS IN DUTCH LEAGUE.\nRUGBY UNION - TEAM NAMED.\nTENNIS - RESULTS.", none: ["orgs"] },
  { why: "a frequent word in capitals is no acronym",
    text: "RESULT\nTOTAL\nThe ACCESS code changed.", none: ["orgs", "people"] },
  { why: "must not match: a real acronym, and a league known by its initials, stay organisations",
    text: "The NFL said the game would go ahead. NATO and the IMF agreed.", orgs: ["NFL", "NATO", "IMF"] },
];

describe("entities: English organisation heads", () => { entities(en, headsEn); });
describe("entities: headings in capitals", () => { entities(en, headingsEn); });
