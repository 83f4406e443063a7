// A statement that goes on with the speaker of the one before it (“A,” said X. “B.”; “and said”).
import { statements, table, named, g, fr, en } from "../helpers/table";

describe("continuation: “A,” said X, who …. “B.”", () => {
  statements(en, [
    // Another person named inside the attribution does not break the continuation.
    ["“The market is cynical,” said Tom Hale, a developer who introduced Mr. Vance to his bankers. “But we will try.”",
      [["“The market is cynical,”", "Tom Hale"], ["“But we will try.”", "Tom Hale"]]],
    // A described source goes on too.
    ["“Polls matter less here,” said a New Hampshire Republican. “Rubio will come on strong.”",
      [["“Polls matter less here,”", "a New Hampshire Republican"], ["“Rubio will come on strong.”", "a New Hampshire Republican"]]],
    // Not a continuation: narration between the two, or another speaker named in a sentence of its own.
    ["“The market is cynical,” said Tom Hale. Then Anne Reed stood up. “We will try.”",
      [["“The market is cynical,”", "Tom Hale"], ["“We will try.”", null]]],
  ]);
  statements(fr, [
    ["« Le marché est cynique », a expliqué Paul Girard, qui a présenté M. Morel à ses banquiers. « Mais nous essaierons. »",
      [["« Le marché est cynique »", "Paul Girard"], ["« Mais nous essaierons. »", "Paul Girard"]]],
  ]);
});

table("French: a whole-sentence quote after a sentence about a named person", fr, [
  [`Jean Dupont, ministre de l'Économie, a présenté son plan. ${g("Nous allons baisser les impôts.")}`, [[g("Nous allons baisser les impôts."), "Jean Dupont"]]],
  [`Jean Dupont a présenté son plan.\n\n${g("Nous allons baisser les impôts.\n« Cette mesure concernera tous les ménages.")}`, [["«\u00a0Nous allons baisser les impôts.\n« Cette mesure concernera tous les ménages.\u00a0»", "Jean Dupont"]]],
  // Not when another person is named in between, nor for a short term, nor after an incise inside the quote.
  [`Jean Dupont a reçu Marie Curie. ${g("Nous allons baisser les impôts.")}`, [[g("Nous allons baisser les impôts."), null]]],
  [`Jean Dupont a présenté son plan. ${g("Voilà, dit le conseiller en souriant, ce que nous ferons.")}`, [[g("Voilà, dit le conseiller en souriant, ce que nous ferons."), null]]],
], { speaker: named });

table("a sentence after a quote that reports a clause of its own is not the quote's cue", en, [
  ["The law was meant “to cover all state workers.” Tom Green says he is not familiar with the details.",
    [["“to cover all state workers.”", null, "direct"], ["he is not familiar with the details", "Tom Green", "indirect"]]],
  // Still the quote's cue: the verb closes the sentence or takes a time phrase.
  ["“We will win.” Mary Smith said on Tuesday.", [["“We will win.”", "Mary Smith", "direct"]]],
  ["“We will win,” Mary Smith said.", [["“We will win,”", "Mary Smith", "direct"]]],
]);

table("'and said' after another verb of the sentence's subject", en, [
  ["Dana Okafor spoke on Monday. Okafor later visited the flooded street and said she had been trapped.",
    [["she had been trapped", "Dana Okafor", "indirect"]]],
  ["He met the mayor on Friday and said the deal was close.", [["the deal was close", "He", "indirect"]]],
  // Not a report of the sentence's subject: no name or pronoun opens the sentence.
  ["There was the flood and said to be the worst in years.", []],
]);

table("a second reporting verb after 'and' takes the subject of the first verb", en, [
  ["After the vote, Dana Okafor thanked her staff and warned that the budget would be tight.",
    [["the budget would be tight", "Dana Okafor", "indirect"]]],
  ["Voters cheered after Dana Okafor called the plan a disaster and promised to scrap it.",
    [["the plan a disaster", "Dana Okafor", "indirect"], ["to scrap it", "Dana Okafor", "indirect"]]],
  // Not a subject: a name that is the first verb's object (no description is taken either).
  ["The crowd booed Dana Okafor and warned that the budget would be tight.", []],
]);

table("French: a whole-sentence quote after a sentence whose subject is a pronoun", fr, [
  [`L'indignation a été exprimée par Paul Girard, président du groupe. Il a demandé un rappel au règlement. ${g("On ne peut pas accepter un tel mépris !")} ${g("Vous vous êtes assis sur le règlement !")}`,
    // "demander + noun phrase" is a report of its own (French frames), with the same speaker.
    [["un rappel au règlement", "Paul Girard", "indirect"], [g("On ne peut pas accepter un tel mépris !"), "Paul Girard"],
      [g("Vous vous êtes assis sur le règlement !"), "Paul Girard"]]],
  // The pronoun's gender picks the antecedent.
  [`Paul Girard a reçu Marie Curie. Elle a salué le public. ${g("Nous allons baisser les impôts.")}`, [[g("Nous allons baisser les impôts."), "Marie Curie"]]],
  // Must not: a pronoun that stands for no person gives the quote to nobody.
  [`Le vent souffle depuis hier. Il a emporté des toits. ${g("Nous allons baisser les impôts.")}`, [[g("Nous allons baisser les impôts."), null]]],
], { speaker: named });

// "X a rappelé que la ville avait demandé des fonds et a ajouté que …": the object report of the verb inside the first
// report ends where it does; the conjoined verb goes on with the speaker of the outer report, not the inner subject.
table("a conjoined reporting verb keeps the outer report's speaker past a report inside it", fr, [
  ["Le maire a rappelé que la ville avait demandé des fonds et a ajouté que la campagne permettrait d'en débattre.",
    [["la ville avait demandé des fonds", "Le maire", "indirect"], ["la campagne permettrait d'en débattre", "Le maire", "indirect"]]],
  ["Paul Durand a rappelé que la ville avait réclamé des fonds, ajoutant que la campagne permettrait d'en débattre.",
    [["la ville avait réclamé des fonds", "Paul Durand", "indirect"], ["la campagne permettrait d'en débattre", "Paul Durand", "indirect"]]],
  // Still the inner subject when it is the one who goes on: a report of its own, no outer report ending there.
  ["La ville a demandé des fonds et a ajouté que la campagne permettrait d'en débattre.",
    [["des fonds", "La ville", "indirect"], ["la campagne permettrait d'en débattre", "La ville", "indirect"]]],
]);
table("a conjoined reporting verb keeps the outer report's speaker (English)", en, [
  ["The mayor said the city had demanded more funds and added that the campaign would allow a debate.",
    [["the city had demanded more funds", "The mayor", "indirect"], ["the campaign would allow a debate", "The mayor", "indirect"]]],
]);

table("French: a quote with no cue after a report that is all in marks (« selon X, « … » ») goes on with X", fr, [
  // A described source (no name) and an organisation go on, and the quote may be part of a sentence.
  [`Un incendie a touché un entrepôt. Selon la préfecture, ${g("les pompiers sont intervenus vite")}. Le feu a été très violent, ${g("seule l'arrivée des renforts a permis de le contenir")}.`,
    [[g("les pompiers sont intervenus vite"), "la préfecture"], [g("seule l'arrivée des renforts a permis de le contenir"), "la préfecture"]]],
  [`Un incendie a touché un entrepôt. D'après le communiqué de la préfecture, ${g("les pompiers sont intervenus vite")}. ${g("Seule l'arrivée des renforts a permis de le contenir.")}`,
    [[g("les pompiers sont intervenus vite"), "la préfecture"], [g("Seule l'arrivée des renforts a permis de le contenir."), "la préfecture"]]],
  [`La grève continue. Selon le maire Paul Martin, ${g("les routes restent bloquées")}. La ville reste calme, ${g("et personne ne circule dans le centre")}.`,
    [[g("les routes restent bloquées"), "Paul Martin"], [g("et personne ne circule dans le centre"), "Paul Martin"]]],
  // Not after a report without marks (the quote inside a sentence stays unattributed), nor past another person named in between.
  [`Un incendie a touché un entrepôt. Selon la préfecture, les pompiers sont intervenus vite. Le feu a été très violent, ${g("seule l'arrivée des renforts a permis de le contenir")}.`,
    [["les pompiers sont intervenus vite", "la préfecture"], [g("seule l'arrivée des renforts a permis de le contenir"), null]]],
  [`Selon la préfecture, ${g("les pompiers sont intervenus vite")}. Le maire Paul Martin a visité le site. Le feu a été très violent, ${g("seule l'arrivée des renforts a permis de le contenir")}.`,
    [[g("les pompiers sont intervenus vite"), "la préfecture"], [g("seule l'arrivée des renforts a permis de le contenir"), null]]],
]);

table("French: a second reporting verb after 'et' takes the subject past a short opening adverbial", fr, [
  ["La séance a repris lundi. Plus tard, Claude Bernard a ouvert le vote et a déclaré qu'il n'y aura plus de pause.",
    [["il n'y aura plus de pause", "Claude Bernard", "indirect"]]],
  [`La séance a repris lundi. Plus tard, Claude Bernard a ouvert le vote et a déclaré qu'${g("il n'y aura plus de pause")}.`,
    [[g("il n'y aura plus de pause"), "Claude Bernard", "mixed"]]],
  [`La séance a repris lundi. Lundi soir, Claude Bernard a ouvert le vote et a dit : ${g("Il n'y aura plus de pause.")}`,
    [[g("Il n'y aura plus de pause."), "Claude Bernard", "direct"]]],
  ["La séance a repris lundi. Ensuite, le président a ouvert le vote et a déclaré qu'il n'y aura plus de pause.",
    [["il n'y aura plus de pause", "le président", "indirect"]]],
  // Not a subject: no noun phrase opens the clause after the comma.
  ["La séance a repris lundi. Plus tard, ouvert au public, le vote a eu lieu et a montré qu'il n'y aura plus de pause.", []],
]);
