// Ships in the shipping news (lang/fr/ships.ts): the name before a comma, a flag's abbreviation and its period is a
// ship's, no place and no person; the port after it stays a place.
import { entities, fr, type EntityRow } from "../helpers/table";

const rows: EntityRow[] = [
  { why: "a ship before its flag is no place, its port is",
    text: "Arrivée : 3 février. Saint-Gervais, fr., Marseille. — Départ : 4 février. Orénoque, esp., Cadix ; Donau, aut., Trieste.",
    places: ["Marseille", "Cadix", "Trieste"], not: { places: ["Saint-Gervais", "Orénoque", "Donau"] } },
  { why: "a ship named after a person is no person",
    text: "Départ : 5 février. Jules-Verne, fr., Alger ; Wellington, angl., Liverpool.",
    places: ["Alger", "Liverpool"], not: { people: ["Jules-Verne", "Wellington"], places: ["Wellington"] } },
  { why: "must not match: a town before a comma and a word that is no flag stays a town",
    text: "Il habite Genève, est. Les délégués de Berne, de Lyon et de Turin sont partis.",
    places: ["Genève", "Berne", "Lyon", "Turin"] },
];

describe("entities: ships in the shipping news", () => { entities(fr, rows); });
