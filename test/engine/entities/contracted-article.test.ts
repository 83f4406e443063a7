// French "au"/"aux" (à + le/les) before a capital: what follows is a portfolio, a body, a chamber or a place ("secrétaire
// d'État aux Affaires étrangères", "conseiller aux États", "délégué aux Transports"), never a person's name: a role
// before it binds to nobody there. A titled name after a body or a place still is a person.
import { entities, fr, type EntityRow } from "../helpers/table";

const contractedArticle: EntityRow[] = [
  { why: "a portfolio after 'aux' is no person, the name after it is",
    text: "Le secrétaire d'État aux Affaires étrangères, Jean Dupont, a parlé. Le ministre délégué aux Transports Paul Morel a répondu.",
    people: ["Jean Dupont", "Paul Morel"], not: { people: ["Affaires", "Transports"] } },
  { why: "a chamber after 'aux' or 'au' is no person",
    text: "Il a été élu conseiller aux États en remplacement de M. Lachenal. Le candidat au Sénat a retiré sa liste.",
    people: ["Lachenal"], not: { people: ["États", "Sénat"] } },
  { why: "the same with the capital printed without its accent",
    text: "L'élection d'un conseiller aux Etats aura lieu dimanche. Un député aux Communes l'a confirmé.",
    not: { people: ["Etats", "Communes"] } },
  { why: "must not match: a known place after 'au' stays a place, a titled person after 'à' stays a person",
    text: "Le député est reparti au Locle. Le prix a été remis à M. Girard, au Havre.",
    people: ["Girard"], places: ["Locle", "Havre"] },
];

describe("entities: a capital after French 'au'/'aux'", () => { entities(fr, contractedArticle); });
