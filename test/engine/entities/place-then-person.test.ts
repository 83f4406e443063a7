// "la France de Didier Deschamps": a known place, "de" and a given name are two names, the country (or the team named
// after it) and the person who leads it, not one person "France de Didier Deschamps".
import { entities, fr, type EntityRow } from "../helpers/table";

const placeThenPerson: EntityRow[] = [
  { why: "a country, 'de' and a given name: the country, then the person",
    text: "Les Bleus ont battu la Suède de Mikael Lindqvist, avant d'affronter l'Espagne de Vicente Oller.",
    people: ["Mikael Lindqvist", "Vicente Oller"], places: ["Suède", "Espagne"] },
  { why: "must not match: a given name before 'de' and a town keeps one person",
    text: "Louis de France a parlé. Le comte Henri de Paris est arrivé.",
    not: { places: ["France", "Paris"] } },
];

describe("entities: a place, 'de' and a person (French)", () => { entities(fr, placeThenPerson); });
