// A nationality noun after a singular determiner, right before a name of two words or more, makes a person, as a role
// noun does ("l'Américain Lance Armstrong": "Lance" is also a verb, so the name's shape alone did not).
import { entities, fr, type EntityRow } from "../helpers/table";

const nationalityBefore: EntityRow[] = [
  { why: "a nationality noun before a given name that is also a word",
    text: "L'Américain Lance Dorsey a avoué s'être dopé. La Suédoise Rose Lindahl a gagné l'étape.",
    people: ["Lance Dorsey", "Rose Lindahl"], not: { people: ["Américain Lance Dorsey", "Suédoise Rose Lindahl"] } },
  { why: "must not match: a nationality noun before a place stays a place",
    text: "Le Français Marc Olier vit à New York. L'Italien a visité Buenos Aires.",
    people: ["Marc Olier"], places: ["New York", "Buenos Aires"], not: { people: ["New York", "Buenos Aires"] } },
];

describe("entities: a nationality noun before a name (French)", () => { entities(fr, nationalityBefore); });
