// People in old French print: forms of address as OCR misreads them (lang/fr/ocr-forms.ts), the name a person goes
// by ("nommé"), lists of surnames with an initial, and play titles in the programme listings (lang/fr/place-forms.ts).
import { entities, fr, type EntityRow } from "../helpers/table";

const rows: EntityRow[] = [
  { why: "\"Al.\" and \"AI.\" are M. misread: the honorific, never a name",
    text: "Le décret des biens de AI. Pierre Vautrin fut signé chez Al. Rossier-Weber, au faubourg.",
    people: ["Pierre Vautrin", "Rossier-Weber"], not: { people: ["AI", "Al"], orgs: ["AI"] } },
  { why: "\"AlAL\", \"Al Al.\" are MM. misread: the names after them are people, alone they name no one",
    text: "En conséquence, AlAL les créanciers se présenteront. Al Al. les héritiers ont demandé le partage. AlAL Rossel et AIAI. Vautier sont venus.",
    people: ["Rossel", "Vautier"], not: { people: ["AlAL", "Al Al", "AlAL Rossel", "AIAI"], orgs: ["AIAI", "AlAL"] } },
  { why: "a title after a title and its particle is the first title's complement, not a titled surname",
    text: "Donné à l'audience de M. le juge Morlot, lieutenant d'Avoyer du district de Thoune.",
    people: ["Morlot"], not: { people: ["d'Avoyer", "Avoyer", "d'Avoyer du district de Thoune"] } },
  { why: "must not match: a surname after a title and its particle stays the person's",
    text: "Le lieutenant de Valbrune et le général de Castelnau sont arrivés.",
    people: ["de Valbrune", "de Castelnau"] },
  { why: "\"Al\" without its period opens no honorific",
    text: "Al Capone a été arrêté à Chicago.",
    not: { people: ["Capone"] } },
  { why: "\"Mo\" is Me (maître) misread: the name after it is a person's",
    text: "Vente de tableaux (Mo Lambrecht et M. Dussaud.) Meubles anciens.",
    people: ["Lambrecht", "Dussaud"], not: { people: ["Mo Lambrecht"] } },
  { why: "a given name cut at a line break goes on into the surname",
    text: "Chansons par M. Gus--tave Ribard.",
    people: ["Gus--tave Ribard"], not: { people: ["Gus"] } },
  { why: "after a title, a name that opens with a town's is a person's, whole",
    text: "Les efforts de lord Stratford Canning ont échoué.",
    people: ["Stratford Canning"], not: { places: ["Canning", "Stratford"] } },
  { why: "the name a person goes by, after nommé",
    text: "On a arrêté un vagabond nommé Sornin et une servante dénommée Auberlin.",
    people: ["Sornin", "Auberlin"] },
  { why: "a list of surnames, one with its initial, is a list of people",
    text: "Des noms connus, tels que ceux de Grabmatter, Oltinger, D Kessely, sont sortis de l'urne.",
    people: ["Grabmatter", "Oltinger", "D Kessely"] },
  { why: "the play after a theatre's hour names no one; its author in brackets does",
    text: "SPECTACLES\nFOLIES-MARIGNY. — 8 h. 30 : Les Neveux de l'oncle Baptiste. GAITÉ-NOUVELLE. — 9 h. : Mlle Suzon (Paul Tarbouriech).",
    places: ["FOLIES-MARIGNY", "GAITÉ-NOUVELLE"], people: ["Paul Tarbouriech"], not: { people: ["Baptiste", "Suzon"] } },
  { why: "\"S. Exc.\" and \"S. Em.\" (Son Excellence, Son Éminence) are forms of address: the person is the name after them",
    text: "S. Exc. le comte de Valbrune a quitté Varsovie. S. Em. le cardinal Ferrandi a béni la foule. S. Exc. M. Dorval est arrivé.",
    people: ["de Valbrune", "Ferrandi", "Dorval"], not: { people: ["S. Exc", "S. Em", "Exc", "Em"] } },
  { why: "a name cut by a hyphen at a line's end goes on at the next line's start",
    text: "M. Dela-\ncroix a présenté son rapport. Les troupes sont entrées à Stras-\nbourg hier matin.",
    people: ["Dela-\ncroix"], places: ["Stras-\nbourg"], not: { people: ["Dela"], places: ["Stras"] } },
  { why: "must not match: a dash at a line's end before a short word keeps the name whole",
    text: "Il est parti pour Lyon-\nla ville était calme.",
    places: ["Lyon"] },
  { why: "a form of address or a woman's state alone at the head of a small ad names no one",
    text: "Dame demande place de gouvernante. Veuve demande travail à la journée.",
    none: ["people"] },
  { why: "must not match: the same word before a name, or a surname after an honorific, still gives the person",
    text: "Dame Veuve Morin a vendu sa maison. Mme Dame a pris la parole.",
    people: ["Morin", "Dame"] },
  { why: "must not match: \"Em\" and \"Exc\" inside a longer name are left alone",
    text: "Le peintre Emile Excoffier expose à Lyon.",
    people: ["Emile Excoffier"] },
];

// Parliamentary reports tell members apart by their town: "MM. Favre, de Genève, Bossy, de Fribourg, et Kohler, de
// Berne". A name followed by ", de" and a known town, closed again, is a member, not one more town of the list.
const members: EntityRow[] = [
  { why: "each name before ', de' and its town in a list of members is a person",
    text: "Sont élus MM. Favre, de Genève, Bossy, de Fribourg, et Kohler, de Berne.",
    people: ["Favre", "Bossy", "Kohler"], places: ["Genève", "Fribourg", "Berne"], not: { places: ["Bossy"] } },
  { why: "a member with his town, then a verb",
    text: "La commission entend ensuite Gottofrey, de Fribourg, qui propose le renvoi. Ruffy, de Lausanne, s'y oppose.",
    people: ["Gottofrey", "Ruffy"], places: ["Fribourg", "Lausanne"] },
  { why: "must not match: towns listed with 'de' stay towns",
    text: "Les délégués de Paris, de Lyon et de Marseille sont arrivés. Les envois pour Oran, Tarvel, Bône et Tunis partent.",
    places: ["Paris", "Lyon", "Marseille", "Tarvel"], not: { people: ["Paris", "Lyon", "Tarvel"] } },
];

// "Belcredi lui-même", "Dufresnoy elle-même": the emphatic pronoun of a person after an unknown name makes it one.
const emphatic: EntityRow[] = [
  { why: "an unknown name before 'lui-même' or 'elle-même' is a person",
    text: "Le peuple, dont Belcredi lui-même n'a pu avoir raison, résiste. Dufresnoy elle-même l'a reconnu devant le juge.",
    people: ["Belcredi", "Dufresnoy"] },
  { why: "must not match: a body after its article, a country, stay what they are",
    text: "Le Conseil lui-même a voté le projet. La France elle-même a cédé.",
    places: ["France"], not: { people: ["Conseil", "France"] } },
];

describe("entities: a name before an emphatic pronoun", () => { entities(fr, emphatic); });

describe("entities: members of a chamber with their towns", () => { entities(fr, members); });

describe("entities: people in old French print", () => { entities(fr, rows); });
