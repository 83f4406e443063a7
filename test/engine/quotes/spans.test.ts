// Spans that follow the clause: a report ends where a statement of its own begins (a quotation after a colon,
// a reporting participle), and a mixed sentence keeps its quoted part.
import { table, fr, en, g } from "../helpers/table";

table("French: a quotation after the report's colon is a statement of its own", fr, [
  ["Le député Paul Durand a précisé que les milices ne représentent pas le pays : « Nous ne partageons pas leurs choix »",
    [["les milices ne représentent pas le pays", "Paul Durand", "indirect"], ["« Nous ne partageons pas leurs choix »", "Paul Durand", "direct"]]],
  ["Selon le président du conseil, Michel Garnier, le projet va durer des années : « Nous avons de quoi faire jusqu'en 2030 ! »",
    [["le projet va durer des années", "Michel Garnier", "indirect"], ["« Nous avons de quoi faire jusqu'en 2030 ! »", "Michel Garnier", "direct"]]],
  // Must not split: a quoted part inside the clause, with no colon, keeps the mixed sentence whole.
  ["Le député Paul Durand a estimé que la réforme était « une erreur historique » pour le pays.",
    [["la réforme était « une erreur historique » pour le pays", "Paul Durand", "mixed"]]],
  // Must not match: a colon that introduces a list inside the report does not end it.
  ["Le député Paul Durand a précisé que trois villes étaient touchées : Lyon, Nantes et Lille.",
    [["trois villes étaient touchées : Lyon, Nantes et Lille", "Paul Durand", "indirect"]]],
]);

table("French: a semicolon closes the report before it", fr, [
  // A postposed cue reports the clause after the last semicolon, not the sentence.
  ["Les syndicats ont manifesté mardi ; la réforme est injuste, a déclaré Paul Durand.",
    [["la réforme est injuste", "Paul Durand", "indirect"]]],
  ["Le maire Pierre Blanc a critiqué la décision du préfet ; c'est un exemple de mépris, a déclaré Paul Durand.",
    [["la décision du préfet", "Pierre Blanc", "indirect"], ["c'est un exemple de mépris", "Paul Durand", "indirect"]]],
  ["Le ministre Paul Durand a expliqué que la loi serait votée ; il a ajouté que le calendrier était tenu.",
    [["la loi serait votée", "Paul Durand", "indirect"], ["le calendrier était tenu", "Paul Durand", "indirect"]]],
]);

table("French: a report inside a relative clause set off by commas ends at its closing comma", fr, [
  ["Paul Durand, qui a rappelé que la réforme était nécessaire, a quitté la salle.",
    [["la réforme était nécessaire", "Paul Durand", "indirect"]]],
  // Must not cut: a relative clause inside the content belongs to it.
  ["Paul Durand a affirmé que le ministre, qui a promis des baisses, avait menti aux élus.",
    [["le ministre, qui a promis des baisses, avait menti aux élus", "Paul Durand", "indirect"]]],
]);

table("French: a sentence that runs into a quote closing its clause before a postposed cue is one mixed report", fr, [
  [`La réforme est ${g("indispensable")}, a déclaré Paul Durand.`, [[`La réforme est ${g("indispensable")}`, "Paul Durand", "mixed"]]],
  [`La réforme est ${g("indispensable")} et ${g("urgente")}, a déclaré Paul Durand.`,
    [[`La réforme est ${g("indispensable")} et ${g("urgente")}`, "Paul Durand", "mixed"]]],
  // Must stay direct: a quote that opens its sentence (a connective aside), one after a colon.
  [`${g("La réforme est indispensable")}, a déclaré Paul Durand.`, [[g("La réforme est indispensable"), "Paul Durand", "direct"]]],
  [`Le texte dit : ${g("la réforme est indispensable")}, a rappelé Paul Durand.`, [[g("la réforme est indispensable"), "Paul Durand", "direct"]]],
  [`Mais ${g("la réforme passera")}, a ajouté Paul Durand.`, [[g("la réforme passera"), "Paul Durand", "direct"]]],
]);

// A "that" past the bare clause's finite verb, or inside a quote opened after the verb, is the clause's own (a relative
// or a complement), not the reporting verb's: the report is the whole bare clause.
table("English: a relative \"that\" inside the reported clause does not cut it", en, [
  ["Julia Fenn defended the plan. She said the mayor had \"done everything that mattered.\"",
    [["the mayor had \"done everything that mattered.\"", "Julia Fenn", "mixed"]]],
  ["Owen Pratt said the board had \"ignored every warning that came its way\".",
    [["the board had \"ignored every warning that came its way\"", "Owen Pratt", "mixed"]]],
  ["Owen Pratt said the board had ignored warnings that came its way.",
    [["the board had ignored warnings that came its way", "Owen Pratt", "indirect"]]],
  ["Rita Moss said the problem was that nobody had asked the tenants.",
    [["the problem was that nobody had asked the tenants", "Rita Moss", "indirect"]]],
  // Must still cut at the verb's own "that": after time words, a channel, a quoted show title.
  ["Owen Pratt said on Tuesday that the board had ignored every warning.", [["the board had ignored every warning", "Owen Pratt", "indirect"]]],
  ["Owen Pratt told NBC's \"Today\" show that the board had ignored every warning.",
    [["the board had ignored every warning", "Owen Pratt", "indirect"]]],
  ["Owen Pratt said in a statement released on Monday that the board had ignored every warning.",
    [["the board had ignored every warning", "Owen Pratt", "indirect"]]],
]);
