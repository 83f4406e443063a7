// What a name's context says across the article: a name after "X of" where X is a person is where that person works
// ("Sanam Vakil of Chatham House"), never a person with a role; a firm's figures after its name ("Comelf's six-month
// output rose"); a known organisation followed by a country is its national branch ("Greenpeace France"); in French,
// a role's "de" complement is the body of the role ("le directeur général de Renault a salué"), no person "de Renault".
import { entities, en, fr, type EntityRow } from "../helpers/table";

const affiliationEn: EntityRow[] = [
  { why: "a name after a person and 'of' is where the person works",
    text: "Analyst Sanam Vakil of Chatham House said the visit mattered. Professor Jane Roe of Hartley Partners said prices would rise.",
    people: ["Sanam Vakil", "Jane Roe"], orgs: ["Chatham House", "Hartley Partners"], not: { people: ["Chatham House", "Hartley Partners"] } },
  { why: "must not match: a place after a person and 'of' stays a place",
    text: "Senator Tom Hale of Ohio said the bill would pass. John Miller of London told reporters he was pleased.",
    people: ["Tom Hale", "John Miller"], places: ["Ohio", "London"] },
];

const firmFiguresEn: EntityRow[] = [
  { why: "a firm's output or profit after its possessive name",
    text: "Comelf's six-month output rose to 4 billion lei. Vendex's net profit fell 12 percent. Comelf said it would hire.",
    orgs: ["Comelf", "Vendex"], not: { people: ["Comelf", "Vendex"] } },
  { why: "must not match: a person's possessive before a noun stays a person",
    text: "Tom Baxter's six-month suspension ended. Anna Kowal's net worth was never disclosed.",
    people: ["Tom Baxter", "Anna Kowal"] },
];

const branchFr: EntityRow[] = [
  { why: "a known organisation followed by a country is its national branch",
    text: "Greenpeace France a réclamé un plan d'adaptation. Amnesty International France a dénoncé les arrestations.",
    orgs: ["Greenpeace France"], not: { people: ["Greenpeace France", "Amnesty International France"] } },
  { why: "a role's 'de' complement is the body, not a person",
    text: "Le patron de Renault, Luca Ferri, a présenté ses résultats. Le directeur général de Renault a salué une année record.",
    people: ["Luca Ferri"], not: { people: ["de Renault", "Renault"] } },
  { why: "must not match: a name with its particle after a given name stays a person",
    text: "Le ministre, Dominique de Villepin, a déclaré que la France s'opposerait. Charles de Gaulle avait dit non.",
    people: ["Dominique de Villepin", "Charles de Gaulle"] },
];

describe("entities: where a person works, after 'of' (English)", () => { entities(en, affiliationEn); });
describe("entities: a firm's figures after its name (English)", () => { entities(en, firmFiguresEn); });
describe("entities: branches and a role's body (French)", () => { entities(fr, branchFr); });
