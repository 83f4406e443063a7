// Two statements side by side stay two: a second quote after a semicolon or after a sentence about the speaker,
// and a second verb after ", mais" (quotes/index.ts keepDirect, quotes/clause.ts contentEnd).
import { table, fr, en, g } from "../helpers/table";

table("French: a second quote after a semicolon goes on with the first one's cue, however short", fr, [
  [`La maire Anne Morel a déclaré : ${g("Les travaux commenceront en mai")} ; ${g("le budget est bouclé")}.`,
    [[g("Les travaux commenceront en mai"), "Anne Morel", "direct"], [g("le budget est bouclé"), "Anne Morel", "direct"]]],
  [`Le préfet Jean Morin a prévenu : ${g("La route restera fermée")} ; ${g("aucune dérogation")}.`,
    [[g("La route restera fermée"), "Jean Morin", "direct"], [g("aucune dérogation"), "Jean Morin", "direct"]]],
  // Must not match: a term in marks after a semicolon with no cue before it.
  [`Le chantier a pris du retard ; ${g("force majeure")}.`, []],
]);

table("French: a short quote after a colon that closes a sentence about a person", fr, [
  [`Le ministre Paul Durand a été clair : ${g("Nous ne reculerons pas")}. Il a ajouté : ${g("La loi sera appliquée")}.`,
    [[g("Nous ne reculerons pas"), "Paul Durand", "direct"], [g("La loi sera appliquée"), "Paul Durand", "direct"]]],
  [`La syndicaliste Claire Petit reste ferme : ${g("pas de retour en arrière")}.`,
    [[g("pas de retour en arrière"), "Claire Petit", "direct"]]],
  // Must not match: a title after a sentence about a thing.
  [`Le film porte un titre simple : ${g("Les Vagues")}.`, []],
]);

table("French: a second verb after ', mais' makes a second report", fr, [
  ["Le syndicaliste Marc Leroy a salué un accord historique pour les salariés, mais a appelé à la vigilance sur les salaires.",
    [["un accord historique pour les salariés", "Marc Leroy", "indirect"], ["la vigilance sur les salaires", "Marc Leroy", "indirect"]]],
  ["La ministre Claire Petit a reconnu des retards importants, mais a assuré que le chantier serait livré en 2026.",
    [["des retards importants", "Claire Petit", "indirect"], ["le chantier serait livré en 2026", "Claire Petit", "indirect"]]],
]);

table("French: a second verb after 'et' whose frame's complement follows makes a second report", fr, [
  ["Les syndicats dénoncent une réforme injuste et appellent à manifester jeudi.",
    [["une réforme injuste", "Les syndicats", "indirect"], ["manifester jeudi", "Les syndicats", "indirect"]]],
  ["Le maire a salué le travail des pompiers et promis de reconstruire l'école.",
    [["le travail des pompiers", "Le maire", "indirect"], ["reconstruire l'école", "Le maire", "indirect"]]],
  // Must not: a verb after "et" with no report of its own leaves the object whole.
  ["Le maire a salué le travail des pompiers et des bénévoles.", [["le travail des pompiers et des bénévoles", "Le maire", "indirect"]]],
]);

// English: a report inside a relative clause set off by commas ends at its closing comma (lexicon/en.ts relativeAside,
// quotes/aside-reports.ts relativeAside), so the main verb after it makes its own statement.
table("English: \"X, who said A, said B\" is two statements", en, [
  ["Ellen Frost, who said the tax was fair, told reporters the vote was a victory.",
    [["the tax was fair", "Ellen Frost", "indirect"], ["the vote was a victory", "Ellen Frost", "indirect"]]],
  ["Paul Dorn, who has argued that rents are too high, said the council had failed.",
    [["rents are too high", "Paul Dorn", "indirect"], ["the council had failed", "Paul Dorn", "indirect"]]],
  // Must keep one statement: a relative clause with no report in it.
  ["Ellen Frost, who lost the vote last year, said the tax was fair.", [["the tax was fair", "Ellen Frost", "indirect"]]],
]);

// A verb's object before a colon and its quote is a statement of its own, however short; an addressee or a circumstance
// there is none (lang/fr/no-object.ts circumstanceBeforeQuote): the quote is the statement.
table("French: an object before a colon and its quote; an addressee or a circumstance there", fr, [
  [`Paul Durand a annoncé sa démission : ${g("Je pars.")}`, [["sa démission", "Paul Durand", "indirect"], [g("Je pars."), "Paul Durand", "direct"]]],
  [`Paul Durand a reconnu devant les députés : ${g("Je me suis trompé.")}`, [[g("Je me suis trompé."), "Paul Durand", "direct"]]],
  [`Paul Durand a annoncé aux journalistes : ${g("Je pars.")}`, [[g("Je pars."), "Paul Durand", "direct"]]],
  [`La ministre Claire Petit a admis lors d'un entretien téléphonique avec son homologue : ${g("Nous avons échoué.")}`,
    [[g("Nous avons échoué."), "Claire Petit", "direct"]]],
  // The verb's own particle opens its object: "insister sur" reports what it insists on.
  [`Paul Durand a insisté sur les retards du chantier : ${g("Rien n'est prêt.")}`,
    [["les retards du chantier", "Paul Durand", "indirect"], [g("Rien n'est prêt."), "Paul Durand", "direct"]]],
]);
