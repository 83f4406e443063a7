// Sources in a phrase: “according to X”, « selon X », « pour X », « d'après X », « à Matignon, on … ».
import * as assert from "node:assert/strict";
import { statements, table, names, g, fr, en, direct, reported } from "../helpers/table";

table("French: « Pour X, … », « selon lui », « d'après une source … »", fr, [
  [`Pour la présidente du Rassemblement national, Marine Le Pen, ces annonces sont ${g("très insuffisantes")}.`,
    [[`ces annonces sont ${g("très insuffisantes")}`, "Marine Le Pen", "mixed"]]],
  // The name in apposition after its own title ("le colonel X") is the source, and the content starts after it.
  ["Selon le porte-parole de l'armée, le colonel Paul Girard, les rebelles ont été repoussés.",
    [["les rebelles ont été repoussés", "Paul Girard", "indirect"]]],
  // Not an apposition: a description that goes on past the name's comma is the content's subject.
  ["Selon le porte-parole de l'armée, le bilan est lourd.", [["le bilan est lourd", "le porte-parole de l'armée", "indirect"]]],
  ["Pour Marine Le Pen, ces annonces sont insuffisantes.", [["ces annonces sont insuffisantes", "Marine Le Pen", "indirect"]]],
  ["Mais pour Jean Dupont, le compte n'y est pas.", [["le compte n'y est pas", "Jean Dupont", "indirect"]]],
  ["Pour la CGT, la réforme reste inacceptable.", [["la réforme reste inacceptable", "CGT", "indirect"]]],
  // The other national unions and farmers' and employers' bodies are organisations too (lexicon KNOWN_ORGS).
  ["Pour Force ouvrière, le texte reste inacceptable.", [["le texte reste inacceptable", "Force ouvrière", "indirect"]]],
  ["Pour la CFE-CGC, la réforme arrive trop tard.", [["la réforme arrive trop tard", "CFE-CGC", "indirect"]]],
  ["Pour la FNSEA, les prix doivent être revus.", [["les prix doivent être revus", "FNSEA", "indirect"]]],
  ["Pour la Confédération paysanne, le texte favorise les grandes exploitations.",
    [["le texte favorise les grandes exploitations", "Confédération paysanne", "indirect"]]],
  // Not an organisation: the common words in lower case.
  ["Pour la force ouvrière du pays, la réforme change tout.", []],
  ["Pour le Premier ministre, la réforme est indispensable.", [["la réforme est indispensable", "le Premier ministre", "indirect"]]],
  ["Pour ce spécialiste du Moyen-Orient, le conflit pourrait durer.", [["le conflit pourrait durer", "ce spécialiste du Moyen-Orient", "indirect"]]],
  ["Jérôme Bayle est éleveur. Selon lui, les agriculteurs resteront mobilisés.", [["les agriculteurs resteront mobilisés", "Jérôme Bayle", "indirect"]]],
  ["Anne Martin est arrivée tôt. Pour elle, la gauche doit se rassembler.", [["la gauche doit se rassembler", "Anne Martin", "indirect"]]],
  ["D'après une source proche du dossier, l'Élysée aurait validé le plan.", [["l'Élysée aurait validé le plan", "une source proche du dossier", "indirect"]]],
  ["Selon Marie Dubois, porte-parole de l'association, la situation s'aggrave.", [["la situation s'aggrave", "Marie Dubois", "indirect"]]],
  ["Le suspect a été interpellé mardi, selon une source policière.", [["Le suspect a été interpellé mardi", "une source policière", "indirect"]]],
  // Not attributions: a time, a rank, an aim, a group of people, a place, an adverbial phrase.
  ["Pour la première fois, le gouvernement recule sur ce dossier.", []],
  ["Pour 2024, le budget prévoit une hausse de 3 %.", []],
  ["Pour les agriculteurs, la situation devient intenable.", []],
  ["Pour cela, le gouvernement a débloqué 400 millions d'euros.", []],
  ["Pour autant, la situation reste tendue.", []],
  ["Pour l'heure, aucune décision n'a été prise.", []],
  ["Pour éviter la crise, le gouvernement a cédé.", []],
  ["Pour Paris, la priorité reste la désescalade.", []],
  ["Selon nos informations, le projet sera abandonné.", []],
  ["Le texte a été voté pour Jean Dupont, qui le réclamait.", []],
]);

table("French: a channel's owner is the source, and a described postposed subject must be a speaker", fr, [
  ["D'après un communiqué de la préfecture, deux personnes ont été blessées.", [["deux personnes ont été blessées", "la préfecture", "indirect"]]],
  ["Selon un communiqué de Renault, 2 000 postes seront supprimés.", [["2 000 postes seront supprimés", "Renault", "indirect"]]],
  // A spokesperson is the speaker, not a channel.
  ["Selon un porte-parole du ministère, la mesure sera appliquée en mars.", [["la mesure sera appliquée en mars", "un porte-parole du ministère", "indirect"]]],
  ["Selon un communiqué publié mercredi, la grève continue.", []],
  ["Les négociations ont échoué, la mobilisation continue.", []],
]);

table("French: a source that closes the sentence", fr, [
  ["Deux personnes ont été blessées, selon un communiqué de la préfecture.", [["Deux personnes ont été blessées", "la préfecture", "indirect"]]],
  ["Jean Dupont est arrivé. Les agriculteurs resteront mobilisés, selon lui.", [["Les agriculteurs resteront mobilisés", "Jean Dupont", "indirect"]]],
  ["Le ministre a annoncé la fermeture du site, selon un communiqué de la préfecture.", [["la fermeture du site", "Le ministre", "indirect"]]],
]);

table("French: « on » with a source set before it", fr, [
  [`À Matignon, on assure que ${g("le Premier ministre a toute la confiance du président")}.`,
    [[g("le Premier ministre a toute la confiance du président"), "Matignon", "direct"]]],
  ["Chez Renault, on confirme que l'usine fermera en juin.", [["l'usine fermera en juin", "Renault", "indirect"]]],
  ["Dans l'entourage du ministre, on explique que la réforme sera votée.", [["la réforme sera votée", "l'entourage du ministre", "indirect"]]],
  [`Place Beauvau, on indique que le ministre ${g("se consacre à sa tâche")}.`,
    [[`le ministre ${g("se consacre à sa tâche")}`, "Place Beauvau", "mixed"]]],
  // False positives: bare "on" is hearsay; a time before "on" names no source.
  ["On dit que le maire va démissionner.", []],
  ["Le soir venu, on raconte que le château est hanté.", []],
]);

describe("French: « nos confrères du Parisien », « des informations du Monde »", () => {
  statements(fr, [
    ["D'après nos confrères du Parisien, plusieurs ministres auraient été sondés.", [["plusieurs ministres auraient été sondés", "Le Parisien", "indirect"]]],
    ["Selon nos confrères de Libération, le projet serait abandonné.", [["le projet serait abandonné", "Libération", "indirect"]]],
    ["Selon des informations du Monde, le plan est prêt.", [["le plan est prêt", "Le Monde", "indirect"]]],
    // False positives: "nos informations" are the paper's own, "nos lecteurs" no source of a report.
    ["Selon nos informations, le ministre démissionnera.", []],
    ["Selon nos lecteurs, le plan est prêt.", []],
  ]);
  it("« du Monde » names the newspaper, not a person", () => assert.deepEqual(names("Il l'a dit au Monde mardi.", fr, ["people", "orgs"]), { people: [], orgs: ["Monde"] }));
});

table("French: a closing cue after the report is no part of its content", fr, [
  ["Le groupe Ardel a annoncé jeudi la fermeture de son usine, qui emploie 340 salariés, a-t-on appris auprès de la direction.",
    [["la fermeture de son usine, qui emploie 340 salariés", "Ardel", "indirect"]]],
  [`Élisabeth Garnier a jugé qu'un compromis restait ${g("possible")}, selon plusieurs participants.`, [[`un compromis restait ${g("possible")}`, "Élisabeth Garnier", "mixed"]]],
  [`Paul Roche aurait confié qu'il jugeait le calendrier ${g("intenable")}, rapporte Le Figaro.`, [[`il jugeait le calendrier ${g("intenable")}`, "Paul Roche", "mixed"]]],
  // A "selon lui" inside a report is an aside of it, not a report of the whole sentence.
  ["Paul Roche a dit que la ville, selon lui, était sûre.", [["la ville, selon lui, était sûre", "Paul Roche", "indirect"]]],
  // The cue alone still reports the sentence before it.
  ["Un homme a été blessé dans la nuit, a-t-on appris auprès de la gendarmerie.", [["Un homme a été blessé dans la nuit", "la gendarmerie", "indirect"]]],
  // False positive: "rapporter" that brings something back is no cue.
  ["Les peintres ont rapporté de leur voyage des toiles superbes.", []],
]);

describe("according to a description", () => {
  statements(en, [
    ["Late Sunday, the mayor won the primary in the north, according to early returns.",
      [["Late Sunday, the mayor won the primary in the north", "early returns", "indirect"]]],
    ["According to the Daily Planet, the council has asked local firms for donations.",
      [["the council has asked local firms for donations", "the Daily Planet", "indirect"]]],
    ["Sales fell sharply in May, according to data released Friday by the state regulators.",
      [["Sales fell sharply in May", "data released Friday by the state regulators", "indirect"]]],
    // Not sources: "according to plan"; French "selon" with a mere description is not taken over.
    ["Everything went according to plan, and the team flew home on Sunday.", []],
  ]);
  statements(fr, [
    ["Elle marchait selon la cadence inégale du trot, et personne ne parlait.", []],
  ]);
});

table("a long described source after 'according to'", en, [
  ["The deal was done to cut costs, according to the person who spoke Thursday to reporters on condition of anonymity because the talks were private.",
    [["The deal was done to cut costs", "the person", "indirect"]]],
]);

table("a document's owner is the source", en, [
  ["The union will represent all servers at both locations, according to the union's Friday release.",
    [["The union will represent all servers at both locations", "the union", "indirect"]]],
]);

table("'according to' after a clause of its own", en, [
  ["The network made 1.6 billion dollars in 2015, according to Mary Smith, an analyst at Hope Research.",
    [["The network made 1.6 billion dollars in 2015", "Mary Smith", "indirect"]]],
  // A period inside a number starts no sentence.
  ["The mayor leads in the polls, 45.4 percent to 42 percent, according to the average of recent polls.",
    [["The mayor leads in the polls, 45.4 percent to 42 percent", "the average of recent polls", "indirect"]]],
  // A quote whose cue lies before "according to" already has its speaker.
  ["“They do not care about politics,” Mary Smith said of the families, according to a pool report.",
    [["“They do not care about politics,”", "Mary Smith", "direct"]]],
]);

table("'according to' with a pronoun, and a participle after the source", en, [
  ["He left the city after, according to him, the network cancelled his show.",
    [["the network cancelled his show", "him", "indirect"]]],
  ["Acme has signed a new deal with its unions, according to the Labor Department, ending a long strike.",
    [["Acme has signed a new deal with its unions", "Labor Department", "indirect"]]],
]);

table("'according to X' set off inside one clause reports the whole clause", en, [
  ["One of the plans, according to a person close to the council, is to close the mill.",
    [["One of the plans, according to a person close to the council, is to close the mill", "a person close to the council", "indirect"]]],
  // A clause with a cue of its own keeps its own report.
  ["The Courier reported that, according to the council, the mill will close in May.",
    [["according to the council, the mill will close in May", "Courier", "indirect"]]],
]);

table("French: a medium aside after the source of 'Pour X,' / 'Selon X,' is no content", fr, [
  ["Pour l'économiste Anne Morel, interrogée par l'AFP, la croissance restera faible.", [["la croissance restera faible", "Anne Morel", "indirect"]]],
  ["Selon Pierre Blanc, joint par téléphone mercredi soir, les secours sont arrivés tard.", [["les secours sont arrivés tard", "Pierre Blanc", "indirect"]]],
  ["Pour la présidente du RN, Marine Le Pen, interrogée sur France Inter, la réforme est injuste.", [["la réforme est injuste", "Marine Le Pen", "indirect"]]],
]);

// STATEMENTS.md counts both statements of "selon X, Y a déclaré que …": the outlet's (the clause after its comma) and
// Y's (the que-clause), each with its own speaker. The one overlap between statements the engine keeps.
table("a report inside a « selon X, … » / 'according to X, …' report keeps both statements", fr, [
  ["Selon l'AFP, le ministre de l'Intérieur a déclaré que les contrôles seraient renforcés.",
    [["le ministre de l'Intérieur a déclaré que les contrôles seraient renforcés", "AFP", "indirect"],
      ["les contrôles seraient renforcés", "le ministre de l'Intérieur", "indirect"]]],
  ["D'après Reuters, la société Ardel a confirmé que l'usine fermera en juin.",
    [["la société Ardel a confirmé que l'usine fermera en juin", "Reuters", "indirect"], ["l'usine fermera en juin", "Ardel", "indirect"]]],
  ["Selon le journal Le Monde, Paul Roche, maire de Lyon, a affirmé que la réforme serait retirée.",
    [["Paul Roche, maire de Lyon, a affirmé que la réforme serait retirée", "Le Monde", "indirect"], ["la réforme serait retirée", "Paul Roche", "indirect"]]],
  ["Selon France Info, Anne Morel a assuré qu'elle ne se présenterait pas.",
    [["Anne Morel a assuré qu'elle ne se présenterait pas", "France Info", "indirect"], ["elle ne se présenterait pas", "Anne Morel", "indirect"]]],
  ["Selon Reuters, le ministre a indiqué à l'AFP que le texte serait retiré.",
    [["le ministre a indiqué à l'AFP que le texte serait retiré", "Reuters", "indirect"], ["le texte serait retiré", "le ministre", "indirect"]]],
  [`Selon l'AFP, le ministre a déclaré que la mesure était ${g("indispensable")} pour le pays.`,
    [[`le ministre a déclaré que la mesure était ${g("indispensable")} pour le pays`, "AFP", "mixed"],
      [`la mesure était ${g("indispensable")} pour le pays`, "le ministre", "mixed"]]],
  // The inner subject with an apposition of its own: "le syndicat Sud, principal …," is the subject, not the outlet's apposition.
  ["Selon l'AFP, la CGT, principal syndicat de l'usine, a affirmé que la grève continuerait.",
    [["la CGT, principal syndicat de l'usine, a affirmé que la grève continuerait", "AFP", "indirect"], ["la grève continuerait", "CGT", "indirect"]]],
  ["D'après Reuters, le groupe Ardel, premier employeur de la région, a confirmé que l'usine fermera.",
    [["le groupe Ardel, premier employeur de la région, a confirmé que l'usine fermera", "Reuters", "indirect"], ["l'usine fermera", "Ardel", "indirect"]]],
  ["Selon Marie Dubois, la porte-parole de Greenpeace, la situation s'aggrave.", [["la situation s'aggrave", "Marie Dubois", "indirect"]]],
  // A role, then its holder's name: the content's subject, not an apposition of the outlet.
  ["Selon France Info, le maire, Paul Roche, a assuré que la piscine rouvrirait.",
    [["le maire, Paul Roche, a assuré que la piscine rouvrirait", "France Info", "indirect"], ["la piscine rouvrirait", "Paul Roche", "indirect"]]],
  ["Selon l'AFP, le ministre de l'Intérieur, Paul Roche, a quitté Paris.", [["le ministre de l'Intérieur, Paul Roche, a quitté Paris", "AFP", "indirect"]]],
  // Not nested: a document is no source, and the outlet's clause with no report of its own stays one statement.
  ["Selon le rapport, le ministre a déclaré que les prix baisseraient.", [["les prix baisseraient", "le ministre", "indirect"]]],
  ["Selon le rapport, le chômage a augmenté de 3 % l'an dernier.", []],
  ["Selon l'AFP, le ministre a quitté Paris mardi.", [["le ministre a quitté Paris mardi", "AFP", "indirect"]]],
  ["Selon l'AFP, les deux ministres ont évoqué la situation au Sahel.", [["les deux ministres ont évoqué la situation au Sahel", "AFP", "indirect"]]],
  // The same speaker twice is one statement; "selon lui" inside a quote is part of the quote.
  ["Paul Roche est arrivé. Selon lui, il a toujours dit que la réforme serait retirée.", [["il a toujours dit que la réforme serait retirée", "Paul Roche", "indirect"]]],
  [`Jean Dupont est arrivé. ${g("Selon lui, tout va bien")}, a-t-il dit.`, [[g("Selon lui, tout va bien"), "Jean Dupont", "direct"]]],
  // A source set after the report's verb is not this shape: the report inside has its speaker.
  ["Le ministre a annoncé la fermeture du site, selon un communiqué de la préfecture.", [["la fermeture du site", "Le ministre", "indirect"]]],
]);

table("'according to X, Y said that …' keeps both statements", en, [
  ["According to the Daily Planet, the mayor said that the bridge would reopen in May.",
    [["the mayor said that the bridge would reopen in May", "the Daily Planet", "indirect"], ["the bridge would reopen in May", "the mayor", "indirect"]]],
  ["According to Reuters, Acme confirmed that the plant will close in June.",
    [["Acme confirmed that the plant will close in June", "Reuters", "indirect"], ["the plant will close in June", "Acme", "indirect"]]],
  // A report further inside the outlet's clause (under "if") is no second statement of the outlet's sentence.
  ["According to the Courier, aides asked what would happen if the governor said he would resign.",
    [["aides asked what would happen if the governor said he would resign", "the Courier", "indirect"]]],
]);

table("'according to' a described source tied to a name: the name is its complement or owner, not the source", en, [
  ["The governor will sign the bill next week, according to a person close to Ruiz.",
    [["The governor will sign the bill next week", "a person close to Ruiz", "indirect"]]],
  ["The plant will close in June, according to people familiar with Dana Kerr's plans.",
    [["The plant will close in June", "people familiar with Dana Kerr's plans", "indirect"]]],
  ["The vote was delayed, according to Mayor Ruiz's spokesman.", [["The vote was delayed", "Mayor Ruiz's spokesman", "indirect"]]],
  ["The vote was delayed, according to Tom Ruiz's lawyer, Ana Bell.", [["The vote was delayed", "Ana Bell", "indirect"]]],
  // Still the name: a name that is the source itself, with or without its title.
  ["The vote was delayed, according to Mayor Tom Ruiz.", [["The vote was delayed", "Tom Ruiz", "indirect"]]],
  ["According to Ana Bell, the vote was delayed.", [["the vote was delayed", "Ana Bell", "indirect"]]],
]);

// "selon"/"d'après" (not "pour") with a source described by a plural of people or an organisation's common noun:
// the press's unnamed sources ("selon des experts", "d'après le club"). A document, an estimate or a manner stays none.
table("French: « selon » and « d'après » with a described source", fr, [
  ["Selon des experts, le groupe pourrait annoncer d'autres mesures.", [["le groupe pourrait annoncer d'autres mesures", "des experts", "indirect"]]],
  ["Selon plusieurs analystes, la croissance devrait ralentir cette année.", [["la croissance devrait ralentir cette année", "plusieurs analystes", "indirect"]]],
  ["D'après certains observateurs, le scrutin a été entaché de fraudes.", [["le scrutin a été entaché de fraudes", "certains observateurs", "indirect"]]],
  ["Selon les chercheurs, la glace fond plus vite que prévu.", [["la glace fond plus vite que prévu", "les chercheurs", "indirect"]]],
  ["Selon les médecins, son état de santé reste stable.", [["son état de santé reste stable", "les médecins", "indirect"]]],
  ["Selon les auteurs de l'étude, l'espèce compte moins de mille individus.", [["l'espèce compte moins de mille individus", "les auteurs de l'étude", "indirect"]]],
  ["D'après le club, le défenseur sera absent trois semaines.", [["le défenseur sera absent trois semaines", "le club", "indirect"]]],
  ["Selon la fédération, la finale se jouera à huis clos.", [["la finale se jouera à huis clos", "la fédération", "indirect"]]],
  ["La rencontre a été reportée à dimanche, selon la ligue.", [["La rencontre a été reportée à dimanche", "la ligue", "indirect"]]],
  // A short parenthesis after the source (its initials, a party) belongs to it.
  ["D'après les observateurs de l'Organisation des États américains (OEA), le vote a été régulier.",
    [["le vote a été régulier", "les observateurs de l'Organisation des États américains", "indirect"]]],
  ["Selon la Direction générale de la santé (DGS), le virus circule encore.", [["le virus circule encore", "Direction générale de la santé", "indirect"]]],
  ["Selon Jean Dupont (PS), la réforme sera votée.", [["la réforme sera votée", "Jean Dupont", "indirect"]]],
  // The quantified noun heads the source when a speaker noun follows it as an adjective ("proches").
  ["La réforme sera reportée, ont affirmé des sources proches du gouvernement.",
    [["La réforme sera reportée", "des sources proches du gouvernement", "indirect"]]],
  // Not sources: documents, estimates, forecasts, manners and cases.
  ["Selon des estimations, la population a doublé en dix ans.", []],
  ["Selon des estimations proches de la réalité, la population a doublé en dix ans.", []],
  ["Selon des estimations (Insee), la population a doublé en dix ans.", []],
  ["Selon plusieurs études, le café protégerait le foie.", []],
  ["Selon les prévisions, la croissance devrait ralentir.", []],
  ["Selon toute vraisemblance, le projet sera abandonné.", []],
  ["Selon les cas, la peine peut aller jusqu'à cinq ans.", []],
  ["D'après les premiers résultats, la participation est en hausse.", []],
]);

// A source that closes its sentence with no comma before it ("… selon les prévisionnistes."), also at the end of a
// headline, whose topic before the colon is no part of the report. Only a name, a pronoun or a noun that heads a
// speaker or a channel is a source there: "selon leur âge", "selon le barème du gouvernement" are manners.
table("French: a closing « selon X » with no comma before it", fr, [
  ["Les fortes pluies pourraient encore durer deux jours selon les prévisionnistes.",
    [["Les fortes pluies pourraient encore durer deux jours", "les prévisionnistes", "indirect"]]],
  ["La réforme sera reportée à l'automne selon Paul Durand.", [["La réforme sera reportée à l'automne", "Paul Durand", "indirect"]]],
  ["La température pourrait atteindre 40 degrés d'après Météo France.", [["La température pourrait atteindre 40 degrés", "Météo France", "indirect"]]],
  ["Deux personnes ont été blessées selon un communiqué de la préfecture.", [["Deux personnes ont été blessées", "la préfecture", "indirect"]]],
  ["Chômage : le nombre d'emplois menacés est de 75 000 selon la CGT\n\nLe syndicat a publié ses chiffres.",
    [["le nombre d'emplois menacés est de 75 000", "CGT", "indirect"]]],
  // Must not match: a manner, a rule or a plan, even when its complement names a body or a person.
  ["Les élèves sont répartis selon leur âge.", []],
  ["Les tarifs sont fixés selon le barème du gouvernement.", []],
  ["Les fonds seront distribués selon les besoins des familles.", []],
  ["Le match a été reporté selon le souhait du club.", []],
  ["Tout se passe selon les plans de Paul Durand.", []],
]);

// A closing source with no comma after a sentence that holds a quoted part: the whole sentence is a mixed report (as with
// a comma), not the quoted part alone. A quote that opens the sentence stays direct; a manner after "selon" is no source.
table("French: a quoted part before a closing « selon X » with no comma keeps the sentence whole", fr, [
  [`La réforme était ${g("une erreur historique")} selon Paul Durand.`,
    [[`La réforme était ${g("une erreur historique")}`, "Paul Durand", "mixed"]]],
  [`Les négociations sont ${g("au point mort")} selon la CGT.`, [[`Les négociations sont ${g("au point mort")}`, "CGT", "mixed"]]],
  [`Le gouvernement a jugé la grève ${g("illégitime")} selon un communiqué de la préfecture.`,
    [[`Le gouvernement a jugé la grève ${g("illégitime")}`, "la préfecture", "mixed"]]],
  [`Les prix ont ${g("explosé")} et les salaires stagnent selon des sources syndicales.`,
    [[`Les prix ont ${g("explosé")} et les salaires stagnent`, "des sources syndicales", "mixed"]]],
  // Must not become mixed: a quote that opens the sentence stays direct; a manner after "selon" is no source.
  [`${g("Nous ne céderons pas")} selon la CGT.`, [[g("Nous ne céderons pas"), "CGT", "direct"]]],
  [`Les élèves sont classés ${g("par niveau")} selon leur âge.`, []],
]);
table("French: a quote after a colon before a closing « selon X » is no mixed report", fr, [
  [`Paul Durand a déclaré : ${g("La réforme est une erreur")} selon l'AFP.`, []],
  [`Le ministre a lancé ${g("Nous ne céderons pas.")} selon Paul Durand.`, []],
], { only: reported });

// Issue 11: the press's described sources besides experts and clubs: the media, a family, the plurals of the bodies
// ("les syndicats", "les ministères"), armed groups and workforces, before the content or after it, postposed too.
table("French: media, families and plural bodies as described sources", fr, [
  ["Selon les médias locaux, le maire aurait présenté sa démission.", [["le maire aurait présenté sa démission", "les médias locaux", "indirect"]]],
  ["D'après la télévision d'État, une dizaine de soldats ont été tués.", [["une dizaine de soldats ont été tués", "la télévision d'État", "indirect"]]],
  ["Le ministre serait hospitalisé depuis lundi, selon les médias officiels.", [["Le ministre serait hospitalisé depuis lundi", "les médias officiels", "indirect"]]],
  ["L'usine fermera ses portes en juin, indique la radio régionale.", [["L'usine fermera ses portes en juin", "la radio régionale", "indirect"]]],
  ["Selon sa famille, l'alpiniste avait quitté le refuge samedi matin.", [["l'alpiniste avait quitté le refuge samedi matin", "sa famille", "indirect"]]],
  ["Le comédien est mort dimanche à l'âge de 84 ans, a annoncé sa famille.", [["Le comédien est mort dimanche à l'âge de 84 ans", "sa famille", "indirect"]]],
  ["Selon les syndicats, près de la moitié des enseignants étaient en grève.", [["près de la moitié des enseignants étaient en grève", "les syndicats", "indirect"]]],
  ["Deux villages ont été repris dans la nuit, ont affirmé les rebelles.", [["Deux villages ont été repris dans la nuit", "les rebelles", "indirect"]]],
  ["D'après le constructeur, le défaut ne touche que les modèles de 2010.", [["le défaut ne touche que les modèles de 2010", "le constructeur", "indirect"]]],
  ["Selon les salariés, la direction n'a fait aucune proposition.", [["la direction n'a fait aucune proposition", "les salariés", "indirect"]]],
  ["D'après un officier joint par téléphone, les assaillants se sont repliés vers le nord.",
    [["les assaillants se sont repliés vers le nord", "un officier joint par téléphone", "indirect"]]],
  ["Selon les enseignants, la réforme des rythmes scolaires est mal préparée.", [["la réforme des rythmes scolaires est mal préparée", "les enseignants", "indirect"]]],
  // A relative clause after a closing source describes the source: the report ends before the cue.
  ["La Bourse a mal accueilli l'annonce, selon les analystes, qui redoutent une crise politique.",
    [["La Bourse a mal accueilli l'annonce", "les analystes", "indirect"]]],
  // Not statements: the same nouns as what is acted on or shown, not as who speaks.
  ["La télévision publique a diffusé un documentaire sur la grève.", []],
  ["La radio a été rachetée par un groupe de presse en 2010.", []],
  ["Selon les horaires de la compagnie, le vol part à midi.", []],
]);

table("a short parenthesis after the source of 'according to' belongs to it", en, [
  ["According to the World Health Organization (WHO), the virus is spreading.", [["the virus is spreading", "World Health Organization", "indirect"]]],
]);

// "…, selon la même source.": the source of the report just before; with none before, the phrase as written.
table("French: « selon la même source » is the source of the report before", fr, [
  ["Le ministère de l'Intérieur a indiqué que 600 militaires avaient été déployés. Deux pompiers ont été blessés, selon la même source.",
    [["600 militaires avaient été déployés", "ministère de l'Intérieur", "indirect"], ["Deux pompiers ont été blessés", "ministère de l'Intérieur", "indirect"]]],
  ["Selon la même source, deux pompiers ont été blessés.", [["deux pompiers ont été blessés", "la même source", "indirect"]]],
  // Not a source: the same method, the same figures.
  ["Selon la même méthode, les chiffres ont été recalculés.", []],
]);

// A name after a role noun that lower-case modifiers open, and a described apposition after a source that opens the
// sentence (quotes/described.ts titledAfterModifiers, quotes/source-report.ts appositionEnd).
table("English: \"according to city planning director X\", \"According to X, the director, …\"", en, [
  ["According to city planning director Omar Haddad, traffic on the bridge has grown 12 percent.",
    [["traffic on the bridge has grown 12 percent", "Omar Haddad", "indirect"]]],
  ["Traffic has grown, according to city planning director Omar Haddad.", [["Traffic has grown", "Omar Haddad", "indirect"]]],
  ["According to Omar Haddad, the city planning director, traffic on the bridge has grown.",
    [["traffic on the bridge has grown", "Omar Haddad", "indirect"]]],
  // Must not cut: a clause after the source's comma is the content, not an apposition.
  ["According to Omar Haddad, the bridge carries 40,000 cars a day, up from 30,000.",
    [["the bridge carries 40,000 cars a day, up from 30,000", "Omar Haddad", "indirect"]]],
]);

table("a source right after a direct quote's closing mark (English)", en, [
  // Not the speaker of the quote before: the source the preposition names.
  ["Mayor Tom Hale spoke. “The law can be applied when people lie to agents,” according to Fox News.",
    [["“The law can be applied when people lie to agents,”", "Fox News", "direct"]]],
  ["Fox News broke the story. The law can be applied “when people lie to agents,” according to the network.",
    [["“when people lie to agents,”", "the network", "direct"]]],
  // Not a source: "according to plan"; nor a phrase that goes on past the source's words.
  ["“The plan is dead,” according to plan, the mayor said.", [["“The plan is dead,”", "the mayor", "direct"]]],
  ["“The plan is dead,” according to Fox News and the mayor's aides who spoke on Monday in the city hall.", [["“The plan is dead,”", null, "direct"]]],
]);

table("a source set off by commas after a conjunction opens the clause it reports (English)", en, [
  ["Tom Hale skipped the debate, because, according to Hale, the moderators were biased.",
    [["the moderators were biased", "Tom Hale", "indirect"]]],
  ["The council met on Monday and, according to the mayor, the budget will pass.",
    [["the budget will pass", "the mayor", "indirect"]]],
  // After a clause with no conjunction, the source reports the clause before it.
  ["The budget passed on Monday, according to the mayor.", [["The budget passed on Monday", "the mayor", "indirect"]]],
]);

table("a source preposition that opens the sentence, its source closed by a colon before the quote (English)", en, [
  ["According to Anne Reed: “The mayor has had a mixed record on taxes.”",
    [["“The mayor has had a mixed record on taxes.”", "Anne Reed", "direct"]]],
  ["According to the Daily Ledger: “The mayor has had a mixed record on taxes.”",
    [["“The mayor has had a mixed record on taxes.”", "the Daily Ledger", "direct"]]],
  // Must not match: the colon closes a clause with a subject and verb of its own after the source's comma.
  ["According to the mayor, the plan has one aim: “Lower taxes for all.”", [["“Lower taxes for all.”", null, "direct"]]],
], { only: direct });

table("French: « Selon X : « … » »", fr, [
  [`Selon Anne Morel : ${g("Le projet est abandonné.")}`, [[g("Le projet est abandonné."), "Anne Morel", "direct"]]],
]);
