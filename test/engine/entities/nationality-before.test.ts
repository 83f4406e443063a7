// A nationality noun after a singular determiner, right before a name of two words or more, makes a person, as a role
// noun does ("l'Américain Lance Armstrong": "Lance" is also a verb, so the name's shape alone did not).
import { entities, en, fr, type EntityRow } from "../helpers/table";

const nationalityBefore: EntityRow[] = [
  { why: "a nationality noun before a given name that is also a word",
    text: "L'Américain Lance Dorsey a avoué s'être dopé. La Suédoise Rose Lindahl a gagné l'étape.",
    people: ["Lance Dorsey", "Rose Lindahl"], not: { people: ["Américain Lance Dorsey", "Suédoise Rose Lindahl"] } },
  { why: "must not match: a nationality noun before a place stays a place",
    text: "Le Français Marc Olier vit à New York. L'Italien a visité Buenos Aires.",
    people: ["Marc Olier"], places: ["New York", "Buenos Aires"], not: { people: ["New York", "Buenos Aires"] } },
];

// A surname that is also a nationality noun, after a given name, stays the surname ("Thierry Breton", "Dawn French").
const nationalitySurname: EntityRow[] = [
  { why: "a given name and a surname that is a nationality noun make one person",
    text: "Le commissaire Hugues Breton a déclaré que le texte passera. « Non », a répondu Paul Français. Les Bretons protestent.",
    people: ["Hugues Breton", "Paul Français"], not: { people: ["Hugues", "Paul", "Bretons"] } },
  { why: "must not match: a nationality noun after a place or a plain word stays out of the name",
    text: "Le club Lorient Breton n'existe pas. Le marin Breton a gagné.",
    not: { people: ["Breton", "marin Breton"] } },
];

const nationalitySurnameEn: EntityRow[] = [
  { why: "a given name and a surname that is a nationality word make one person",
    text: "Dawn French said the show would go on. Later, Michael Welsh told reporters he agreed.",
    people: ["Dawn French", "Michael Welsh"], not: { people: ["Dawn", "Michael"] } },
];

describe("entities: a nationality noun before a name (French)", () => { entities(fr, nationalityBefore); });
describe("entities: a surname that is a nationality noun", () => {
  entities(fr, nationalitySurname);
  entities(en, nationalitySurnameEn);
});
