// "St" before a capitalised name abbreviates "Saint", with or without its dot: a town, a club or a church, no person.
import { entities, en, type EntityRow } from "../helpers/table";

const saintsEn: EntityRow[] = [
  { why: "British style writes 'St' without a dot: the name after it is no person",
    text: "Results: Partick 1 St Mirren 1\nPostponed: Stirling v St Johnstone.\nHe grew up in St Albans.",
    not: { people: ["Mirren", "Johnstone", "Albans", "St Mirren", "St Johnstone", "St Albans"] } },
  { why: "a saint's town in capitals without a dot, in a fixtures line",
    text: "SUNDAY, DECEMBER 8\nST LOUIS AT CHICAGO", not: { people: ["LOUIS", "ST LOUIS"] } },
  { why: "must not match: a person's title stays a title, and 'Main St' after a name is a street",
    text: "Dr Helen Marsh said the clinic on Main St would close.", people: ["Helen Marsh"], not: { people: ["Main St"] } },
];

describe("entities: saints' names without a dot", () => { entities(en, saintsEn); });
