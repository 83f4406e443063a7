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
  { why: "a firm's officer after its possessive name makes the bare name before a verb that firm",
    text: "Veltron said sales rose 5 percent. Veltron's chief executive, Tom Reed, resigned.",
    orgs: ["Veltron"], people: ["Tom Reed"], not: { people: ["Veltron"] } },
  { why: "a firm's officer before \"of\" and the name, or its headquarters, likewise",
    text: "Korvane said sales fell. Dravko said the mine would close. The chairman of Korvane left. Dravko's headquarters are in Riga.",
    orgs: ["Korvane", "Dravko"], not: { people: ["Korvane", "Dravko"] } },
  { why: "a relative \"which\" after the bare name takes up a body, never a person",
    text: "Veltron, which makes chips in Ohio, said sales rose. Veltron said later it would cut jobs.",
    orgs: ["Veltron"], not: { people: ["Veltron"] } },
  { why: "must not match: \"which\" after a person's surname takes up the clause, and \"who\" a person",
    text: "Tom Varn runs the mill. Officials thanked Varn, which pleased the crowd. Kelda, who runs the inn, said sales rose.",
    people: ["Tom Varn", "Varn"], not: { orgs: ["Varn", "Kelda"] } },
  { why: "must not match: a leader's chief of staff or chief spokesman is no firm's officer",
    text: "Trump said the deal was good. Trump's chief of staff resigned. Putin said the talks failed. Putin's chief spokesman agreed.",
    people: ["Trump", "Putin"], not: { orgs: ["Trump", "Putin"] } },
];

const acrossTheArticleFr: EntityRow[] = [
  { why: "French: a firm's officers or staff before \"de\" and the bare name make it that firm where a verb follows it",
    text: "Veltron a annoncé une hausse des ventes. Le PDG de Veltron, Jean Roux, a démissionné. Korvane a confirmé la fermeture. Les salariés de Korvane ont manifesté.",
    orgs: ["Veltron", "Korvane"], people: ["Jean Roux"], not: { people: ["Veltron", "Korvane"] } },
  { why: "must not match: a surname the article gives a person with a given name stays hers",
    text: "Jean Dupont a annoncé sa retraite. Les salariés de Dupont ont applaudi.",
    people: ["Jean Dupont", "Dupont"], not: { orgs: ["Dupont"] } },
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

describe("entities: organisation or person, over the whole article", () => { entities(en, acrossTheArticleEn); entities(fr, acrossTheArticleFr); });
describe("entities: a frequent word inside a name before a verb", () => { entities(en, nameWordsEn); entities(fr, nameWordsFr); });
describe("entities: a known company's name inside a longer one before a verb", () => { entities(fr, companyInsideFr); });

const headBeforeFr: EntityRow[] = [
  { why: "a civil-society head before the name makes an organisation, also where the bare name acts later",
    text: "L'ONG Terre Solidaire a dénoncé le projet. Plus tard, Terre Solidaire a annoncé une plainte.",
    orgs: ["Terre Solidaire"], not: { people: ["Terre Solidaire"] } },
  { why: "a collective, a cooperative",
    text: "Le collectif Rivières Vivantes a déclaré que le barrage était illégal. La coopérative Blés Dorés a protesté.",
    orgs: ["Rivières Vivantes", "Blés Dorés"], not: { people: ["Rivières Vivantes", "Blés Dorés"] } },
  { why: "a body's head in capitals opening the name: a bank, a foundation, a mutual insurer",
    text: "Les actions ont chuté lundi. Banque Méridia a annoncé 200 suppressions d'emplois. Fondation Arbelle a protesté, et Mutuelle Atlantique a suivi.",
    orgs: ["Banque Méridia", "Fondation Arbelle", "Mutuelle Atlantique"], not: { people: ["Banque Méridia", "Fondation Arbelle", "Mutuelle Atlantique"] } },
  { why: "must not match: a person after a role noun or on her own stays a person when she denounces",
    text: "L'actrice Marie Dubois a dénoncé le harcèlement. Jean Lefort a dénoncé le projet. La présidente de l'association, Claire Martin, a protesté.",
    people: ["Marie Dubois", "Jean Lefort", "Claire Martin"], not: { orgs: ["Marie Dubois", "Jean Lefort", "Claire Martin"] } },
];

const titleAfterArticleFr: EntityRow[] = [
  { why: "a capitalised word after a singular definite article is a title or a body, no person",
    text: "Le Moniteur vient de trancher. Hier, le Moniteur a révélé un scandale.", not: { people: ["Moniteur"] } },
  { why: "must not match: a known surname, a given name and a full name stay people",
    text: "Le Pen a réagi. Hier, Martin a répondu. Marie Dubois a confirmé.", people: ["Marie Dubois"] },
];

describe("entities: an organisation head before the name (French)", () => { entities(fr, headBeforeFr); });
describe("entities: a title after a definite article (French)", () => { entities(fr, titleAfterArticleFr); });

const headBeforeEn: EntityRow[] = [
  { why: "a charity, a nonprofit, a campaign group before the name: an organisation that acts",
    text: "The charity Harbour Light said it would close two shelters. Harbour Light added that funding had dried up. The nonprofit Clear Water Alliance warned of pollution. The campaign group Fair Streets said the plan was flawed.",
    orgs: ["Harbour Light", "Clear Water Alliance", "Fair Streets"], not: { people: ["Harbour Light", "Clear Water Alliance", "Fair Streets"] } },
  { why: "must not match: the head's possessive, then a founder's name, stays a person",
    text: "The charity's founder Anna Kessler said the shelters would close.", people: ["Anna Kessler"], not: { orgs: ["Anna Kessler"] } },
];

describe("entities: an organisation head before the name (English)", () => { entities(en, headBeforeEn); });
