// French bodies whose names look like people's: a body named after someone ("la Fondation Abbé Pierre": the title is
// part of the eponym, no role of a person "Pierre"), a national branch opening a sentence ("Emmaüs France a alerté"),
// and a plural noun after a plural article ("Les Amis de la Terre ont salué": a body, never one person).
import { entities, fr, type EntityRow } from "../helpers/table";

const bodiesFr: EntityRow[] = [
  { why: "a body's head, a title and a name: the body's eponym",
    text: "La Fondation Abbé Pierre a publié son rapport. Le Lycée Maréchal Foch a fermé ses portes.",
    orgs: ["Fondation Abbé Pierre", "Lycée Maréchal Foch"], not: { people: ["Pierre", "Foch"] } },
  { why: "a national branch opening a sentence before its verb",
    text: "Emmaüs France a alerté sur la pauvreté. Secours Populaire France a lancé un appel.",
    orgs: ["Emmaüs France"], not: { people: ["Emmaüs France", "Secours Populaire France"] } },
  { why: "a body's branch closed by a country's own name (Deutschland, Italia, España)",
    text: "Greenpeace Deutschland a lancé une pétition lundi. Selon Wikimedia Italia, les dons ont doublé.",
    orgs: ["Greenpeace Deutschland", "Wikimedia Italia"], not: { people: ["Greenpeace Deutschland", "Wikimedia Italia"] } },
  { why: "a plural noun after a plural article opens a body's name",
    text: "Les Amis de la Terre ont salué la décision. Les Restos du cœur ont lancé leur campagne.",
    not: { people: ["Amis de la Terre", "Restos du cœur"] } },
  { why: "must not match: the title before the same name in lower case keeps a person",
    text: "L'abbé Pierre a fondé Emmaüs en 1949. Le maréchal Foch a signé l'armistice.",
    people: ["Pierre", "Foch"] },
  { why: "must not match: a given name before a country's name is a person",
    text: "Anatole France a écrit ce roman en 1912.",
    people: ["Anatole France"], not: { orgs: ["Anatole France"] } },
];

describe("entities: French bodies named like people", () => { entities(fr, bodiesFr); });
