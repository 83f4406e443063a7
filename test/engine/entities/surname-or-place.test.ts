// A surname that is also a place, settled over the whole article ("François Hollande … la victoire de Hollande"),
// given names that world news uses and the name tables hid ("Barack", "Dominique"), and a surname written after an
// Arabic article ("Bachar al-Assad … Assad").
import { entities, fr, type EntityRow } from "../helpers/table";

const acrossTheArticle: EntityRow[] = [
  { why: "a 'de' complement of a noun is the surname of the person the article names in full",
    text: "Laurent Nevers a été élu dimanche. La victoire de Nevers a surpris ses adversaires.",
    people: ["Laurent Nevers", "Nevers"], not: { places: ["Nevers"] } },
  { why: "the same with an elided 'd'' and a name read first as a town abroad",
    text: "Le président Samuel Orléans est arrivé lundi. L'entourage d'Orléans dément toute rupture.",
    people: ["Samuel Orléans", "Orléans"], not: { places: ["Orléans"] } },
  { why: "a surname a title gave alone settles the bare name before its verb",
    text: "Valence a précisé lundi qu'elle se présenterait. Mme Valence est maire depuis 2014.",
    people: ["Valence"], not: { places: ["Valence"] } },
  { why: "must not match: where the article puts the name as a place, its 'de' complement stays the place",
    text: "Laurent Nevers a visité la ville. Il a quitté Nevers jeudi, et les habitants de Nevers l'ont salué.",
    people: ["Laurent Nevers"], places: ["Nevers"] },
  { why: "must not match: an office held in the town keeps the town",
    text: "Pierre Dijon est arrivé hier. Le maire de Dijon l'a reçu à la gare de Dijon.",
    people: ["Pierre Dijon"], places: ["Dijon"], not: { people: ["Dijon"] } },
];

const worldNames: EntityRow[] = [
  { why: "given names of world news that the faker tables lack or hid behind a country",
    text: "Barack Obama a été réélu. Dominique Pellerin a quitté New York. Bachar Haddad est rentré à Damas.",
    people: ["Barack Obama", "Dominique Pellerin", "Bachar Haddad"], not: { places: ["Dominique", "Obama"] } },
  { why: "a surname after an Arabic article is the same person without it",
    text: "Le régime de Karim al-Haddad a bombardé la ville. Haddad dément. Plus tard, el-Haddad a parlé.",
    people: ["Karim al-Haddad", "Haddad"] },
  { why: "must not match: the country of that name stays a place",
    text: "L'île de la Dominique a été touchée par l'ouragan.",
    places: ["Dominique"], not: { people: ["Dominique"] } },
  { why: "a French given name that a country's French name hid opens the person's name, after an honorific too",
    text: "Hier Me Maurice Servaz a plaidé pour la famille. Maurice Delorge a témoigné ensuite.",
    people: ["Maurice Servaz", "Maurice Delorge"], not: { places: ["Maurice"], people: ["Servaz", "Delorge"] } },
  { why: "must not match: the island of that name stays a place",
    text: "Il est parti pour l'île Maurice. Il a vécu dix ans à Maurice.",
    places: ["Maurice"], not: { people: ["Maurice"] } },
];

describe("entities: surnames that are places, settled over the article (French)", () => {
  entities(fr, acrossTheArticle);
  entities(fr, worldNames);
});
