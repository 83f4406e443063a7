// The complement of a role runs into the name after it when no comma stands between: "le maire de Paris Bertrand
// Delanoë", "le secrétaire général de l'ONU Ban Ki-moon", "le président Hollande" (a country's name takes an article in
// French, so a role right before it makes the name a person's).
import { entities, fr, type EntityRow } from "../helpers/table";

const roleComplements: EntityRow[] = [
  { why: "a town, then a given name: the role's complement, then the person",
    text: "Le maire de Paris Bertrand Lavergne a inauguré le pont. Le préfet de Lyon Hélène Corvol était présente.",
    people: ["Bertrand Lavergne", "Hélène Corvol"], not: { people: ["Paris Bertrand Lavergne"] } },
  { why: "a body's acronym, then the person",
    text: "Le secrétaire général de l'ONU Ban Ki-moon a appelé au calme. Le député du PS Jérôme Garnon a voté contre.",
    people: ["Ban Ki-moon", "Jérôme Garnon"], not: { people: ["ONU Ban Ki-moon", "PS Jérôme Garnon"] } },
  { why: "a role right before a country's name: the person of that name",
    text: "Le président Hollande a reçu le Premier ministre. Le Président Hollande a ensuite parlé.",
    people: ["Hollande"], not: { places: ["Hollande"] } },
  { why: "must not match: the country with its article stays a place",
    text: "La reine des Pays-Bas a visité la Hollande, puis le Danemark.",
    places: ["Hollande"], not: { people: ["Hollande"] } },
];

describe("entities: a role's complement before a name (French)", () => { entities(fr, roleComplements); });
