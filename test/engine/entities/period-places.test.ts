// Old French copy names provinces, departments since renamed, and countries and colonies by their names of the
// time ("la Picardie", "la Seine-et-Oise", "la Perse", "le Tonkin"). A surname spelled like one stays a person.
import { entities, fr, type EntityRow } from "../helpers/table";

const periodPlaces: EntityRow[] = [
  { why: "French provinces are places",
    text: "La grêle a ravagé la Picardie, la Bourgogne et l'Auvergne. On vendange en Touraine.",
    places: ["Picardie", "Bourgogne", "Auvergne", "Touraine"] },
  { why: "departments of the time are places",
    text: "Le préfet de la Seine-et-Oise et celui des Basses-Pyrénées ont été rappelés. On signale des orages dans les Côtes-du-Nord.",
    places: ["Seine-et-Oise", "Basses-Pyrénées", "Côtes-du-Nord"] },
  { why: "countries, colonies and islands by their names of the time are places",
    text: "Les nouvelles de Crète sont mauvaises. Les relations avec la Perse et le Siam se tendent. Des renforts partent pour le Tonkin et l'Annam.",
    places: ["Crète", "Perse", "Siam", "Tonkin", "Annam"] },
  { why: "a section heading in capitals names where the news comes from after its 'DE'",
    text: "Il pleut.\nNOUVELLES DE PARIS\nLe ministre a parlé. CORRESPONDANCE DE VIENNE (De notre correspondant.) L'empereur est parti.",
    places: ["PARIS", "VIENNE"] },
  { why: "must not match: a name in capitals with a particle, and a body in capitals, keep the town inside",
    text: "Il pleut. CHARLOTTE DE NANGIS Quand Horace entra. BANQUE DE FRANCE Bilan hebdomadaire.",
    not: { places: ["NANGIS", "FRANCE"] } },
  { why: "must not match: a surname spelled like a province is a person",
    text: "Le général Morvan commandait l'aile droite. Cecil Rhodes a quitté Le Cap. M. Berry a pris la parole.",
    people: ["Morvan", "Cecil Rhodes", "Berry"], not: { places: ["Morvan", "Rhodes", "Berry"] } },
];

describe("entities: places of the period (old French copy)", () => { entities(fr, periodPlaces); });
