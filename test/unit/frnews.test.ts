// French news conventions (Le Monde / AFP / Le Parisien typography): incises, attributions
// ("Pour X, …", "selon lui"), described sources, quoted terms. Invented sentences; false-positive rows.
import * as assert from "node:assert/strict";
import { analyze, type Quote } from "../../src/engine";

const NB = "\u00a0";
/** « text » with the non-breaking spaces of French typography. */
const g = (s: string) => `«${NB}${s}${NB}»`;

/** A quote as the tests read it: its text, its kind, and its speaker (the name, else the description). */
const row = (q: Quote) => [q.text, q.kind, q.speaker?.name ?? q.speaker?.mentionText ?? null];
const fr = (text: string) => analyze(text, { lang: "fr" }).quotes.map(row);

describe("French news: incises with a present, imperfect or simple-past verb", () => {
  const rows: [string, string, string][] = [
    [`Le ministre a parlé. ${g("C'est un premier pas, mais le compte n'y est pas")}, réagit Arnaud Rousseau, président de la FNSEA.`,
      g("C'est un premier pas, mais le compte n'y est pas"), "Arnaud Rousseau"],
    [`${g("C'est de l'amateurisme")}, tacle Olivier Faure.`, g("C'est de l'amateurisme"), "Olivier Faure"],
    [`${g("Nous irons jusqu'au bout")}, martèle Sophie Binet.`, g("Nous irons jusqu'au bout"), "Sophie Binet"],
    [`${g("C'est inacceptable")}, réagissait hier François Bayrou.`, g("C'est inacceptable"), "François Bayrou"],
    [`${g("Il faut des actes")}, renchérit Fabien Roussel.`, g("Il faut des actes"), "Fabien Roussel"],
    // Pronominal verbs, after their reflexive pronoun.
    [`${g("On ne nous écoute jamais")}, s'agace Pierre Morel, agriculteur.`, g("On ne nous écoute jamais"), "Pierre Morel"],
    [`${g("Les prix vont encore monter")}, s'inquiète Julie Bernard.`, g("Les prix vont encore monter"), "Julie Bernard"],
    [`${g("C'est une victoire")}, se réjouit Sophie Binet.`, g("C'est une victoire"), "Sophie Binet"],
    [`${g("C'est inadmissible")}, s'est emporté Jean Dupont.`, g("C'est inadmissible"), "Jean Dupont"],
    [`${g("C'est inacceptable")}, s'indigna Édouard Philippe.`, g("C'est inacceptable"), "Édouard Philippe"],
    [`Anne Martin a quitté la salle. ${g("Nous ne sommes pas écoutés")}, s'est-elle agacée.`, g("Nous ne sommes pas écoutés"), "Anne Martin"],
  ];
  for (const [text, quote, speaker] of rows) {
    it(text, () => assert.deepEqual(fr(text), [[quote, "direct", speaker]]));
  }
  // A pronominal verb's form alone is an adjective or another verb: no cue.
  const noCue: [string, string][] = [
    [`Le bulletin est tombé mardi. ${g("Le froid revient cette semaine.")} Inquiète, la préfecture ouvre des gymnases.`, "an adjective after the quote is no incise"],
    [`${g("Le gel revient cette semaine")}, inquiète les éleveurs du Gers.`, "a transitive verb with the same form is no incise"],
  ];
  for (const [text, why] of noCue) {
    it(`no speaker: ${why}`, () => assert.deepEqual(fr(text).map((r) => r[2]), [null]));
  }
});

describe("French news: a described source is the head noun phrase of the subject", () => {
  const rows: [string, string | null, string][] = [
    ["Un porte-parole du ministère a déclaré que la mesure serait appliquée en mars.", null, "Un porte-parole du ministère"],
    ["Une porte-parole de la préfecture a indiqué que deux personnes avaient été interpellées.", null, "Une porte-parole de la préfecture"],
    ["Interrogée sur RTL, la ministre a estimé que le compte y était.", null, "la ministre"],
    ["Le parquet de Paris a indiqué qu'une enquête avait été ouverte.", null, "Le parquet de Paris"],
    ["Le préfet du Calvados a annoncé mercredi que 500 gendarmes seraient déployés.", null, "Le préfet du Calvados"],
    ["L'avocat de Jean Dupont a affirmé que son client était innocent.", null, "L'avocat de Jean Dupont"],
    ["Un élu local, qui a requis l'anonymat, affirme que la réunion a été annulée.", null, "Un élu local"],
    [`${g("Tout le monde savait")}, raconte un cadre du parti qui a requis l'anonymat.`, null, "un cadre du parti"],
    ["A spokesman for the ministry said the plan would be delayed.", null, "A spokesman for the ministry"],
    // False positives: the description does not reach past a determiner that opens another phrase.
    ["Jean Dupont a reçu le ministre. Le ministre a déclaré que rien n'était décidé.", null, "Le ministre"],
    ["Mais le ministre a déclaré que rien n'était décidé.", null, "le ministre"],
  ];
  for (const [text, name, mention] of rows) {
    it(text, () => {
      const q = analyze(text, { lang: /\b(?:said|the)\b/.test(text) ? "en" : "fr" }).quotes[0];
      assert.deepEqual([q?.speaker?.name ?? null, q?.speaker?.mentionText], [name, mention]);
    });
  }
});

describe("French news: « Pour X, … », « selon lui », « d'après une source … »", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Pour la présidente du Rassemblement national, Marine Le Pen, ces annonces sont ${g("très insuffisantes")}.`,
      [[`ces annonces sont ${g("très insuffisantes")}`, "mixed", "Marine Le Pen"]]],
    ["Pour Marine Le Pen, ces annonces sont insuffisantes.", [["ces annonces sont insuffisantes", "indirect", "Marine Le Pen"]]],
    ["Mais pour Jean Dupont, le compte n'y est pas.", [["le compte n'y est pas", "indirect", "Jean Dupont"]]],
    ["Pour la CGT, la réforme reste inacceptable.", [["la réforme reste inacceptable", "indirect", "CGT"]]],
    ["Pour le Premier ministre, la réforme est indispensable.", [["la réforme est indispensable", "indirect", "le Premier ministre"]]],
    ["Pour ce spécialiste du Moyen-Orient, le conflit pourrait durer.", [["le conflit pourrait durer", "indirect", "ce spécialiste du Moyen-Orient"]]],
    ["Jérôme Bayle est éleveur. Selon lui, les agriculteurs resteront mobilisés.", [["les agriculteurs resteront mobilisés", "indirect", "Jérôme Bayle"]]],
    ["Anne Martin est arrivée tôt. Pour elle, la gauche doit se rassembler.", [["la gauche doit se rassembler", "indirect", "Anne Martin"]]],
    ["D'après une source proche du dossier, l'Élysée aurait validé le plan.", [["l'Élysée aurait validé le plan", "indirect", "une source proche du dossier"]]],
    ["Selon Marie Dubois, porte-parole de l'association, la situation s'aggrave.", [["la situation s'aggrave", "indirect", "Marie Dubois"]]],
    ["Le suspect a été interpellé mardi, selon une source policière.", [["Le suspect a été interpellé mardi", "indirect", "une source policière"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
  // Not attributions: a time, a rank, an aim, a group of people, a place, an adverbial phrase.
  const notSources = [
    "Pour la première fois, le gouvernement recule sur ce dossier.",
    "Pour 2024, le budget prévoit une hausse de 3 %.",
    "Pour les agriculteurs, la situation devient intenable.",
    "Pour cela, le gouvernement a débloqué 400 millions d'euros.",
    "Pour autant, la situation reste tendue.",
    "Pour l'heure, aucune décision n'a été prise.",
    "Pour éviter la crise, le gouvernement a cédé.",
    "Pour Paris, la priorité reste la désescalade.",
    "Selon nos informations, le projet sera abandonné.",
    "Le texte a été voté pour Jean Dupont, qui le réclamait.",
  ];
  for (const text of notSources) {
    it(`no statement: ${text}`, () => assert.deepEqual(fr(text), []));
  }
});

describe("French news: what stands between an inverted verb and its subject, and the inverted « on »", () => {
  const rows: [string, string, string][] = [
    [`${g("Nous ne lâcherons rien")}, a déclaré à l'AFP Mathilde Panot.`, g("Nous ne lâcherons rien"), "Mathilde Panot"],
    [`${g("Nous n'avons pas été consultés")}, déplore auprès de l'AFP Sophie Martin, présidente de l'association.`, g("Nous n'avons pas été consultés"), "Sophie Martin"],
    [`${g("Nous ne lâcherons rien")}, a lancé la députée LFI Mathilde Panot.`, g("Nous ne lâcherons rien"), "Mathilde Panot"],
    [`${g("Le calendrier sera tenu")}, a assuré mardi au Parisien Jean Dupont.`, g("Le calendrier sera tenu"), "Jean Dupont"],
    [`${g("Le calendrier sera tenu")}, a lancé aux députés le ministre de l'Agriculture.`, g("Le calendrier sera tenu"), "le ministre de l'Agriculture"],
    [`${g("La décision sera prise cette semaine")}, explique-t-on à Matignon.`, g("La décision sera prise cette semaine"), "Matignon"],
    [`${g("Rien n'est tranché")}, confie-t-on dans l'entourage du ministre.`, g("Rien n'est tranché"), "l'entourage du ministre"],
    [`${g("Le dossier est clos")}, a-t-on appris de source policière.`, g("Le dossier est clos"), "source policière"],
    // Incidental phrases of the press between the verb and its subject.
    [`${g("On ne peut pas continuer ainsi")}, estime de son côté Claire Morin, économiste.`, g("On ne peut pas continuer ainsi"), "Claire Morin"],
    [`${g("Le texte est mal ficelé")}, juge pour sa part Paul Girard.`, g("Le texte est mal ficelé"), "Paul Girard"],
    [`${g("Non")}, a répondu quant à elle la ministre.`, g("Non"), "la ministre"],
  ];
  for (const [text, quote, speaker] of rows) {
    it(text, () => assert.deepEqual(fr(text), [[quote, "direct", speaker]]));
  }
  it("an inverted « on » with no place or circle named stays unattributed", () => {
    assert.deepEqual(fr(`${g("Tout finira par s'arranger")}, dit-on volontiers.`).map((r) => r[2]), [null]);
  });
});

describe("French news: an incidental phrase between the subject and a pronominal verb", () => {
  const rows: [string, string, string][] = [
    [`Le député Paul Girard s'est quant à lui dit ${g("prêt à voter contre")} le texte.`, g("prêt à voter contre"), "Paul Girard"],
    [`Claire Morin s'est elle aussi dite ${g("inquiète")}.`, g("inquiète"), "Claire Morin"],
    [`Paul Girard s'est de son côté dit ${g("surpris")} par la décision.`, g("surpris"), "Paul Girard"],
  ];
  for (const [text, quote, speaker] of rows) {
    it(text, () => assert.deepEqual(fr(text), [[quote, "direct", speaker]]));
  }
  // Not a report: the pronominal verb is no verb of speech, whatever stands between.
  it("« s'est quant à lui montré » with no quote reports nothing", () => {
    assert.deepEqual(fr("Paul Girard s'est quant à lui montré discret pendant la séance."), []);
  });
});

describe("French news: a report before a postposed cue (« …, a-t-il ajouté. »)", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["Jean Dupont a présenté son plan. La réforme sera adoptée avant l'été, a-t-il ajouté.",
      [["La réforme sera adoptée avant l'été", "indirect", "Jean Dupont"]]],
    ["Anne Martin a quitté la salle. Le texte doit être retiré, estime-t-elle.",
      [["Le texte doit être retiré", "indirect", "Anne Martin"]]],
    ["La réforme sera adoptée, assure-t-on dans l'entourage du ministre.",
      [["La réforme sera adoptée", "indirect", "l'entourage du ministre"]]],
    ["Le suspect a été interpellé mardi, a-t-on appris de source policière.",
      [["Le suspect a été interpellé mardi", "indirect", "source policière"]]],
    ["La réforme sera adoptée, a indiqué Jean Dupont à l'AFP.",
      [["La réforme sera adoptée", "indirect", "Jean Dupont"]]],
    ["Le suspect a été interpellé mardi, a indiqué une source proche de l'enquête à l'AFP.",
      [["Le suspect a été interpellé mardi", "indirect", "une source proche de l'enquête"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
  // Not postposed cues: an inverted question, an incise inside speech that goes on, a dialogue line.
  const notReports = [
    "Au printemps, les oiseaux chantent, s'inquiètent-ils de l'hiver ?",
    "Jean Dupont hésita. Pardon, cher ami, dit-il, une seule question.",
    "Jean Dupont hésita.\n– Votre peine me fait mal, dit-il.\nFin.",
  ];
  for (const text of notReports) {
    it(`no report: ${JSON.stringify(text)}`, () => assert.deepEqual(fr(text).filter((r) => r[1] !== "direct"), []));
  }
});

describe("French news: quoted terms attributed by the text, and a speaker named after the quote", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Marine Le Pen a tenu meeting. Mme Le Pen a accusé le chef de l'État de ${g("mépris")}.`, [[g("mépris"), "direct", "Marine Le Pen"]]],
    [`Mme Le Pen a taxé le gouvernement d'${g("amateurisme")}.`, [[g("amateurisme"), "direct", "Le Pen"]]],
    [`Emmanuel Macron, lui, s'est dit ${g("attentif")} à la situation, a rapporté son entourage.`, [[g("attentif"), "direct", "Emmanuel Macron"]]],
    [`Anne Martin se déclare ${g("prête")} à négocier.`, [[g("prête"), "direct", "Anne Martin"]]],
    [`${g("Il n'y aura pas de hausse d'impôts.")} C'est ce qu'a martelé Jean Dupont mardi soir sur TF1.`, [[g("Il n'y aura pas de hausse d'impôts."), "direct", "Jean Dupont"]]],
    [`${g("Il n'y aura pas de hausse d'impôts.")} Voilà ce qu'a promis Jean Dupont.`, [[g("Il n'y aura pas de hausse d'impôts."), "direct", "Jean Dupont"]]],
    [`${g("Il n'y aura pas de hausse d'impôts.")} C'est en ces termes que Jean Dupont a réagi.`, [[g("Il n'y aura pas de hausse d'impôts."), "direct", "Jean Dupont"]]],
    // A nested quotation stays inside the outer one.
    [`${g(`On nous a dit que ${g("tout était sur la table")}, mais rien n'a changé`)}, s'agace Sophie Binet.`,
      [[g(`On nous a dit que ${g("tout était sur la table")}, mais rien n'a changé`), "direct", "Sophie Binet"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
  // Not attributed: a nickname after "dit", a term with no speaker, a sentence after the quote that names no speaker.
  const notTerms: [string, string][] = [
    [`Henri, dit ${g("le Balafré")}, entra dans la salle.`, "a nickname"],
    [`Le projet, baptisé ${g("Horizon")}, sera présenté lundi.`, "a project's name"],
    [`Le débat a repris. ${g("Il n'y aura pas de hausse d'impôts.")} C'est ce qui inquiète les marchés.`, "« C'est ce qui … » names no speaker"],
  ];
  for (const [text, why] of notTerms) {
    it(`not attributed: ${why}`, () => assert.deepEqual(fr(text).filter((r) => r[2] !== null), []));
  }
});

describe("French news: a definite organisation noun stands for the one organisation just named", () => {
  const rows: [string, string | null, string][] = [
    ["Arnaud Rousseau, président de la FNSEA, a été reçu à l'Élysée. Le syndicat appelle à poursuivre la mobilisation.", "FNSEA", "Le syndicat"],
    ["Le PDG de Renault a rencontré la CGT. Le syndicat a déclaré que la grève continuerait.", "CGT", "Le syndicat"],
    // Two unions named: it is not clear which one, the description stays unnamed.
    ["La CGT et FO ont été reçues à Matignon. Le syndicat a déclaré que la grève continuerait.", null, "Le syndicat"],
  ];
  for (const [text, name, mention] of rows) {
    it(text, () => {
      const q = analyze(text, { lang: "fr" }).quotes[0];
      assert.deepEqual([q?.speaker?.name ?? null, q?.speaker?.mentionText], [name, mention]);
    });
  }
});

describe("French news: more incises, sources after the quote, colons, newspapers", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`${g("Nous avons tout fait")}, nous a confié Jean Dupont.`, [[g("Nous avons tout fait"), "direct", "Jean Dupont"]]],
    [`${g("Le texte sera voté")}, selon Jean Dupont.`, [[g("Le texte sera voté"), "direct", "Jean Dupont"]]],
    [`${g("Les négociations reprendront lundi")}, selon une source gouvernementale.`, [[g("Les négociations reprendront lundi"), "direct", "une source gouvernementale"]]],
    [`${g("C'est une première étape")}, s'est félicitée la ministre du Travail, Anne Martin.`, [[g("C'est une première étape"), "direct", "Anne Martin"]]],
    [`Jean Dupont, 54 ans, éleveur à Rodez, ne décolère pas : ${g("On nous prend pour des idiots.")}`, [[g("On nous prend pour des idiots."), "direct", "Jean Dupont"]]],
    [`${g("Je ne savais rien")}, a assuré Jean Dupont. Une version contestée par son associé, Paul Martin : ${g("Il savait tout.")}`,
      [[g("Je ne savais rien"), "direct", "Jean Dupont"], [g("Il savait tout."), "direct", "Paul Martin"]]],
    ["D'après Le Monde, le gouvernement prépare un remaniement.", [["le gouvernement prépare un remaniement", "indirect", "Le Monde"]]],
    ["Selon le quotidien Le Parisien, le gouvernement prépare un remaniement.", [["le gouvernement prépare un remaniement", "indirect", "Le Parisien"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
  // Not statements: an infinitive after a modal is no postposed cue; a colon after a thing is no speaker.
  const none: [string, [string, string, string | null][]][] = [
    ["Contacté par l'AFP, le ministère n'a pas souhaité réagir.", []],
    ["Interrogé sur la réforme, le député a refusé de répondre.", []],
    [`Le rapport conclut : ${g("La situation reste préoccupante.")}`, [[g("La situation reste préoccupante."), "direct", null]]],
  ];
  for (const [text, expected] of none) {
    it(`no statement or no speaker: ${text}`, () => assert.deepEqual(fr(text), expected));
  }
});

describe("French news: passives, infinitive reports, described speakers after the verb", () => {
  const rows: [string, [string, string, string | null][]][] = [
    // A passive participle is no cue: "a été condamné à deux ans" is nobody's statement.
    ["Jean Dupont a été condamné à deux ans de prison. Son avocat, Me Paul Martin, a annoncé qu'il ferait appel.",
      [["il ferait appel", "indirect", "Paul Martin"]]],
    [`${g("Mon client conteste les faits")}, a déclaré son avocat, Me Paul Martin.`, [[g("Mon client conteste les faits"), "direct", "Paul Martin"]]],
    [`${g("On ne peut pas continuer comme ça")}, explique cette mère de famille.`, [[g("On ne peut pas continuer comme ça"), "direct", "cette mère de famille"]]],
    [`${g("On ne peut pas continuer comme ça")}, répond le jeune homme d'une voix lasse.`, [[g("On ne peut pas continuer comme ça"), "direct", "le jeune homme"]]],
    [`Le Premier ministre a tenu à rassurer : ${g("Personne ne sera laissé de côté.")}`, [[g("Personne ne sera laissé de côté."), "direct", "Le Premier ministre"]]],
    [`Jean Dupont a expliqué avoir agi ${g("par conviction")}.`, [[`avoir agi ${g("par conviction")}`, "mixed", "Jean Dupont"]]],
    ["Jean Dupont assure ne pas vouloir se présenter à la présidentielle.", [["ne pas vouloir se présenter à la présidentielle", "indirect", "Jean Dupont"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
  const none = [
    "Le maire a été accusé de favoritisme par l'opposition.",
    "Les manifestants ont été interrogés par la police.",
    "Jean Dupont a refusé de commenter la décision du tribunal.",
  ];
  for (const text of none) {
    it(`no statement: ${text}`, () => assert.deepEqual(fr(text), []));
  }
});

describe("French: a description after an inverted verb keeps its adjectives, not a participle", () => {
  const rows: [string, string][] = [
    ["Il entra.\n– Deux noms ? dit la servante ébahie ; quels noms ?\n– Bien.\nFin.", "la servante"],
    ["Il entra.\n– Eh bien ! dit la mère aveugle en s'asseyant.\n– Bien.\nFin.", "la mère aveugle"],
    ["Il entra.\n– Cela sera-t-il long ? demanda le laquais empaqueté de fourrures.\n– Bien.\nFin.", "le laquais"],
  ];
  for (const [text, mention] of rows) {
    it(text, () => assert.equal(analyze(text, { lang: "fr" }).quotes[0]?.speaker?.mentionText, mention));
  }
});

describe("French news: parenthetical sources and asides", () => {
  const rows: [string, [string, string, string | null][]][] = [
    [`Jean Dupont était à Lyon. La réforme, selon lui, ${g("n'est pas négociable")}.`, [[`La réforme, selon lui, ${g("n'est pas négociable")}`, "mixed", "Jean Dupont"]]],
    [`Le président Emmanuel Macron a dit lundi, lors d'une conférence de presse à l'Élysée, qu'il ${g("ne renoncerait pas")}.`,
      [[`il ${g("ne renoncerait pas")}`, "mixed", "Emmanuel Macron"]]],
    ["La rencontre a eu lieu mardi, a précisé l'Élysée dans un communiqué.", [["La rencontre a eu lieu mardi", "indirect", "Élysée"]]],
    ["Jean Dupont est inquiet. Pour lui, il faut agir vite.", [["il faut agir vite", "indirect", "Jean Dupont"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
  const none = [
    "Pour elle, il a tout quitté.",
    "La loi dite « immigration » a été promulguée jeudi.",
    "Le mouvement des « gilets jaunes » est né en novembre 2018.",
    "Jean Dupont, surnommé « le Boucher de Lyon », a été arrêté.",
    "L'opération « Wuambushu » a débuté lundi à Mayotte.",
  ];
  for (const text of none) {
    it(`no statement: ${text}`, () => assert.deepEqual(fr(text), []));
  }
});

describe("French news: a whole-sentence quote after a sentence about a named person", () => {
  const rows: [string, string | null][] = [
    [`Jean Dupont, ministre de l'Économie, a présenté son plan. ${g("Nous allons baisser les impôts.")}`, "Jean Dupont"],
    [`Jean Dupont a présenté son plan.\n\n${g("Nous allons baisser les impôts.\n« Cette mesure concernera tous les ménages.")}`, "Jean Dupont"],
    // Not when another person is named in between, nor for a short term, nor after an incise inside the quote.
    [`Jean Dupont a reçu Marie Curie. ${g("Nous allons baisser les impôts.")}`, null],
    [`Jean Dupont a présenté son plan. ${g("Voilà, dit le conseiller en souriant, ce que nous ferons.")}`, null],
  ];
  for (const [text, name] of rows) {
    it(text, () => assert.equal(analyze(text, { lang: "fr" }).quotes.at(-1)?.speaker?.name ?? null, name));
  }
});

describe("French news: a channel's owner is the source, and a described postposed subject must be a speaker", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["D'après un communiqué de la préfecture, deux personnes ont été blessées.", [["deux personnes ont été blessées", "indirect", "la préfecture"]]],
    ["Selon un communiqué de Renault, 2 000 postes seront supprimés.", [["2 000 postes seront supprimés", "indirect", "Renault"]]],
    // A spokesperson is the speaker, not a channel.
    ["Selon un porte-parole du ministère, la mesure sera appliquée en mars.", [["la mesure sera appliquée en mars", "indirect", "un porte-parole du ministère"]]],
    ["Selon un communiqué publié mercredi, la grève continue.", []],
    ["Les négociations ont échoué, la mobilisation continue.", []],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
});

describe("French: the narrator's idioms and infinitive objects are no reports", () => {
  const none = [
    "Il va sans dire que la réunion a été annulée.",
    "Inutile de dire que la réunion a été annulée.",
    "Emma crut reconnaître le vicomte dans la foule.",
    "On dit que la réunion a été annulée.",
    "On annonça l'arrivée du préfet.",
    "Je me rappelle que la nuit fut longue.",
    "Chapitre 3, OÙ LE NOTAIRE DÉFEND SA PEAU AVEC SUCCÈS",
  ];
  for (const text of none) {
    it(`no statement: ${text}`, () => assert.deepEqual(fr(text), []));
  }
  it("a report after an infinitive with « que » still counts", () => {
    assert.deepEqual(fr("Jean Dupont a tenu à préciser que la réunion aurait lieu."), [["la réunion aurait lieu", "indirect", "Jean Dupont"]]);
  });
});

describe("French: a « que » that is relative, comparative or a conjunction opens no report", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["Sophie Martin estime pour sa part que la réforme va dans le bon sens.", [["la réforme va dans le bon sens", "indirect", "Sophie Martin"]]],
    ["Jean Dupont a répété devant la presse que la réforme serait votée.", [["la réforme serait votée", "indirect", "Jean Dupont"]]],
    ["Jean Dupont a dit aux journalistes que la réforme serait votée.", [["la réforme serait votée", "indirect", "Jean Dupont"]]],
    ["Jean Dupont ne me fit pas le plaisir qu'il m'avait promis.", []],
    ["Jean Dupont m'observa plus attentivement que jamais.", []],
    ["Le livre me glissa des mains sans que j'y prisse garde.", []],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
});

describe("French: an object report in the tenses of the press, not of narration", () => {
  it("« a reconnu sa défaite » is a report", () => assert.deepEqual(fr("Jean Dupont a reconnu sa défaite dimanche soir."), [["sa défaite dimanche soir", "indirect", "Jean Dupont"]]));
  it("« reconnut le clocher » is seeing", () => assert.deepEqual(fr("Anne Martin reconnut le clocher de son village."), []));
  it("« reconnaissait toutes les choses » is seeing", () => assert.deepEqual(fr("Anne Martin reconnaissait toutes les choses de son enfance."), []));
});

describe("French news: a source that closes the sentence", () => {
  const rows: [string, [string, string, string | null][]][] = [
    ["Deux personnes ont été blessées, selon un communiqué de la préfecture.", [["Deux personnes ont été blessées", "indirect", "la préfecture"]]],
    ["Jean Dupont est arrivé. Les agriculteurs resteront mobilisés, selon lui.", [["Les agriculteurs resteront mobilisés", "indirect", "Jean Dupont"]]],
    ["Le ministre a annoncé la fermeture du site, selon un communiqué de la préfecture.", [["la fermeture du site", "indirect", "Le ministre"]]],
  ];
  for (const [text, expected] of rows) {
    it(text, () => assert.deepEqual(fr(text), expected));
  }
});

describe("French news: a periphrasis for a title stands for its holder", () => {
  const rows: [string, string | null, string][] = [
    [`Le président de la République, Emmanuel Macron, a reçu les syndicats. Le chef de l'État a ajouté que ${g("tout serait fait")}.`, "Emmanuel Macron", "Le chef de l'État"],
    [`Le Premier ministre, Gabriel Attal, était à Rodez. ${g("Nous avançons")}, a assuré le locataire de Matignon.`, "Gabriel Attal", "le locataire de Matignon"],
    // Nobody of the article holds the title: the description stays unnamed.
    [`Emmanuel Macron a reçu les syndicats. ${g("Nous avançons")}, a assuré le chef de l'État.`, null, "le chef de l'État"],
  ];
  for (const [text, name, mention] of rows) {
    it(text, () => {
      const q = analyze(text, { lang: "fr" }).quotes.at(-1);
      assert.deepEqual([q?.speaker?.name ?? null, q?.speaker?.mentionText], [name, mention]);
    });
  }
});

describe("French news: a bare definite role noun takes up the one person just named", () => {
  const rows: [string, string, string][] = [
    [`Pour Laurent Morel, ${g("le compte n'y est pas")}. Le syndicaliste a dénoncé ${g("un passage en force")}.`,
      g("un passage en force"), "Laurent Morel"],
    [`Anne Duval a quitté la réunion. La syndicaliste a dénoncé ${g("un passage en force")}.`, g("un passage en force"), "Anne Duval"],
    [`Paul Girard a pris la parole. L'élu a dénoncé ${g("un passage en force")}.`, g("un passage en force"), "Paul Girard"],
  ];
  for (const [text, quote, speaker] of rows) {
    it(text, () => assert.deepEqual(fr(text).filter((r) => r[0] === quote).map((r) => r[2]), [speaker]));
  }
  // The description stays: another gender, two people named, the noun introduced before, or a plural.
  const stays: [string, string][] = [
    [`Anne Duval a quitté la réunion. Le syndicaliste a dénoncé ${g("un passage en force")}.`, "Le syndicaliste"],
    [`Paul Girard et Luc Morel sont arrivés. Le syndicaliste a dénoncé ${g("un passage en force")}.`, "Le syndicaliste"],
    [`Un syndicaliste attendait. Paul Girard est arrivé. Le syndicaliste a dénoncé ${g("un passage en force")}.`, "Le syndicaliste"],
    [`Paul Girard est arrivé. Les syndicalistes ont dénoncé ${g("un passage en force")}.`, "Les syndicalistes"],
  ];
  for (const [text, speaker] of stays) {
    it(text, () => assert.deepEqual(fr(text).filter((r) => r[0] === g("un passage en force")).map((r) => r[2]), [speaker]));
  }
});

describe("French news: a name, a colon and a quote is a direct statement", () => {
  it("« Sophie Martin : « … » » in a headline is direct, not mixed", () => {
    assert.deepEqual(fr(`Sophie Martin : ${g("Nous ne reculerons pas")}\n\nLa syndicaliste a parlé mardi.`),
      [[g("Nous ne reculerons pas"), "direct", "Sophie Martin"]]);
  });
  it("« a déclaré que « … » » stays mixed", () => {
    assert.deepEqual(fr(`Sophie Martin a déclaré que ${g("rien n'est joué")}.`).map((r) => r[1]), ["mixed"]);
  });
});
