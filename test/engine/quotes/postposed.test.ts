// A report before a postposed cue (“The plan will fail, X said.”, « …, a-t-il ajouté. »).
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, table, reported, g, fr, en } from "../helpers/table";

describe("French: a report before a postposed cue (« …, a-t-il ajouté. »)", () => {
  statements(fr, [
    ["Jean Dupont a présenté son plan. La réforme sera adoptée avant l'été, a-t-il ajouté.",
      [["La réforme sera adoptée avant l'été", "Jean Dupont", "indirect"]]],
    ["Anne Martin a quitté la salle. Le texte doit être retiré, estime-t-elle.",
      [["Le texte doit être retiré", "Anne Martin", "indirect"]]],
    ["La réforme sera adoptée, assure-t-on dans l'entourage du ministre.",
      [["La réforme sera adoptée", "l'entourage du ministre", "indirect"]]],
    ["Le suspect a été interpellé mardi, a-t-on appris de source policière.",
      [["Le suspect a été interpellé mardi", "source policière", "indirect"]]],
    ["La réforme sera adoptée, a indiqué Jean Dupont à l'AFP.",
      [["La réforme sera adoptée", "Jean Dupont", "indirect"]]],
    ["Le suspect a été interpellé mardi, a indiqué une source proche de l'enquête à l'AFP.",
      [["Le suspect a été interpellé mardi", "une source proche de l'enquête", "indirect"]]],
  ]);
  // Not postposed cues: an inverted question, an incise inside speech that goes on, a dialogue line.
  statements(fr, [
    ["Au printemps, les oiseaux chantent, s'inquiètent-ils de l'hiver ?", []],
    ["Jean Dupont hésita. Pardon, cher ami, dit-il, une seule question.", []],
    ["Jean Dupont hésita.\n– Votre peine me fait mal, dit-il.\nFin.", []],
  ], { only: reported });
});

table("French: a verbless phrase before a subject is no report", fr, [
  ["Le président du tribunal, Alain Brochard, a interrompu l'avocate.", []],
  ["Sur la photo, Martine sourit à côté du maire.", []],
  // Still reports: the content holds a verb; English is left alone.
  ["La réforme sera votée en juin, Paul Garnier a assuré.", [["La réforme sera votée en juin", "Paul Garnier", "indirect"]]],
  ["Le site fermera, Paul Garnier a annoncé.", [["Le site fermera", "Paul Garnier", "indirect"]]],
]);

table("English: a postposed subject after a short report is unchanged", en, [["Taxes will rise, Sarah Okafor announced.", [["Taxes will rise", "Sarah Okafor", "indirect"]]]]);

table("French: a verb ending after a noun still makes a report", fr, [
  ["Les prix augmentent, Paul Garnier a affirmé.", [["Les prix augmentent", "Paul Garnier", "indirect"]]],
]);

table("French: a report before an inverted cue, an addressee and a named description after it", fr, [
  [`La Russie reste ${g("ouverte au dialogue")} sur ce dossier, a déclaré à la presse le porte-parole du Kremlin, Ivan Sorokine, au lendemain d'un entretien entre les deux présidents.`,
      [[`La Russie reste ${g("ouverte au dialogue")} sur ce dossier`, "Ivan Sorokine", "mixed"]]],
  [`Le port restera ${g("fermé aux navires")} jusqu'en mai, a indiqué le ministre des Transports, Paul Garnier, mardi.`,
      [[`Le port restera ${g("fermé aux navires")} jusqu'en mai`, "Paul Garnier", "mixed"]]],
  // False positive: a description with no name after it stays unnamed.
  [`Le port restera ${g("fermé aux navires")} jusqu'en mai, a indiqué le ministère des Transports.`,
      [[`Le port restera ${g("fermé aux navires")} jusqu'en mai`, "ministère des Transports", "mixed"]]],
]);

table("English: an inverted cue's description named in apposition", en, [
  ["The port will stay “closed to ships” until May, said the minister, Paul Garner, on Tuesday.", [["The port will stay “closed to ships” until May", "Paul Garner"]]],
]);

describe("postposed, inverted and 'as X noted' cues", () => {
  statements(en, [
    ["FILE - In this May 2, 2016 file photo, Tom Reed speaks in Boston.", []],
    ["In this undated photo, Ann Cole speaks to supporters.", []],
    ["In the morning the plant will close, Tom Reed said.", [["In the morning the plant will close", "Tom Reed", "indirect"]]],
    ["As the Daily Planet noted, the mayor raised more than a million dollars from the industry.",
      [["the mayor raised more than a million dollars from the industry", "Daily Planet", "indirect"]]],
    // The "as" found after words that hold its letters ("has", "was", "Kansas"), inside the text.
    ["The vote in Kansas was close and has been disputed. And as the Daily Planet noted, the mayor raised a million dollars.",
      [["the mayor raised a million dollars", "Daily Planet", "indirect"]]],
    ["A calmer campaign may not be such a bad thing, say some Democrats.",
      [["A calmer campaign may not be such a bad thing", "some Democrats", "indirect"]]],
    ["In extreme cold, the brakes take longer to work, said the winter railway report.",
      [["In extreme cold, the brakes take longer to work", "the winter railway report", "indirect"]]],
    ["The plan could work, Sen. Mary Smith told reporters on Thursday.",
      [["The plan could work", "Mary Smith", "indirect"]]],
    ["Four band members were killed, lead singer Mary Smith told reporters.",
      [["Four band members were killed", "Mary Smith", "indirect"]]],
    // A verb after the description: a clause, not an inverted subject.
    ["The plan failed, said the mayor was wrong.", []],
  ]);
  statements(fr, [
    // French incises keep their description for direct quotes only.
    ["La nuit tombait, dit la servante.", []],
  ]);
});

table("a postposed cue whose subject opens with a determiner", en, [
  ["The mill will close in May, the Courier said.", [["The mill will close in May", "Courier", "indirect"]]],
  ["The vote was delayed, the party's leader announced on Monday.",
    [["The vote was delayed", "the party's leader", "indirect"]]],
  ["The mill will close in May, the mayor's spokesman said.", [["The mill will close in May", "the mayor's spokesman", "indirect"]]],
  // Not a cue: a verb form that is a noun after an adjective, or a capitalised word inside a name.
  ["Okafor remains, for now, the head of the union and an active voice in city politics.", []],
  ["The mill will close, said Jo Lee, an analyst at the Harbor Policy Report.",
    [["The mill will close", "Jo Lee", "indirect"]]],
]);

table("postposed cues with long titles, counts, outlets and times", en, [
  ["The mill will close soon, Secretary of State Dana Okafor said.", [["The mill will close soon", "Dana Okafor", "indirect"]]],
  ["The mill will close soon, one county official said.", [["The mill will close soon", "one county official", "indirect"]]],
  ["The union will sit out the vote, Dana Okafor told WKRP earlier this week.",
    [["The union will sit out the vote", "Dana Okafor", "indirect"]]],
  // A quote that closes the sentence before: the report opens after it.
  ["Jo Lee said: “We are going out of business.” The union will sit out the vote, Dana Okafor told reporters.",
    [["“We are going out of business.”", "Jo Lee", "direct"], ["The union will sit out the vote", "Dana Okafor", "indirect"]]],
  // Not reports: a participle with a time after it, a place name that is no outlet.
  ["The plan announced earlier this year will fail.", []],
  ["The mill will close soon, the Ohio River flooded.", []],
]);

table("a postposed report may hold a quote inside its clause (mixed)", en, [
  ["The mayor had “put a dent” in the budget this year, Dana Okafor said.",
    [["The mayor had “put a dent” in the budget this year", "Dana Okafor", "mixed"]]],
  // Not a cue: a relative clause inside an apposition.
  ["Jo Lee, a Okafor ally who has spoken to the mayor, has been warned of the vote.", []],
]);

table("French: a cue set off after an opening connective reports what follows it", fr, [
  ["Par ailleurs, poursuit Paul Durand, les négociations reprendront lundi avec les syndicats.",
    [["les négociations reprendront lundi avec les syndicats", "Paul Durand", "indirect"]]],
  ["Enfin, conclut le ministre de l'Intérieur, Paul Durand, la réforme sera votée avant l'été.",
    [["la réforme sera votée avant l'été", "Paul Durand", "indirect"]]],
  // After a short fronted circumstance too ("Pour l'instant", "Dans ce contexte", "À ce stade du débat").
  ["Pour l'instant, admet Paul Durand, la réforme sera reportée.", [["la réforme sera reportée", "Paul Durand", "indirect"]]],
  ["Dans ce contexte, estime la CGT, les salaires doivent augmenter.", [["les salaires doivent augmenter", "CGT", "indirect"]]],
  ["À ce stade du débat, a ajouté M. Durand, rien n'est décidé.", [["rien n'est décidé", "Durand", "indirect"]]],
  // The named speaker's role in apposition comes before the report ("…, admet X, ministre de …, la réforme …").
  ["Par ailleurs, admet Paul Durand, ministre de l'Intérieur, la réforme sera reportée.",
    [["la réforme sera reportée", "Paul Durand", "indirect"]]],
  ["Pour l'instant, poursuit Claire Petit, la maire de Lyon, les travaux commenceront en mai.",
    [["les travaux commenceront en mai", "Claire Petit", "indirect"]]],
  // A plural or a body after the name's comma is the clause's own subject, no apposition.
  ["Par ailleurs, poursuit Paul Durand, les salariés, qui sont en grève, reprendront le travail.",
    [["les salariés, qui sont en grève, reprendront le travail", "Paul Durand", "indirect"]]],
  ["Par ailleurs, poursuit Paul Durand, le gouvernement, qui est en difficulté, reculera.",
    [["le gouvernement, qui est en difficulté, reculera", "Paul Durand", "indirect"]]],
  // Must not match: the cue closes the sentence and only the connective stands before it.
  ["Par ailleurs, poursuit Paul Durand.", []],
  ["Pour l'instant, admet Paul Durand.", []],
  ["De son côté, Paul Durand, le maire, a ouvert la séance du conseil.", []],
]);

table("French: a cue between the clause's subject and its verb reports the whole clause", fr, [
  ["Les impôts, poursuit Paul Durand, vont baisser l'an prochain.",
    [["Les impôts, poursuit Paul Durand, vont baisser l'an prochain", "Paul Durand", "indirect"]]],
  ["La réforme, assure la ministre Claire Petit, sera votée avant l'été.",
    [["La réforme, assure la ministre Claire Petit, sera votée avant l'été", "Claire Petit", "indirect"]]],
  // Must not match: no verb after the incise, or a new subject there.
  ["Les impôts, poursuit Paul Durand.", []],
  ["Le budget, explique Paul Durand, le gouvernement le votera.", []],
]);

table("French: an opening connective before a postposed cue's report is no part of it", fr, [
  ["Paul Durand a parlé longuement. Toutefois, si les exécutions avaient eu lieu, elles seraient graves, dit-il.",
    [["si les exécutions avaient eu lieu, elles seraient graves", "Paul Durand", "indirect"]]],
  ["Par ailleurs, la réforme est injuste, a déclaré Paul Durand.", [["la réforme est injuste", "Paul Durand", "indirect"]]],
]);

// Issue 11, English 4: an opening adverbial before ", NAME verb …" sets the scene of the clause after it; it is no report.
table("an opening adverbial before the subject is no postposed report", en, [
  ["Earlier this month, Mayor Ellen Fordham wrote to the council about the bridge.", []],
  ["When reached by phone, Fordham had little to say.", []],
  ["Yet in last spring's county survey, the mayor trailed by ten points.", []],
  ["After the storm passed, the mayor wrote to the governor.", []],
  // A clause with its own verb before the cue stays a report.
  ["In May the bridge will close for repairs, Fordham said.", [["In May the bridge will close for repairs", "Fordham"]]],
  ["But for the town, the bridge is a lifeline, Fordham said.", [["But for the town, the bridge is a lifeline", "Fordham"]]],
  ["Last week, Fordham said the bridge was safe.", [["the bridge was safe", "Fordham"]]],
]);

// Issue 11, English 4: an inverted description that runs on past its head, or closes on a relative clause.
table("an inverted description after ', said' that runs on", en, [
  ["The deal is nearly done, said a source close to the talks.", [["The deal is nearly done", "a source"]]],
  ["The deal is nearly done, said an official who asked not to be named because the talks are private.",
    [["The deal is nearly done", "an official"]]],
  ["The deal is nearly done, said one official, who asked not to be named.", [["The deal is nearly done", "one official"]]],
  // A clause of its own after the description's comma leaves the cue as it was.
  ["The deal is nearly done, said a source, and talks resume Monday.", [["The deal is nearly done", "a source"]]],
]);

table("French: an incidental phrase between an inverted verb and its subject", fr, [
  ["Les négociations sont rompues, affirme de son côté le syndicat.", [["Les négociations sont rompues", "le syndicat", "indirect"]]],
  [`${g("Rien n'est joué")}, a ajouté pour sa part la ministre Claire Petit.`, [[g("Rien n'est joué"), "Claire Petit", "direct"]]],
  ["Le budget sera voté en juin, a précisé quant à lui le maire Pierre Blanc.", [["Le budget sera voté en juin", "Pierre Blanc", "indirect"]]],
]);

// The verb after the incise in the present plural ("peinent", "partagent"), any present ("demeure"), or a quote
// opening there (the clause is then mixed).
table("French: a cue between the clause's subject and a verb in any tense reports the whole clause", fr, [
  ["Les secours, a ajouté Paul Durand, peinent à atteindre les villages.",
    [["Les secours, a ajouté Paul Durand, peinent à atteindre les villages", "Paul Durand", "indirect"]]],
  ["Les deux pays, a souligné la ministre Claire Petit, partagent les mêmes intérêts.",
    [["Les deux pays, a souligné la ministre Claire Petit, partagent les mêmes intérêts", "Claire Petit", "indirect"]]],
  ["La situation, a expliqué Paul Durand, demeure préoccupante.",
    [["La situation, a expliqué Paul Durand, demeure préoccupante", "Paul Durand", "indirect"]]],
  [`Le gouvernement, a poursuivi Paul Durand, ${g("sera extrêmement vigilant")}.`,
    [[`Le gouvernement, a poursuivi Paul Durand, ${g("sera extrêmement vigilant")}`, "Paul Durand", "mixed"]]],
  [`Paul Durand a visité la zone sinistrée. Les secours, a-t-il ajouté, peinent à atteindre les villages.`,
    [["Les secours, a-t-il ajouté, peinent à atteindre les villages", "Paul Durand", "indirect"]]],
  // Must not match: a preposition after the incise (no verb follows the subject).
  ["Les élus, raconte Paul Durand, dans la salle du conseil.", []],
]);

// "A, a-t-il précisé, et B.": a cue set off inside a sentence that goes on with "et"/"mais" and a new clause; the
// report is the whole sentence, incise included (as for a cue between the subject and its verb).
table("French: a cue inside a sentence that goes on with « et » or « mais » reports the whole sentence", fr, [
  ["Antonio Ruiz est arrivé. Les flammes ont détruit 12 000 hectares, a-t-il précisé, et les vents compliquent la tâche.",
    [["Les flammes ont détruit 12 000 hectares, a-t-il précisé, et les vents compliquent la tâche", "Antonio Ruiz", "indirect"]]],
  ["Stéphane Morel a parlé. La joueuse souffrait du poignet, a-t-il expliqué, et elle avait failli renoncer.",
    [["La joueuse souffrait du poignet, a-t-il expliqué, et elle avait failli renoncer", "Stéphane Morel", "indirect"]]],
  ["Paul Durand est arrivé. Le site fermera en mai, a-t-il annoncé, mais aucun salarié ne sera licencié.",
    [["Le site fermera en mai, a-t-il annoncé, mais aucun salarié ne sera licencié", "Paul Durand", "indirect"]]],
  // Must not go on: a participle that still describes the subject, or the speaker's own act after the cue.
  ["Il s'enferma chez lui, las de tout, disait-il, et décidé à vivre seul.", []],
  ["La réforme sera votée, a déclaré Paul Durand, et il a quitté la salle.", [["La réforme sera votée", "Paul Durand", "indirect"]]],
]);

// "A, a-t-il assuré, avant de quitter la salle.": the speaker's sequel after the cue's comma closes its tail; the report
// is A (and "avant d'ajouter que B" reports B for the same speaker).
table("French: a postposed cue followed by « avant de » still reports the clause before it", fr, [
  ["Paul Durand est arrivé. Le texte sera amendé, a-t-il assuré mardi devant la presse, avant de quitter la salle.",
    [["Le texte sera amendé", "Paul Durand", "indirect"]]],
  ["Paul Durand est arrivé. Le texte sera amendé, a-t-il assuré, avant d'ajouter que rien n'était décidé.",
    [["Le texte sera amendé", "Paul Durand", "indirect"], ["rien n'était décidé", "Paul Durand", "indirect"]]],
  ["Le texte sera amendé, a assuré Paul Durand, avant d'annoncer un plan de 2 milliards.",
    [["Le texte sera amendé", "Paul Durand", "indirect"], ["un plan de 2 milliards", "Paul Durand", "indirect"]]],
  // Must not: "avant que" opens a clause of its own, not the speaker's sequel.
  ["Le texte sera amendé, a-t-il dit, avant que la séance ne soit levée.", []],
]);

// Unseen-article method (test/fixtures/unseen-en): the wire lede "…, city officials said last week." had no report:
// a bare description of modifiers before a plural source noun, and a time phrase of two words after the verb.
table("a postposed cue with a bare plural description or a 'last week' after the verb", en, [
  ["The ferry will not run until May, city officials said.", [["The ferry will not run until May", "city officials", "indirect"]]],
  ["The ferry will not run until May, health officials said Wednesday.", [["The ferry will not run until May", "health officials", "indirect"]]],
  ["Egg prices rose 6 per cent, Statistics Canada said last week.", [["Egg prices rose 6 per cent", "Statistics Canada", "indirect"]]],
  ["Egg prices rose 6 per cent, the agency reported earlier this month.", [["Egg prices rose 6 per cent", "the agency", "indirect"]]],
  ["Local officials say the ferry will not run until May.", [["the ferry will not run until May", "Local officials", "indirect"]]],
  // The audience of "told" with its complement: "told a meeting of the transit committee." ended no cue, and was read
  // as what was told.
  ["The ferry will not run until May, officials told a meeting of the port committee.",
    [["The ferry will not run until May", "officials", "indirect"]]],
  ["The ferry will not run until May, Ana Reyes told a crowd of supporters on Monday.",
    [["The ferry will not run until May", "Ana Reyes", "indirect"]]],
  // Not a subject: a bare plural after a preposition, a place or a thing that is no source.
  ["The ferry will not run until May, in spite of what city maps said.", []],
  ["The ferry will not run until May, the city's tables showed last week.", []],
]);

// Issue 11, English 4 (ggt splits "A, X said, B" into two statements): a parenthetical cue inside the content keeps the
// whole span and lists the two pieces around the cue as fragments, so the speaker and the verb are no part of them.
describe("a parenthetical cue inside a report cuts it into two fragments", () => {
  const rows: [text: string, pieces: string[]][] = [
    ["While some firms struggle, Rutledge said, for others the slump is a chance.", ["While some firms struggle", "for others the slump is a chance"]],
    ["The ferry will not run until May, city officials said, as crews repair the dock.", ["The ferry will not run until May", "as crews repair the dock"]],
    ["The team remains in the race, Bouchard insisted, and she has no plans to sell.", ["The team remains in the race", "and she has no plans to sell"]],
    // A postposed cue at the end of its sentence leaves one piece.
    ["The ferry will not run until May, city officials said.", []],
  ];
  for (const [text, pieces] of rows) {
    it(text, () => {
      const q = analyze(text, { lang: "en" }).quotes;
      assert.equal(q.length, 1);
      assert.deepEqual((q[0].fragments ?? []).map((f) => text.slice(f.start, f.end)), pieces);
    });
  }
});

// Issue 11: the press's postposed cues with a subject that has a quantifier and no article ("ont affirmé des témoins"),
// and with a verb that reports only with "que" before it is inverted ("…, rapporte l'AFP.", "…, prétend le régime.").
table("French: a postposed cue with a quantified source or a « que »-only verb", fr, [
  ["Les tirs ont repris à l'aube, ont affirmé des habitants.", [["Les tirs ont repris à l'aube", "des habitants", "indirect"]]],
  ["Le cortège a été dispersé, racontent plusieurs témoins.", [["Le cortège a été dispersé", "plusieurs témoins", "indirect"]]],
  ["Trois blindés ont été détruits, selon des militants de l'opposition.", [["Trois blindés ont été détruits", "des militants de l'opposition", "indirect"]]],
  ["Le convoi a quitté la frontière dans la nuit, rapporte l'AFP.", [["Le convoi a quitté la frontière dans la nuit", "AFP", "indirect"]]],
  ["Le parti a perdu la moitié de ses adhérents, rapportent les médias locaux.", [["Le parti a perdu la moitié de ses adhérents", "les médias locaux", "indirect"]]],
  ["La ville est sous contrôle, prétend le régime.", [["La ville est sous contrôle", "le régime", "indirect"]]],
  // Not sources: an estimate, an object after "rapporter" (what it brings in), a plan that forecasts.
  ["La population a doublé en dix ans, selon des estimations.", []],
  ["Le marché est ouvert le dimanche, rapporte des recettes au village.", []],
  ["Les ventes ont chuté au printemps, prévoit le plan de relance.", []],
]);

// Issue 11: the dash after a dateline's period ("12 mars 2012. - …", the first sentence of a news article) is no dialogue
// dash: the sentence after it may be the report of a postposed cue, a time word after the verb included.
table("French: a postposed cue in the sentence after a dateline", fr, [
  ["4 mai 2012. - Deux navires ont été arraisonnés au large, a annoncé jeudi la préfecture maritime.",
    [["Deux navires ont été arraisonnés au large", "la préfecture maritime", "indirect"]]],
  ["Lyon, 2 avril 2013. - Le chantier du tunnel reprendra en juin, a indiqué lundi le préfet.",
    [["Le chantier du tunnel reprendra en juin", "le préfet", "indirect"]]],
  // Must not match: a dialogue dash that opens a line.
  ["Paul Morel hésita.\n- Votre offre me touche, cher ami, dit-il, une seule question.\nIl sortit.", []],
], { only: reported });

// A party tag in parentheses after the inverted speaker (lang/en/party-tags.ts partyParenEnd): it closes nothing,
// the period after it does. Not any parenthesis: "(pictured)" is no tag.
table("English: '…, said Sen. X (R-Texas).' after the content", en, [
  ["The plan would be delayed, said Sen. Tom Hale (R-Texas).", [["The plan would be delayed", "Tom Hale", "indirect"]]],
  ["The plan would be delayed, added Rep. Ann Lee (D-Calif.).", [["The plan would be delayed", "Ann Lee", "indirect"]]],
  ["“We will not back down,” said Rep. Ann Lee (D-Calif.), who leads the caucus.", [["“We will not back down,”", "Ann Lee", "direct"]]],
  ["The plan would be delayed, said Ann Lee (pictured).", []],
]);
