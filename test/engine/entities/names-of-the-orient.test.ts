// The press of the time names people of the Orient in one hyphenated word: a name and a title after it
// ("Osman-bey", "Ibrahim-Pacha"), "Abd-" and an article ("Abd-el-Kader"), a given name and a filiation
// ("Mohamed-ben-Youssef"). Towns written the same way stay places.
import { entities, fr, type EntityRow } from "../helpers/table";

const namesOfTheOrient: EntityRow[] = [
  { why: "a name and a title of the Orient after a hyphen is a person",
    text: "Les Mamelouks, commandés par Osman-bey, ont battu les Arabes. Les troupes d'Ibrahim-Pacha et de Hassan-aga sont entrées.",
    people: ["Osman-bey", "Ibrahim-Pacha", "Hassan-aga"] },
  { why: "'Abd-' and an article, or a given name and a filiation, make a person",
    text: "La puissance d'Abd-el-Kader est brisée. Les cavaliers de Mohamed-ben-Youssef campent dans la plaine.",
    people: ["Abd-el-Kader", "Mohamed-ben-Youssef"] },
  { why: "must not match: towns written with a hyphen and an article are no people",
    text: "Les colons de Bab-el-Oued se plaignent. On signale des pluies à Hussein-Dey.",
    not: { people: ["Bab-el-Oued", "Hussein-Dey"] } },
  { why: "two given names joined by a hyphen, one of them known, make a person",
    text: "Les partisans d'Abdul-Wechab sont maîtres de Médine. On dit que Méhémet-Ali est nommé gouverneur de Candie.",
    people: ["Abdul-Wechab", "Méhémet-Ali"], not: { places: ["Abdul-Wechab", "Méhémet-Ali"] } },
  { why: "must not match: a hyphenated town with a given name in it stays a place or nothing",
    text: "Le navire est arrivé à Port-Louis. On a vu Fort-William et Mont-Louis. Les troupes passent à Marie-Galante.",
    not: { people: ["Port-Louis", "Fort-William", "Mont-Louis", "Marie-Galante"] } },
];

describe("entities: names of the Orient in old French copy", () => { entities(fr, namesOfTheOrient); });
