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
