// One capitalised word that the article also writes in lower case is that word, no name: old small ads and listings
// open their lines on capitals ("Bonnes références", "Exposition de peintures").
import { entities, fr, type EntityRow } from "../helpers/table";

const wordsAtOpenings: EntityRow[] = [
  { why: "an adjective opening an ad's line, written in lower case in another ad",
    text: "Lingère, 40 ans, cherche place. Bonnes références. Ecrire au journal. Valet de chambre, très bonnes références, demande emploi.",
    not: { people: ["Bonnes"] } },
  { why: "a noun opening the entries of a listing, in lower case further on",
    text: "Galerie du Lac : Exposition de gravures anciennes. Musée des beaux-arts : exposition de céramiques. Salle Bovy : Exposition, de 14 h. à 18 h.",
    not: { people: ["Exposition"] } },
  { why: "must not match: a surname the article gives in full stays a person, though it is also a word",
    text: "Pierre Marchand a été élu. Marchand a ajouté que le marchand de vin était absent.",
    people: ["Pierre Marchand", "Marchand"] },
  { why: "must not match: a given name written as a word elsewhere stays a person",
    text: "Rose a déclaré qu'elle partirait. Le jardin était plein de rose et de lilas.",
    people: ["Rose"] },
];

describe("entities: capitals on words the article writes in lower case (French)", () => { entities(fr, wordsAtOpenings); });
