// Old French copy names unknown towns where one goes ("parti pour …", "vers …"), where one comes from ("arrivé de …"),
// and in lists beside a known place ("Oran, Tarvel, Bône"). A surname, a feast or a person turned to stays out.
import { entities, fr, type EntityRow } from "../helpers/table";

const placesByMotionAndList: EntityRow[] = [
  { why: "an unknown name after 'vers' is a place",
    text: "Les troupes marchent vers Ostrevka et occupent déjà les hauteurs.",
    places: ["Ostrevka"], not: { people: ["Ostrevka"] } },
  { why: "an unknown name after a motion word and 'pour' is where one goes, words between allowed",
    text: "Le courrier est parti hier soir pour Hornbach, où l'on attend la cour. Il partira demain pour Tarvel avec sa famille.",
    places: ["Hornbach", "Tarvel"] },
  { why: "an unknown name after a motion word and 'de' is where one comes from",
    text: "Le ministre est arrivé de Kalmbourg avec des dépêches. Les troupes arrivées de Sarnovo et de Kelbach campent près du fleuve.",
    places: ["Kalmbourg", "Sarnovo", "Kelbach"] },
  { why: "an unknown name in a list after a known place is a place",
    text: "Les envois pour Oran, Tarvel, Bône et Tunis partent chaque semaine. On compte des magasins à Lyon, Nantes et Quimperlé.",
    places: ["Tarvel", "Quimperlé"], not: { people: ["Tarvel"] } },
  { why: "a repeated 'de' after a place slot carries the place",
    text: "Les villages de Vaulmarin et de Corsalles seront vendus à l'enchère.",
    places: ["Vaulmarin", "Corsalles"] },
  { why: "must not match: 'pour' with no motion word, a known surname after 'vers', a feast after 'vers'",
    text: "Il a voté ce soir pour Durand et ses amis. Il se tourna vers Durand et lui parla. Les prix montent vers Pâques.",
    not: { places: ["Durand", "Pâques"] } },
  { why: "must not match: known surnames after a place and a comma are people",
    text: "À Lyon, Durand et Garnier ont signé la pétition.",
    places: ["Lyon"], not: { places: ["Durand", "Garnier"] } },
];

describe("entities: places after motion words and in lists (old French copy)", () => { entities(fr, placesByMotionAndList); });
