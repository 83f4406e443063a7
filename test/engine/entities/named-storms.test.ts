// A storm's given name is no person: "Storm Ciara", "Typhoon Sally", "la tempête Ciara", "l'ouragan Irma".
import { entities, en, fr, type EntityRow } from "../helpers/table";

const stormsEn: EntityRow[] = [
  { why: "a storm, a typhoon, a cyclone named like a woman",
    text: "Storm Ciara hit Britain on Sunday. Typhoon Sally struck Manila on Monday. Cyclone Idai flooded Beira.",
    not: { people: ["Storm Ciara", "Typhoon Sally", "Cyclone Idai", "Ciara", "Sally", "Idai"] } },
  { why: "must not match: a person named Storm stays a person",
    text: "Storm Reid said the film would open in May. The actress Storm Reid told reporters she was thrilled.",
    people: ["Storm Reid"] },
];

const stormsFr: EntityRow[] = [
  { why: "la tempête, l'ouragan, le cyclone suivis d'un prénom",
    text: "La tempête Ciara a privé d'électricité 80 000 foyers. L'ouragan Irma a dévasté Saint-Martin. Le cyclone Belal a frôlé La Réunion.",
    not: { people: ["Ciara", "Irma", "Belal"] } },
  { why: "must not match: a person after a role noun stays a person",
    text: "La ministre Irma Dupont a visité Saint-Martin. Ciara Martin a déclaré que les routes étaient coupées.",
    people: ["Irma Dupont", "Ciara Martin"] },
];

describe("entities: named storms (English)", () => { entities(en, stormsEn); });
describe("entities: named storms (French)", () => { entities(fr, stormsFr); });
