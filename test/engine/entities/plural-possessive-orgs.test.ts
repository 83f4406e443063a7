// A plural's apostrophe inside an organisation's name ("Residents' Association", "Farmers' Union") stays in the name;
// in lower case ("the workers' union") it names nothing.
import { entities, en, type EntityRow } from "../helpers/table";

const rows: EntityRow[] = [
  { why: "a plural's apostrophe inside an organisation's name keeps the name whole",
    text: "\"We were never asked,\" said Maria Santos, who heads the Eglinton West Residents' Association.",
    people: ["Maria Santos"], orgs: ["Eglinton West Residents' Association"], not: { orgs: ["Association"] } },
  { text: "The National Farmers' Union backed the levy on Tuesday.", orgs: ["National Farmers' Union"], not: { orgs: ["Union"] } },
  { why: "a curly apostrophe, and the name opening the sentence",
    text: "Teachers’ Federation leaders met the minister on Friday.", orgs: ["Teachers’ Federation"], not: { orgs: ["Federation"] } },
  { text: "A spokesman for the Harbourside Veterans' Legion said the hall would reopen.", orgs: ["Harbourside Veterans' Legion"] },
  // Must not: a lower-case plural possessive names nothing.
  { why: "a lower-case plural possessive names no organisation",
    text: "The workers' union said it would strike, and the ministers' meeting was put off.", none: ["orgs", "people"] },
];

describe("entities: a plural's apostrophe inside an organisation's name", () => { entities(en, rows); });
