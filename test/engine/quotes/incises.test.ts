// Incises and inverted cues after a quote (« … », a déclaré X; “…,” said X): the verb forms, what stands
// between the verb and its subject, and descriptions after it.
import { statements, table, named, speakerMentions, g, fr, en } from "../helpers/table";

table("French: incises with a present, imperfect or simple-past verb", fr, [
  [`Le ministre a parlé. ${g("C'est un premier pas, mais le compte n'y est pas")}, réagit Arnaud Rousseau, président de la FNSEA.`,
    [[g("C'est un premier pas, mais le compte n'y est pas"), "Arnaud Rousseau", "direct"]]],
  [`${g("C'est de l'amateurisme")}, tacle Olivier Faure.`, [[g("C'est de l'amateurisme"), "Olivier Faure", "direct"]]],
  [`${g("Nous irons jusqu'au bout")}, martèle Sophie Binet.`, [[g("Nous irons jusqu'au bout"), "Sophie Binet", "direct"]]],
  [`${g("C'est inacceptable")}, réagissait hier François Bayrou.`, [[g("C'est inacceptable"), "François Bayrou", "direct"]]],
  [`${g("Il faut des actes")}, renchérit Fabien Roussel.`, [[g("Il faut des actes"), "Fabien Roussel", "direct"]]],
  // Pronominal verbs, after their reflexive pronoun.
  [`${g("On ne nous écoute jamais")}, s'agace Pierre Morel, agriculteur.`, [[g("On ne nous écoute jamais"), "Pierre Morel", "direct"]]],
  [`${g("Les prix vont encore monter")}, s'inquiète Julie Bernard.`, [[g("Les prix vont encore monter"), "Julie Bernard", "direct"]]],
  [`${g("C'est une victoire")}, se réjouit Sophie Binet.`, [[g("C'est une victoire"), "Sophie Binet", "direct"]]],
  [`${g("C'est inadmissible")}, s'est emporté Jean Dupont.`, [[g("C'est inadmissible"), "Jean Dupont", "direct"]]],
  [`${g("C'est inacceptable")}, s'indigna Édouard Philippe.`, [[g("C'est inacceptable"), "Édouard Philippe", "direct"]]],
  [`Anne Martin a quitté la salle. ${g("Nous ne sommes pas écoutés")}, s'est-elle agacée.`, [[g("Nous ne sommes pas écoutés"), "Anne Martin", "direct"]]],
  // A pronominal verb's form alone is an adjective or another verb: no cue.
  // An adjective after the quote is no incise.
  [`Le bulletin est tombé mardi. ${g("Le froid revient cette semaine.")} Inquiète, la préfecture ouvre des gymnases.`,
    [[g("Le froid revient cette semaine."), null]]],
  // A transitive verb with the same form is no incise.
  [`${g("Le gel revient cette semaine")}, inquiète les éleveurs du Gers.`, [[g("Le gel revient cette semaine"), null]]],
]);

table("French: what stands between an inverted verb and its subject, and the inverted « on »", fr, [
  [`${g("Nous ne lâcherons rien")}, a déclaré à l'AFP Mathilde Panot.`, [[g("Nous ne lâcherons rien"), "Mathilde Panot", "direct"]]],
  [`${g("Nous n'avons pas été consultés")}, déplore auprès de l'AFP Sophie Martin, présidente de l'association.`, [[g("Nous n'avons pas été consultés"), "Sophie Martin", "direct"]]],
  [`${g("Nous ne lâcherons rien")}, a lancé la députée LFI Mathilde Panot.`, [[g("Nous ne lâcherons rien"), "Mathilde Panot", "direct"]]],
  [`${g("Le calendrier sera tenu")}, a assuré mardi au Parisien Jean Dupont.`, [[g("Le calendrier sera tenu"), "Jean Dupont", "direct"]]],
  [`${g("Le calendrier sera tenu")}, a lancé aux députés le ministre de l'Agriculture.`, [[g("Le calendrier sera tenu"), "le ministre de l'Agriculture", "direct"]]],
  [`${g("La décision sera prise cette semaine")}, explique-t-on à Matignon.`, [[g("La décision sera prise cette semaine"), "Matignon", "direct"]]],
  [`${g("Rien n'est tranché")}, confie-t-on dans l'entourage du ministre.`, [[g("Rien n'est tranché"), "l'entourage du ministre", "direct"]]],
  [`${g("Le dossier est clos")}, a-t-on appris de source policière.`, [[g("Le dossier est clos"), "source policière", "direct"]]],
  // Incidental phrases of the press between the verb and its subject.
  [`${g("On ne peut pas continuer ainsi")}, estime de son côté Claire Morin, économiste.`, [[g("On ne peut pas continuer ainsi"), "Claire Morin", "direct"]]],
  [`${g("Le texte est mal ficelé")}, juge pour sa part Paul Girard.`, [[g("Le texte est mal ficelé"), "Paul Girard", "direct"]]],
  [`${g("Non")}, a répondu quant à elle la ministre.`, [[g("Non"), "la ministre", "direct"]]],
  // An inverted « on » with no place or circle named stays unattributed.
  [`${g("Tout finira par s'arranger")}, dit-on volontiers.`, [[g("Tout finira par s'arranger"), null]]],
]);

describe("French: an incidental phrase between the subject and a pronominal verb", () => {
  statements(fr, [
    [`Le député Paul Girard s'est quant à lui dit ${g("prêt à voter contre")} le texte.`, [[g("prêt à voter contre"), "Paul Girard", "direct"]]],
    [`Claire Morin s'est elle aussi dite ${g("inquiète")}.`, [[g("inquiète"), "Claire Morin", "direct"]]],
    [`Paul Girard s'est de son côté dit ${g("surpris")} par la décision.`, [[g("surpris"), "Paul Girard", "direct"]]],
  ]);
  // Not a report: the pronominal verb is no verb of speech, whatever stands between.
  statements(fr, [["Paul Girard s'est quant à lui montré discret pendant la séance.", []]]);
});

table("French: more incises, sources after the quote, colons, newspapers", fr, [
  [`${g("Nous avons tout fait")}, nous a confié Jean Dupont.`, [[g("Nous avons tout fait"), "Jean Dupont", "direct"]]],
  // Before whom, like to whom, stands between the verb and its subject.
  [`${g("La croissance reviendra")}, a assuré mardi devant les députés le Premier ministre Jean Dupont.`, [[g("La croissance reviendra"), "Jean Dupont", "direct"]]],
  [`${g("Le texte sera voté")}, selon Jean Dupont.`, [[g("Le texte sera voté"), "Jean Dupont", "direct"]]],
  [`${g("Les négociations reprendront lundi")}, selon une source gouvernementale.`, [[g("Les négociations reprendront lundi"), "une source gouvernementale", "direct"]]],
  [`${g("C'est une première étape")}, s'est félicitée la ministre du Travail, Anne Martin.`, [[g("C'est une première étape"), "Anne Martin", "direct"]]],
  [`Jean Dupont, 54 ans, éleveur à Rodez, ne décolère pas : ${g("On nous prend pour des idiots.")}`, [[g("On nous prend pour des idiots."), "Jean Dupont", "direct"]]],
  [`${g("Je ne savais rien")}, a assuré Jean Dupont. Une version contestée par son associé, Paul Martin : ${g("Il savait tout.")}`,
    [[g("Je ne savais rien"), "Jean Dupont", "direct"], [g("Il savait tout."), "Paul Martin", "direct"]]],
  ["D'après Le Monde, le gouvernement prépare un remaniement.", [["le gouvernement prépare un remaniement", "Le Monde", "indirect"]]],
  ["Selon le quotidien Le Parisien, le gouvernement prépare un remaniement.", [["le gouvernement prépare un remaniement", "Le Parisien", "indirect"]]],
  // Not statements: an infinitive after a modal is no postposed cue; a colon after a thing is no speaker.
  ["Contacté par l'AFP, le ministère n'a pas souhaité réagir.", []],
  ["Interrogé sur la réforme, le député a refusé de répondre.", []],
  [`Le rapport conclut : ${g("La situation reste préoccupante.")}`, [[g("La situation reste préoccupante."), null, "direct"]]],
  // The subject of the clause before the colon, after a fronted adverbial, and a pronoun for the person it takes up.
  [`Le plan a été dessiné par l'architecte danois Lars Holm. Pour bâtir le musée, l'architecte s'est inspiré d'une idée simple : ${g("La lumière vient d'en haut.")}`,
    [[g("La lumière vient d'en haut."), "Lars Holm", "direct"]]],
  [`Marie Dubois dirige la ferme depuis 1990. Face aux pertes, elle a une explication : ${g("Le gel a tout détruit.")}`,
    [[g("Le gel a tout détruit."), "Marie Dubois", "direct"]]],
  // The adverbial may hold "de", a possessive, a weekday: only a finite verb or a quote mark ends it before its comma.
  [`Le plan a été dessiné par l'architecte danois Lars Holm. Lors de son discours mardi, l'architecte a donné sa règle : ${g("La lumière vient d'en haut.")}`,
    [[g("La lumière vient d'en haut."), "Lars Holm", "direct"]]],
  // Not a speaker: a thing after the fronted adverbial, and a pronoun when another person is named before the colon.
  [`Dans la salle, le tableau porte une inscription : ${g("Ne pas toucher.")}`, [[g("Ne pas toucher."), null, "direct"]]],
  [`Marie Dubois dirige la ferme. Depuis 1990, elle travaille avec Paul Roux sur un principe : ${g("Le gel a tout détruit.")}`,
    [[g("Le gel a tout détruit."), null, "direct"]]],
]);

describe("French: a description after an inverted verb keeps its adjectives, not a participle", () => {
  speakerMentions(fr, [
    ["Il entra.\n– Deux noms ? dit la servante ébahie ; quels noms ?\n– Bien.\nFin.", null, "la servante"],
    ["Il entra.\n– Eh bien ! dit la mère aveugle en s'asseyant.\n– Bien.\nFin.", null, "la mère aveugle"],
    ["Il entra.\n– Cela sera-t-il long ? demanda le laquais empaqueté de fourrures.\n– Bien.\nFin.", null, "le laquais"],
  ]);
});

table("French: « sourit X » is an incise", fr, [
  [`Le quartier se vide. ${g("C'est une époque qui s'en va")}, sourit Martine, 67 ans.`,
      [[g("C'est une époque qui s'en va"), "Martine", "direct"]]],
  [`${g("On verra bien")}, souriait le maire de Lunel, Paul Garnier.`,
      [[g("On verra bien"), "Paul Garnier", "direct"]]],
  // False positives: a smile with no quote reports nothing; "a souri" after a closed quote is no incise.
  ["Sur la photo, Martine sourit à côté du maire.", []],
  [`${g("Tout ira bien.")} Le maire a souri.`, [[g("Tout ira bien."), null, "direct"]]],
]);

table("French: a platform between an inverted verb and its subject", fr, [
  [`${g("Nous ne céderons pas")}, a écrit sur Telegram le ministre estonien de la Défense, Jaak Tamm.`,
      [[g("Nous ne céderons pas"), "Jaak Tamm", "direct"]]],
  [`${g("La ligne est claire")}, a affirmé sur X la députée Claire Fabre.`,
      [[g("La ligne est claire"), "Claire Fabre", "direct"]]],
  // False positive: "sur" and a place is no platform; the subject after it is still found.
  [`${g("Le pont tiendra")}, a assuré sur place l'ingénieur Paul Roche.`,
      [[g("Le pont tiendra"), "Paul Roche", "direct"]]],
]);

describe("'blurt out' reports speech", () => {
  statements(en, [
    ["“You are late,” Tom Brown blurted out.", [["“You are late,”", "Tom Brown"]]],
    // False positive: a name with no reporting verb.
    ["“You are late.” Tom Brown sat down.", [["“You are late.”", null]]],
  ], { speaker: named });
  statements(fr, [
    ["« Tu es en retard », a lâché Paul Martin.", [["« Tu es en retard »", "Paul Martin"]]],
  ], { speaker: named });
});

table("French: a reporting verb and its colon introduce a quote however short", fr, [
  [`Le skipper Marc Durand a expliqué : ${g("la quille est cassée")}.`, [[g("la quille est cassée"), "Marc Durand", "direct"]]],
  // Must not match: a short term with no cue is a scare quote.
  [`La course reste ${g("un rêve")} pour beaucoup de marins.`, []],
]);

// Issue 11, English 4: manner-of-speaking verbs make an incise too.
table("English: manner-of-speaking verbs after a quote", en, [
  ["Nora Blake left. Tom Hale stayed. “Go back to your seat,” Blake barked.", [["“Go back to your seat,”", "Nora Blake"]]],
  ["Nora Blake left. Tom Hale stayed. “I told you so,” Hale gloated.", [["“I told you so,”", "Tom Hale"]]],
  // Must not: the verb inside the quote, and a sigh with no quote.
  ["Nora Blake left. “The crowd laughed at us,” Tom Hale said.", [["“The crowd laughed at us,”", "Tom Hale"]]],
  ["Nora Blake sighed and laughed when the vote was read.", []],
]);

// Issue 11, English 4: a debate round-up, "Name, Medium: “…”".
table("English: a writer and the medium before a colon", en, [
  ["Who won the debate?\n\nChris Hale, The Washington Post: “This was her best debate performance.”",
    [["“This was her best debate performance.”", "Chris Hale"]]],
  // Must not: words besides the medium between the name and the colon.
  ["Who won the debate?\n\nChris Hale, who left The Washington Post: “This was her best debate.”", [["“This was her best debate.”", null]]],
]);

// Issue 11, English 3: a description, then the name it is given between commas, then the verb: the name speaks.
table("a description named by an apposition before the verb", en, [
  ["“It was chaos,” the city's mayor, Ana Morales, told reporters.", [["“It was chaos,”", "Ana Morales"]]],
  ["“It was chaos,” Morales's spokesperson, Ken Ota, wrote in an email.", [["“It was chaos,”", "Ken Ota"]]],
  ["The ward is full, the city's mayor, Ana Morales, said on Monday.", [["The ward is full", "Ana Morales"]]],
  ["Carla Diaz, along with her deputy Tom Reed, says the ward will reopen.", [["the ward will reopen", "Carla Diaz"]]],
  // A name then its description keeps the name; a plain clause before the name stays whole.
  ["The ward is full, Ana Morales, the mayor, said.", [["The ward is full", "Ana Morales"]]],
  ["The ward, which opened in May, is full, Ana Morales said.", [["The ward, which opened in May, is full", "Ana Morales"]]],
]);

// Issue 11, English 3: speaker phrases after the verb and before it, in other newsrooms' wordings (regression rows).
table("speaker phrases in other newsrooms' wordings", en, [
  ["“We kept fighting,” said Maple Leafs captain Joel Varga.",
    [["“We kept fighting,”","Joel Varga"]]],
  ["“We kept fighting,” said Leafs defenceman Tomas Hruby, 24.",
    [["“We kept fighting,”","Tomas Hruby"]]],
  ["“It was chaos,” said Priya Nair, whose shop sits next to the bridge.",
    [["“It was chaos,”","Priya Nair"]]],
  ["“It was chaos,” says the shop's owner, Priya Nair, 41.",
    [["“It was chaos,”","Priya Nair"]]],
  ["“It was chaos,” said one longtime resident.",
    [["“It was chaos,”","one longtime resident"]]],
  ["“It was chaos,” said a visibly shaken neighbour.",
    [["“It was chaos,”","a visibly shaken neighbour"]]],
  ["“It was chaos,” said Dr. Hana Ito, chief of emergency medicine at St. Mary's Hospital.",
    [["“It was chaos,”","Hana Ito"]]],
  ["“It was chaos,” said Green Party MP Ana Morales.",
    [["“It was chaos,”","Ana Morales"]]],
  ["“It was chaos,” said former Liberal cabinet minister Ana Morales.",
    [["“It was chaos,”","Ana Morales"]]],
  ["“It was chaos,” said the 63-year-old grandmother.",
    [["“It was chaos,”","the 63-year-old grandmother"]]],
  ["“It was chaos,” said Raptors forward Ed Lund, who had 22 points.",
    [["“It was chaos,”","Ed Lund"]]],
  ["“It was chaos,” explained Ed Lund of the Halifax Port Authority.",
    [["“It was chaos,”","Ed Lund"]]],
  ["“It was chaos,” Ana Morales, the party's health critic, told reporters.",
    [["“It was chaos,”","Ana Morales"]]],
  // A long apposition with no comma inside, up to 24 tokens, between the name and its verb.
  ["“It was chaos,” Ana Morales, the party's health critic and current front-runner in the northern districts by a wide margin after winning the primary, said on Monday.",
    [["“It was chaos,”","Ana Morales"]]],
  // Must not match: a verb inside the stretch after the name ends the apposition (no speaker from there).
  ["“It was chaos,” Ana Morales, the party's health critic, left the room as the mayor walked in and sat down with the council, said nothing.",
    [["“It was chaos,”",null]]],
]);

table("French: press incises and reports of concession, retort and analysis", fr, [
  [`${g("Le dossier est clos")}, tranche le procureur Jean Morin.`, [[g("Le dossier est clos"), "Jean Morin", "direct"]]],
  [`${g("Nous avons sous-estimé la crise")}, concède la ministre Claire Petit.`, [[g("Nous avons sous-estimé la crise"), "Claire Petit", "direct"]]],
  [`${g("C'est faux")}, riposte le syndicaliste Marc Leroy.`, [[g("C'est faux"), "Marc Leroy", "direct"]]],
  ["Le maire Pierre Blanc avoue qu'il n'avait pas lu le rapport.", [["il n'avait pas lu le rapport", "Pierre Blanc", "indirect"]]],
  ["L'opposition conteste que le budget soit équilibré.", [["le budget soit équilibré", "L'opposition", "indirect"]]],
  ["L'économiste Anne Morel suggère que la taxe soit supprimée.", [["la taxe soit supprimée", "Anne Morel", "indirect"]]],
  // Must not: the same words as nouns.
  ["Une tranche de la population a voté contre le projet.", []],
]);
