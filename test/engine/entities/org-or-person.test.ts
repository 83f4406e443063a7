// An organisation followed by a verb is no person: the name's words, and how the whole article names it, decide.
import { entities, en, fr, type EntityRow } from "../helpers/table";

const acrossTheArticleEn: EntityRow[] = [
  { why: "a firm named in full once keeps its kind where only a verb follows its bare name",
    text: "Shares of Vardex SA fell on Monday. Vardex said it would cut 200 jobs, and Vardex's chairman resigned.",
    orgs: ["Vardex SA", "Vardex"], not: { people: ["Vardex"] } },
  { why: "the first word of a firm's full name, alone before a verb, is that firm",
    text: "The bid for Harlan Bancshares Inc. was raised. Harlan said it would study the offer.",
    orgs: ["Harlan Bancshares Inc", "Harlan"], not: { people: ["Harlan"] } },
  { why: "must not match: a surname the article gives a person keeps him a person, even beside a firm of that name",
    text: "Tom Vardex founded Vardex Holdings Ltd. in 1990. Vardex said he would retire.",
    people: ["Tom Vardex", "Vardex"], orgs: ["Vardex Holdings Ltd"] },
];

const nameWordsEn: EntityRow[] = [
  { why: "a frequent word inside the name makes an organisation, whatever verb follows",
    text: "Radio Blue said the police came on Friday.",
    orgs: ["Radio Blue"], not: { people: ["Radio Blue"] } },
  { why: "must not match: a given name and a surname that is also a word stay a person",
    text: "Mark Price said the beach was closed. Gordon Brown told reporters.",
    people: ["Mark Price", "Gordon Brown"], not: { orgs: ["Mark Price", "Gordon Brown"] } },
];

const nameWordsFr: EntityRow[] = [
  { why: "French: an association whose name holds a frequent word, followed by a verb, is an organisation",
    text: "Vigie Climat a annoncé une marche samedi.",
    orgs: ["Vigie Climat"], not: { people: ["Vigie Climat"] } },
  { why: "must not match: a given name before the verb keeps a person",
    text: "Pierre Lebrun a annoncé sa candidature. Claire Fontaine a déclaré son soutien.",
    people: ["Pierre Lebrun", "Claire Fontaine"], not: { orgs: ["Pierre Lebrun", "Claire Fontaine"] } },
];

const companyInsideFr: EntityRow[] = [
  { why: "French: a run that holds a known company's name, followed by a verb, is that company's longer name",
    text: "Nordis Peugeot Finance a annoncé mardi la vente de ses agences.",
    orgs: ["Nordis Peugeot Finance"], not: { people: ["Nordis Peugeot Finance"] } },
  { why: "must not match: a given name before the company's name keeps a person",
    text: "Louis Renault a déclaré que l'usine ouvrirait en mai.",
    people: ["Louis Renault"], not: { orgs: ["Louis Renault"] } },
];

describe("entities: organisation or person, over the whole article", () => { entities(en, acrossTheArticleEn); });
describe("entities: a frequent word inside a name before a verb", () => { entities(en, nameWordsEn); entities(fr, nameWordsFr); });
describe("entities: a known company's name inside a longer one before a verb", () => { entities(fr, companyInsideFr); });
