// A family name that alone names one famous person ("Staline", "Bismarck", "Merkel", lexicon/data/famous.ts) is a
// person with no cue near, even where a town bears it; the town, the street, the car and the longer name keep theirs.
import { en, entities, fr, type EntityRow } from "../helpers/table";

const french: EntityRow[] = [
  { why: "two statesmen joined by 'et', no verb or title near",
    text: "Le journal revient sur la conférence. Roosevelt et Churchill y tenaient la première place.",
    people: ["Roosevelt", "Churchill"] },
  { why: "a 'de' complement naming a chancellor and a general outweighs the towns of those names",
    text: "Le discours de Bismarck fut lu devant la Chambre. Le plan de Moltke échoua.",
    people: ["Bismarck", "Moltke"], not: { places: ["Bismarck"] } },
  { why: "thinkers named as objects of a verb, one of them a town too",
    text: "Le soir, on lit Kant avec plaisir et l'on relit Montaigne.",
    people: ["Kant", "Montaigne"], not: { places: ["Kant", "Montaigne"] } },
  { why: "modern leaders at the head of a sentence",
    text: "Poutine et Zelensky se sont parlé au téléphone mardi.",
    people: ["Poutine", "Zelensky"] },
  { why: "after 'à' a famous name that is no town stays the person",
    text: "Le ministre écrivit à Hitler une lettre restée sans réponse.",
    people: ["Hitler"], not: { places: ["Hitler"] } },
  { why: "must not match: a street named after the statesman is a place",
    text: "Il habite rue Thiers depuis dix ans.",
    places: ["Thiers"], not: { people: ["Thiers"] } },
  { why: "must not match: the town after 'à' stays the town",
    text: "Le cortège arrive à Thiers demain matin.",
    places: ["Thiers"], not: { people: ["Thiers"] } },
  { why: "must not match: a country that bears a president's name stays the country, after 'de' too",
    text: "Il part en Hollande demain. Les tulipes de Hollande sont belles.",
    places: ["Hollande"], not: { people: ["Hollande"] } },
  { why: "a title before the name still makes the president",
    text: "Le président Hollande a reçu les maires.",
    people: ["Hollande"], not: { places: ["Hollande"] } },
  { why: "must not match: after an article the name is a thing (a car, a museum)",
    text: "Il conduit une Lincoln. Nous avons visité le Centre Pompidou.",
    not: { people: ["Lincoln", "Pompidou", "Centre Pompidou"] } },
  { why: "must not match: a school or a ship named after a person is no person",
    text: "Il est élève au lycée Victor-Hugo. Le porte-avions Charles-de-Gaulle est parti.",
    not: { people: ["Victor-Hugo", "Charles-de-Gaulle"] } },
];

const english: EntityRow[] = [
  { why: "presidents named alone after a verb",
    text: "The historian met Garfield and McKinley in his book.",
    people: ["Garfield", "McKinley"] },
  { why: "leaders at the head of a sentence",
    text: "Putin and Zelensky spoke on Tuesday.",
    people: ["Putin", "Zelensky"] },
  { why: "must not match: the town after 'in' stays the town",
    text: "She has lived in Bismarck since 2010.",
    places: ["Bismarck"], not: { people: ["Bismarck"] } },
  { why: "must not match: a longer name that holds the surname is no lone person",
    text: "They raced at Churchill Downs. He lives in Nelson Mandela Bay.",
    places: ["Nelson Mandela Bay"], not: { people: ["Churchill", "Mandela"] } },
];

describe("entities: famous people named by the surname alone", () => {
  entities(fr, french);
  entities(en, english);
});
