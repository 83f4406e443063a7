// French places named with the words around them (lang/fr/place-forms.ts): a town's article, a street's particle,
// a theatre heading an entry of the programme listings, the land beyond a river ("outre-Rhin": lang/fr/beyond-places.ts);
// and the archives' place names (lexicon/data/exonyms.ts).
import { entities, fr, type EntityRow } from "../helpers/table";

const articles: EntityRow[] = [
  { why: "a town whose name opens with its article keeps it, written in capitals or not",
    text: "Le navire part pour La Rochelle et Le Havre, puis touche la Châtre.",
    places: ["La Rochelle", "Le Havre", "la Châtre"], not: { people: ["Rochelle"] } },
  { why: "the article contracted with à or de: the town's name alone",
    text: "Les horlogers du Locle sont rentrés au Mans hier.",
    places: ["Locle", "Mans"] },
  { why: "no town: a frequent noun after a lower-case article, an organisation, a body before its verb",
    text: "La délégation fut reçue par la Porte ottomane. Il soutient la Croix-Rouge. Hier soir La Chambre a voté le budget.",
    not: { places: ["la Porte", "la Croix-Rouge", "La Chambre"] } },
];

const beyond: EntityRow[] = [
  { why: "the land beyond a river, a sea or an ocean, in lower case or opening the sentence, is a place",
    text: "Les méthodes en vigueur outre-Rhin inquiètent. La presse d'outre-Manche s'en amuse. Outre-Atlantique, on se tait.",
    places: ["outre-Rhin", "outre-Manche", "Outre-Atlantique"] },
  { why: "must not match: \"outre-mer\" in lower case, \"outre\" as a preposition, names no place",
    text: "Les départements d'outre-mer votent. Outre ces mesures, le ministre a promis une aide.",
    none: ["places"] },
];

const streets: EntityRow[] = [
  { why: "a street or a square named with de, du, des and an article",
    text: "Écrire 12, rue des Tanneurs, ou place de la Fontaine. Il loge boulevard de Sèze, près du quai d'Orsay.",
    places: ["rue des Tanneurs", "place de la Fontaine", "boulevard de Sèze", "quai d'Orsay"] },
  { why: "a town house or a library named with its head is a place, its head in capitals or not",
    text: "Les conseils siégeront à l'hôtel de la Monnaie. La vente a lieu à l'Hôtel des Ventes, près de la Bibliothèque Sainte-Barbe.",
    places: ["hôtel de la Monnaie", "Hôtel des Ventes", "Bibliothèque Sainte-Barbe"] },
  { why: "a stead is no square: \"à la place de\" before a person",
    text: "Il a parlé à la place de Jacques Morel. Il a pris sa place de Dupont.",
    people: ["Jacques Morel"], not: { places: ["place de Jacques Morel", "place de Dupont"] } },
  { why: "\"place\" as a job or a seat right after a verb is no square: the capital after it is no place",
    text: "Une cuisinière demande place Excellentes références. Il a pris place Lundi au conseil. La lingère cherche place Sérieuse.",
    none: ["places", "people"] },
  { why: "\"place\" after any other word stays a square's head",
    text: "Il habite place Bellecour depuis mai. Entrée place Vauban, à droite.",
    places: ["Bellecour", "Vauban"] },
];

const listings: EntityRow[] = [
  { why: "a name in capitals, a dash and an hour head a theatre's entry of the listings",
    text: "SPECTACLES\nGRAND-GUIGNOL. — 8 h. 30 : Le Baiser. TH. DES LILAS. — 9 h. : Relâche. FOLIES — 8 h. 45 : Revue.",
    places: ["GRAND-GUIGNOL", "TH. DES LILAS", "FOLIES"], not: { orgs: ["TH"], people: ["FOLIES"] } },
  { why: "a heading in capitals followed by a dash and no hour is no theatre",
    text: "NOUVELLES DIVERSES. — Le conseil a siégé hier.",
    not: { places: ["NOUVELLES DIVERSES"] } },
];

const archives: EntityRow[] = [
  { why: "old states, provinces, rivers and towns of the archives, and monuments, are places",
    text: "Les troupes du Reich passèrent le Pruth, puis marchèrent sur Schumla et le Péloponèse. On visita le Louvre et l'Arc de Triomphe.",
    places: ["Reich", "Pruth", "Schumla", "Péloponèse", "Louvre", "Arc de Triomphe"], not: { people: ["Reich", "Schumla"] } },
  { why: "a town cut at a line break, its hyphens kept before a lower-case rest, is read whole; the span is the text's",
    text: "Concert à Nan--tes, puis à Greno--ble. Il arrive de Lan-nion.",
    places: ["Nan--tes", "Greno--ble", "Lan-nion"], not: { places: ["Nan", "Greno"] } },
  { why: "a heading in capitals run into the dateline's town on one line: the town is a place",
    text: "NOUVELLES DE L'ÉTRANGER VARSOVIE 12 mai. Le ministère est tombé. ÉCHOS DU JOUR Lisbonne, 3 juin. Le roi est rentré.",
    places: ["VARSOVIE", "Lisbonne"] },
  { why: "a town after DE in capitals belongs to the name before it",
    text: "CHAPITRE XII LOUISE DE NEVERS Quand elle entra, tout se tut.",
    not: { places: ["NEVERS"] } },
  { why: "an initial before a hyphen is no cut word",
    text: "Seine et S.-et-O., abonnements.",
    not: { places: ["S.-et-O"] } },
  { why: "a saint abbreviated before a hyphen, a capital E printed without its accent",
    text: "Il partit de St-Etienne pour Ste-Croix, puis rentra à Saint-Etienne.",
    places: ["St-Etienne", "Ste-Croix", "Saint-Etienne"], not: { people: ["Etienne"] } },
];

const guides: EntityRow[] = [
  { why: "a name closed by a period, a dash and opening hours heads a guide's entry: a museum, a library",
    text: "MUSÉES Cognacq. — Tous les jours, de 10 h. à 4 h. Sorbonne. — Le jeudi, de 1 h. à 3 h. Galliera. — Mardis et jeudis, de midi à 4 h.",
    places: ["Cognacq", "Sorbonne", "Galliera"], not: { people: ["Cognacq"], orgs: ["Sorbonne"] } },
  { why: "in a radio listing the hour after the dash opens the next entry: the name before it is no place",
    text: "Radio-Lyon, Chansons avec Paul Morand. — 20 h. 15 : Radio-Cité, Orchestre.",
    people: ["Paul Morand"], not: { places: ["Paul Morand"] } },
];

describe("entities: French places named with their article, particle or listing", () => {
  entities(fr, guides);
  entities(fr, archives);
  entities(fr, articles);
  entities(fr, streets);
  entities(fr, beyond);
  entities(fr, listings);
});
