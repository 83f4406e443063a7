// Things named after people ("la loi Macron", "la tempête Ciara", "le boson de Higgs") are no mention of a person.
import { entities, fr, type EntityRow } from "../helpers/table";

const eponymsFr: EntityRow[] = [
  { why: "a law, a storm, a government named after someone",
    text: "La loi Valmont a été votée. La tempête Ciara a touché la côte. Le gouvernement Lambrecht est tombé.",
    not: { people: ["Valmont", "Ciara", "Lambrecht"] } },
  { why: "a thing named after someone through 'de': a particle, a disease, a ship",
    text: "La traque du boson de Higgs continue. La maladie d'Alzheimer progresse. Le ferry Napoléon Bonaparte a coulé.",
    not: { people: ["Higgs", "Alzheimer", "Napoléon Bonaparte"] } },
  { why: "must not match: the same names as people, and a person after a role noun",
    text: "Le député Valmont a défendu sa loi. Selon Peter Higgs, la découverte est majeure. Le président Lambrecht a parlé.",
    people: ["Valmont", "Peter Higgs", "Lambrecht"] },
];

describe("entities: things named after people (French)", () => { entities(fr, eponymsFr); });
