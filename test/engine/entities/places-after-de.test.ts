// Old French copy names unknown villages after a settlement noun ("le village de Corvelles") and known places at the
// end of runs that name nobody ("la Principauté de Neuchâtel", "les Gouvernemens de Zurich").
import { entities, fr, type EntityRow } from "../helpers/table";

const placesAfterDe: EntityRow[] = [
  { why: "an unknown name after a settlement noun and 'de' is a place",
    text: "Les terres situées près du village de Corvelles seront vendues, ainsi que la dîme de la paroisse de Vaulmont.",
    places: ["Corvelles", "Vaulmont"], not: { people: ["Corvelles", "Vaulmont"] } },
  { why: "a run that names nobody, closed by 'de' and a known town, names the town",
    text: "Le Code civil de la Principauté de Neuchâtel est en vente. Les Gouvernemens de Zurich ont pris des mesures.",
    places: ["Neuchâtel", "Zurich"] },
  { why: "must not match: a person's name with a noble particle and a town keeps the person",
    text: "M. Louis de Genève a été nommé. Le comte Pierre de Berne a parlé.",
    not: { places: ["Corvelles"] }, people: ["Pierre de Berne"] },
  { why: "an unknown name after a word of nearness or bearing and 'de' is a place",
    text: "Un combat a eu lieu près de Sandvik. Le brick a sombré au large de Tréboul, non loin de Kervalec, au nord de Vallorcine.",
    places: ["Sandvik", "Tréboul", "Kervalec", "Vallorcine"], none: ["people"] },
  { why: "must not match: a given name after 'près de' stays a person",
    text: "Il s'est assis près de Marie, au large de toute querelle.",
    people: ["Marie"], none: ["places"] },
];

describe("entities: places after 'de' in old French copy", () => { entities(fr, placesAfterDe); });
