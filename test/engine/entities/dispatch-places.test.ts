// Places in the dispatches and parliamentary reports of the old French-language press: a town opening the sentence
// as its setting ("À Stutgard, le roi …"), a member's town of origin in apposition ("M. Moriaud, de Plainpalais,
// demande …"); a country or capital the scan misspelled by one letter ("la Prnsse") stays pending. A person in
// apposition and a phrase ending in "à" ("Contrairement à X, …") stay out.
import { entities, fr, type EntityRow } from "../helpers/table";

const frontedSetting: EntityRow[] = [
  { why: "a town after a sentence-opening 'À', closed by a comma, is the setting, not a person with an apposition",
    text: "On écrit de Carlsruhe. À Stutgard, le roi de Wurtemberg a prorogé les chambres.",
    places: ["Stutgard"], not: { people: ["Stutgard"] } },
  { why: "the same setting with an unaccented capital A and a time word before it",
    text: "A Kornthal, le conseil communal a siégé hier. Hier à Vallendorf, les ouvriers ont repris le travail.",
    places: ["Kornthal", "Vallendorf"], not: { people: ["Kornthal", "Vallendorf"] } },
  { why: "must not match: a person after 'à' inside the sentence keeps his trade in apposition",
    text: "Le conseil a confié la commande à Charlier, marchand de vin, qui l'a livrée.",
    people: ["Charlier"], not: { places: ["Charlier"] } },
  { why: "must not match: a sentence opening on a phrase that ends in 'à' ('Contrairement à', 'Grâce à') sets no place",
    text: "Contrairement à Wikimedia Belgique, l'association est jeune. Grâce à Dufresnoy, marchand de bois, la commune a payé.",
    not: { places: ["Wikimedia Belgique", "Dufresnoy"] } },
];

const townOfOrigin: EntityRow[] = [
  { why: "a member's town of origin in apposition after his name is a place",
    text: "M. Moriaud, de Plainpalais, demande le renvoi. M. Rambal, de Carouge, appuie la proposition.",
    people: ["Moriaud", "Rambal"], places: ["Plainpalais", "Carouge"], not: { people: ["Plainpalais"] } },
  { why: "the town of origin closed by a bracket, a semicolon or the end of the sentence",
    text: "Le rapport est présenté par M. Zangger, de Wülflingen ; M. Bezzola, de Zernetz. La minorité suit M. Estoppey, de Chexbres.",
    places: ["Wülflingen", "Zernetz", "Chexbres"] },
  { why: "must not match: a noble particle with no comma is part of the name",
    text: "M. de Luze a vendu sa maison. Le comte de Pourtalès est arrivé.",
    not: { places: ["Luze", "Pourtalès"] } },
  { why: "must not match: a description after the comma, not a town",
    text: "M. Droz, de son côté, a proposé le renvoi. M. Fazy, de Genève, répond.",
    people: ["Droz", "Fazy"], places: ["Genève"], not: { places: ["Droz"] } },
];

const countryAfterName: EntityRow[] = [
  { why: "a country with its article after a name and 'de' is a place of its own, not the end of the name",
    text: "Les voies Decauville de la Suisse sont posées. L'annexion au Reich de la Suisse allemande inquiète Berne.",
    places: ["Suisse", "Reich"] },
  { why: "a person's name, 'de l'' and a country: the person and the country",
    text: "L'envoyé Dubois de la France est reparti hier. Le consul Morel de l'Autriche a protesté.",
    people: ["Dubois", "Morel"], places: ["France", "Autriche"], not: { people: ["Dubois de la France"] } },
  { why: "must not match: a noble particle before a family name or a town stays in the name",
    text: "M. Lefèvre de la Barre a parlé. Le duc de La Rochefoucauld est arrivé. Mme Dupin de la Rochelle a signé.",
    not: { places: ["Barre", "Rochefoucauld"] } },
  { why: "must not match: a body's head keeps its country in its name",
    text: "La Banque de la France a relevé son taux. La Compagnie de la Suisse occidentale a payé.",
    not: { places: ["France", "Suisse"] } },
];

/**
 * Pending: a country or capital the scan misspelled by one letter of like shape ("la Prnsse", "les lettres de
 * Péîersbourg", "la Valaçhie", "de Schwyiz"). Tried at stop 19 (a look-alike letter table, u/n, t/l, î/t, ç/c, and a
 * stray thin letter, over the gazetteer): the hipe (fr) tune half's places rose 80.7 → 81.1, its check half stayed
 * 76.3 and lost one person (72.1 → 72.0), so the rule was dropped; a dropped letter ("Stokholm") was never tried.
 */
const misspelledPlaces = [
  "La Prnsse a vendu des canons au gouvernement chinois. Le gouvernement de Schwyiz a ordonné une enquête.",
  "Les lettres de Péîersbourg annoncent la paix. Les Russes occupent la Valaçhie.",
  "Les nouvelles de Stokholm sont graves.",
];

describe("entities: places in dispatches and parliamentary reports (old French press)", () => {
  describe("a town setting the sentence", () => { entities(fr, frontedSetting); });
  describe("a town of origin in apposition", () => { entities(fr, townOfOrigin); });
  describe("a country after a name and 'de la'", () => { entities(fr, countryAfterName); });
  describe("a country or capital misspelled by the scan", () => {
    for (const text of misspelledPlaces) it.skip(`the misspelled place is a place: ${text}`, () => {});
  });
});
