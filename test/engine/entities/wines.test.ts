// Wines named after their land (lang/fr/wines.ts): a place's name before the wine's colour or style is the wine.
import { entities, fr, type EntityRow } from "../helpers/table";

const rows: EntityRow[] = [
  { why: "a region's or a town's name before a wine's colour or style is the wine, no place",
    text: "Cave bien assortie : Champagne blanc et rosé, Bourgogne mousseux, Bordeaux rouge, à prix modérés.",
    none: ["places"] },
  { why: "must not match: the same names elsewhere, or before a comma, stay places; a person before a colour stays a person",
    text: "Il vit en Champagne depuis dix ans. Le drapeau de la Suisse, rouge et blanc, flotte. Hier M. Durand rouge de colère est sorti.",
    places: ["Champagne", "Suisse"], people: ["Durand"] },
];

describe("entities: wines named after their land", () => { entities(fr, rows); });
