// French bodies named with lower-case words inside: the name goes on through its adjectives and "de" complements.
import { entities, fr, type EntityRow } from "../helpers/table";

const bodies: EntityRow[] = [
  { why: "a body's head, its adjective and a 'des' complement",
    text: "L'Office national des pêches a lancé un appel. Selon l'Agence fédérale de la navigation, le trafic reprend.",
    orgs: ["Office national des pêches", "Agence fédérale de la navigation"] },
  { why: "two complements and a demonym adjective",
    text: "La Cour européenne des droits de l'enfant a condamné l'État. La Commission européenne a réagi.",
    orgs: ["Cour européenne des droits de l'enfant", "Commission européenne"] },
  { why: "must not match: a verb after the head is no part of the name",
    text: "Le Conseil a décidé mardi. Le Comité annonce sa dissolution.",
    not: { orgs: ["Conseil a décidé", "Comité annonce"] } },
];

describe("entities: bodies named with lower-case words (French)", () => { entities(fr, bodies); });

const countryClosed: EntityRow[] = [
  { why: "a country after a lower-case adjective closes a body's name, at a sentence start too",
    text: "Santé publique France a publié mardi son bilan. Les chiffres de Santé publique France montrent une hausse.",
    orgs: ["Santé publique France"], not: { places: ["France"] } },
  { why: "a body's head opening a sentence, its adjective, 'de' and a country",
    text: "Réseau ferré de France a annoncé des travaux. Hier, Réseau ferré de France a confirmé.",
    orgs: ["Réseau ferré de France"], not: { orgs: ["Réseau"], places: ["France"] } },
  { why: "one hyphenated word closed by a country is a national body",
    text: "Selon Météo-France, les orages dureront. Radio-Canada a confirmé la nouvelle.",
    orgs: ["Météo-France", "Radio-Canada"], not: { people: ["Météo-France"], places: ["Météo-France"] } },
  { why: "must not match: a given name, a land, a loan and a country alone",
    text: "Marie-France a confirmé. La Nouvelle-France fut cédée. L'Emprunt royal d'Espagne monte. Paris reste favorable à la France.",
    places: ["France"], not: { orgs: ["Marie-France", "Nouvelle-France", "Emprunt royal d'Espagne", "France"] } },
];

describe("entities: a body's name closed by a country (French)", () => { entities(fr, countryClosed); });
