// A name no lexicon knows, in running prose, is a person in French as in English; listings are not prose.
import { entities, fr, type EntityRow } from "../helpers/table";

const shapeFr: EntityRow[] = [
  { why: "two unknown capitalised words in prose, with no cue nearby",
    text: "Le portefeuille a été confié au banquier Vassilos Rapanidis qui sera assisté par Kiriakos Stamoulis, nommé vice-ministre.",
    people: ["Vassilos Rapanidis", "Kiriakos Stamoulis"] },
  { why: "an unknown name opening a sentence, followed by a verb in the future",
    text: "Tekawi Onkwehonwe sera canonisée le 21 octobre. La cérémonie aura lieu à Rome.",
    people: ["Tekawi Onkwehonwe"], places: ["Rome"] },
  { why: "must not match: names in a listing with prices, after an article, or holding an honorific or a verb",
    text: "Cours : Ampex 22.10 Baltard Verrine 40.50 41.20. Il lit la Wolnaer Rundblatt chaque matin. Ecrire Mme Rivol, 28, rue Haute. — Est-il Jésus ? demanda-t-il.",
    not: { people: ["Baltard Verrine", "Wolnaer Rundblatt", "Ecrire Mme", "Ecrire", "Est-il Jésus"] } },
  { why: "must not match: a frequent word written with an unaccented capital E opens no name, even before initials",
    text: "Jeune fille sérieuse demande travail. Ecrire C. M., 10, rue Taitbout. Etre présent le matin.",
    not: { people: ["Ecrire C. M.", "Ecrire", "Etre"] } },
  { why: "a preposition opening the sentence before a given name that is also a town is prose",
    text: "Selon Florence Gauthier, le pont rouvrira en mai. Pour Victoria Morel, « c'est trop tard ».",
    people: ["Florence Gauthier", "Victoria Morel"], not: { places: ["Florence"] } },
  { why: "must not match: an article or \"En\" opening the sentence keeps a title or a place",
    text: "La Gazette Rennaise paraît le lundi. En Victoria Occidentale, il pleut.",
    not: { people: ["Gazette Rennaise", "Victoria Occidentale"] } },
  { why: "a Chinese family name of two letters before a known given name, with no cue nearby",
    text: "La réunion s'est terminée tard. Xi Jinping a quitté la salle, puis Li Qiang a rejoint l'hôtel.",
    people: ["Xi Jinping", "Li Qiang"] },
  { why: "must not match: two letters before a word that is no given name stay out",
    text: "La réunion s'est terminée tard. Le Monde a quitté la salle. Ni Dieu ni maître, disait-il.",
    not: { people: ["Le Monde", "Ni Dieu"] } },
  { why: "an age after the name is no listing's figure",
    text: "Florence Gauthier, 54 ans, raconte sa nuit. Victoria Morel, 31 ans, a tout perdu.",
    people: ["Florence Gauthier", "Victoria Morel"], not: { places: ["Florence"] } },
  { why: "a first name with a capital E stays a name",
    text: "Le portefeuille a été confié à Etienne Rapanidis, qui sera assisté par Emile Stamoulis.",
    people: ["Etienne Rapanidis", "Emile Stamoulis"] },
];

describe("entities: French people by the shape of their name", () => { entities(fr, shapeFr); });
