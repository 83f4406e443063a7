// French nominal reports whose content follows a particle (lexicon/fr/quotes.ts NOUN_FRAMES, quotes/french-nominal.ts):
// the possessor of "la proposition de X de …", "l'appel de X à …" speaks, and the content is what follows the particle.
import { table, fr } from "../helpers/table";

table("French: 'la proposition / la suggestion / la demande de X de' + infinitive", fr, [
  // As an object: the nominal report is the content, not the object of the verb that governs it.
  ["Le maire Pierre Blanc a rejeté la proposition de la ministre Claire Petit de fermer la gare.",
    [["fermer la gare", "Claire Petit", "indirect"]]],
  // "la demande", a form of "demander" too, is the noun here.
  ["Les élus ont étudié la demande du syndicat CGT de rouvrir les négociations salariales.",
    [["rouvrir les négociations salariales", "CGT", "indirect"]]],
  // As the subject: the content ends at the finite verb.
  ["La suggestion du député Marc Leroy de supprimer la taxe a été écartée par le gouvernement.",
    [["supprimer la taxe", "Marc Leroy", "indirect"]]],
  // Must not match: a proposal of a law, a possessor that is a place.
  ["La proposition de loi de la députée Claire Petit sera examinée mardi.", []],
  ["La demande de Lyon de rejoindre le réseau a été acceptée.", []],
]);

table("French: 'l'appel de X à' + noun phrase or infinitive", fr, [
  ["L'appel du syndicaliste Marc Leroy à la grève générale a été entendu dans les usines.",
    [["la grève générale", "Marc Leroy", "indirect"]]],
  // The author after a participle and "par".
  ["Le gouvernement a salué l'appel lancé dimanche par le pape François à un cessez-le-feu immédiat.",
    [["un cessez-le-feu immédiat", "François", "indirect"]]],
  ["Les habitants ont ignoré l'appel de la préfète Anne Morel à quitter leurs maisons.",
    [["quitter leurs maisons", "Anne Morel", "indirect"]]],
  // Must not match: a phone call between places.
  ["L'appel de Paris à Lyon a duré deux heures.", []],
]);
