// French bodies named with a country or a town: national bodies and branches ("Météo France"), clubs ("l'Impact de Montréal").
import { entities, fr, type EntityRow } from "../helpers/table";

const bodiesFr: EntityRow[] = [
  { why: "capitalised words closed by a country's name make a national body or branch, even before a verb",
    text: "Hier, Météo France a placé la Corse en vigilance orange. Contrairement à Wikimedia Belgique, l'association est jeune.",
    orgs: ["Météo France", "Wikimedia Belgique"], not: { people: ["Météo France", "Wikimedia Belgique"] } },
  { why: "a masculine article, a capitalised common noun, 'de' and a town make a club",
    text: "Les dirigeants de l'Impact de Montréal présentaient leur bilan. Le Stade de Reims a gagné.",
    orgs: ["Impact de Montréal"], not: { people: ["Impact de Montréal", "Stade de Reims"] } },
  { why: "a hospital or a school named after someone is an organisation",
    text: "Un service a été mis en place à l'hôpital Sao Joao, près du lycée Camille Sée.",
    orgs: ["Sao Joao", "Camille Sée"], not: { people: ["Sao Joao", "Camille Sée"] } },
  { why: "must not match: an event with a country keeps the country a place; a person named like a country stays one",
    text: "Le Tour de France partira de Lille. Le Tour d'Italie commence demain. Anatole France a écrit ce roman.",
    places: ["Lille"], people: ["Anatole France"], not: { orgs: ["Tour de France", "Tour d'Italie", "Anatole France"] } },
];

describe("entities: French national bodies and clubs", () => { entities(fr, bodiesFr); });
