// A place that stands for the body seated there stays a place: a street ("Downing Street said", "Wall Street fell"),
// a city-state ("the Vatican said"), a region whose last word is also an organisation head ("the West Bank").
import { entities, en, type EntityRow } from "../helpers/table";

const placesEn: EntityRow[] = [
  { why: "a region whose last word is an organisation head",
    text: "Palestinians in the West Bank observed a strike. Settlers in the West Bank protested.",
    places: ["West Bank"], not: { orgs: ["West Bank"] } },
  { why: "a city-state that speaks",
    text: "Relations between Warsaw and the Vatican have improved. The Vatican said on Friday it welcomed the treaty.",
    places: ["Vatican", "Warsaw"], not: { orgs: ["Vatican"] } },
  { why: "streets that stand for a government or a market",
    text: "A spokesman in Downing Street said the talks would go on. Analysts said Wall Street had grown used to it.",
    places: ["Downing Street", "Wall Street"], not: { orgs: ["Downing Street", "Wall Street"] } },
  { why: "must not match: a bank named after a place and a firm named after a street stay organisations",
    text: "The World Bank said growth would slow. Shares of the Wall Street Journal's owner rose. Deutsche Bank said it would cut jobs.",
    orgs: ["World Bank", "Wall Street Journal", "Deutsche Bank"] },
];

describe("entities: places that stand for the body seated there (English)", () => { entities(en, placesEn); });
