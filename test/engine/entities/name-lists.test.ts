// Lists of names printed without commas (a cast under a play, a column of names): a long run of capitalised names is a
// list, each name a person (lang/fr/name-lists.ts), never one person with a twenty-word name.
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

describe("entities: lists of names printed without commas", () => { entities(fr, rows); });
