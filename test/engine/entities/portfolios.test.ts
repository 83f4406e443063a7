// Portfolios: the capitalised field of an office ("ministre de la Défense") is part of the title, never a person.
import { entities, fr, type EntityRow } from "../helpers/table";

const frenchPortfolios: EntityRow[] = [
  { why: "a nationality between the minister and the portfolio",
    text: "Le ministre chinois de la Défense, Li Qiang, a reçu son homologue. Le ministre iranien des Affaires étrangères est venu.",
    people: ["Li Qiang"], not: { people: ["Défense", "Affaires étrangères", "Affaires"] }, none: ["orgs"] },
  { why: "a lower-case adjective of office between the minister and the portfolio",
    text: "La ministre déléguée de l'Industrie a parlé. Le ministre fédéral des Finances, Paul Ravel, a répondu.",
    people: ["Paul Ravel"], not: { people: ["Industrie", "Finances"] } },
  { why: "must not match: a person after a nationality is still a person, and a place after a minister stays a place",
    text: "Le ministre chinois Wang Lei est arrivé. Le ministre français de Lyon a parlé. Il a vu le Français Marc Dubreuil.",
    people: ["Wang Lei", "Marc Dubreuil"], places: ["Lyon"] },
];

describe("entities: French portfolios after a minister", () => { entities(fr, frenchPortfolios); });

const holderAfterPortfolio: EntityRow[] = [
  { why: "the holder's name right after the portfolio, with no comma, stays a person",
    text: "Le ministre de la Défense Paul Girard a démissionné. La ministre de la Culture Claire Martin l'a remplacé.",
    people: ["Paul Girard", "Claire Martin"], not: { people: ["Défense Paul Girard", "Culture Claire Martin", "Défense", "Culture"] } },
  { why: "must not match: a portfolio alone names nobody",
    text: "Le ministre de la Défense a parlé. La ministre de la Culture Moderne a répondu.", none: ["people"] },
];

describe("entities: a holder's name after a French portfolio", () => { entities(fr, holderAfterPortfolio); });
