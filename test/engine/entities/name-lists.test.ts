// Names a listing's layout gives as people (lang/fr/name-lists.ts): lists of names printed without commas (a cast under
// a play, a column of names), each name a person, never one person with a twenty-word name; the author in brackets
// after a work's title in a programme.
import { entities, fr, type EntityRow } from "../helpers/table";

const rows: EntityRow[] = [
  { why: "a cast printed without commas is a list of people, a given name keeping its surname",
    text: "Distribution : Bouyer Montéclain Cartelle Dominique Delorme Louise Marthe Marsans Léona Renée Logé.",
    people: ["Bouyer", "Montéclain", "Cartelle", "Dominique Delorme", "Louise", "Marthe Marsans", "Léona", "Renée Logé"],
    not: { people: ["Bouyer Montéclain Cartelle Dominique Delorme Louise Marthe Marsans Léona Renée Logé"] } },
  { why: "an initial keeps its surname in the list, whatever the surname is",
    text: "Chanteurs : Lucienne Bréval Gaston Perrier P. Saint-Martin Hélène Dargis Julien Fossard.",
    people: ["Lucienne Bréval", "Gaston Perrier", "P. Saint-Martin", "Hélène Dargis", "Julien Fossard"],
    not: { places: ["Saint-Martin"] } },
  { why: "must not match: a name of four words stays one name",
    text: "Le notaire Jean Paul Marie Dupuis a signé l'acte.",
    people: ["Jean Paul Marie Dupuis"], not: { people: ["Jean Paul", "Marie Dupuis"] } },
  { why: "must not match: a stock list of firms (frequent English words, few given names) is no list of people",
    text: "Cours de New-York : Reynolds Tobacco Richardson Merrell Roebuck Shell Oil Sinclair.",
    not: { people: ["Reynolds", "Richardson Merrell", "Roebuck"] } },
  { why: "a list of painters, given names and surnames, gives each painter",
    text: "Les tableaux de Louise Hervieu Marie Laurencin Suzanne Valadon et Berthe Morisot sont exposés.",
    people: ["Louise Hervieu", "Marie Laurencin", "Suzanne Valadon", "Berthe Morisot"] },
  { why: "must not match: a list of towns, no given name among them, stays towns",
    text: "Marchés : Genève Lausanne Berne Fribourg Neuchâtel Sion ont ouvert.",
    places: ["Genève", "Lausanne", "Sion"], none: ["people"] },
];

const authors: EntityRow[] = [
  { why: "the author in brackets after each work of a concert programme is a person",
    text: "21 h. concert : La Source (Delmet) ; Sérénade (Widor) ; Les Rameaux (Jean-Baptiste Faure) ; Printemps (Gounod).",
    people: ["Delmet", "Widor", "Jean-Baptiste Faure", "Gounod"] },
  { why: "the author in brackets after a play's title in the theatre listings is a person",
    text: "ATELIER. — 8 h. 45 : Le Cocu magnifique (Crommelynck). Les répétitions reprennent lundi.",
    people: ["Crommelynck"] },
  { why: "must not match: a country or a body in brackets stays what it is",
    text: "Ont signé : MM. Berthelot (France) ; Encke (Grande-Bretagne) ; le délégué de l'agence (Reuters).",
    places: ["France", "Grande-Bretagne"], not: { people: ["France", "Grande-Bretagne", "Reuters"] } },
  { why: "must not match: a bracket inside a sentence, after no programme's entry, keeps its own reading",
    text: "Le rapport de la commission (Lacombe) a été adopté hier.",
    not: { people: ["Lacombe"] } },
];

describe("entities: lists of names printed without commas", () => { entities(fr, rows); });

describe("entities: authors in brackets in a programme", () => { entities(fr, authors); });

const worksBy: EntityRow[] = [
  { why: "the name after a work's noun and 'de' is its author, the noun opening the run or not",
    text: "Radio-Lyon : Œuvres d'Alfred Vernaux ; Radio 37 : chansons de Delbrel. — 21 h. : une comédie de Gondrecourt.",
    people: ["Alfred Vernaux", "Delbrel", "Gondrecourt"], not: { places: ["Gondrecourt"] } },
  { why: "must not match: a known place, a lower-case complement, a work's noun with no 'de' before the name",
    text: "Les œuvres de Paris sont exposées. On joua de la musique de chambre. La pièce Tartuffe plut.",
    places: ["Paris"], none: ["people"] },
];

describe("entities: the author after a work's noun", () => { entities(fr, worksBy); });
