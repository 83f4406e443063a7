// A given name that is also a country's name: a French one that the country's French name hides from the generated
// tables (Dominique, Maurice: listed by hand, never flagged for the country), or one that only a hand alias of the
// country spells (Ceylan, Italia: kept, flagged ambiguous). A regeneration of the tables keeps both (see
// test/engine/lexicon/generated.test.ts). Invented rows.
import { entities, fr } from "../helpers/table";

describe("French: given names that are also a country's name", () => {
  entities(fr, [
    { text: "Dominique de Villepin a quitté le bâtiment. Maurice Bernard a plaidé longtemps.",
      people: ["Dominique de Villepin", "Maurice Bernard"], none: ["places"] },
    { text: "Ceylan Yıldız a remporté la course. Italia Conti a fondé une école.",
      people: ["Ceylan Yıldız", "Italia Conti"], none: ["places"] },
    // Must not: the country, with its article or a motion before it, stays a place.
    { text: "Le thé de Ceylan était réputé. Elle a voyagé à l'île Maurice puis en Dominique.",
      places: ["Ceylan", "Maurice", "Dominique"], none: ["people"] },
    { text: "Le navire a quitté Ceylan en mars. La Dominique a voté le texte.", places: ["Ceylan", "Dominique"], none: ["people"] },
  ]);
});
