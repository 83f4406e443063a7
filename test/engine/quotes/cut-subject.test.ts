// A subject cut from its verb, and a complementizer far from its verb: the report is bound by the clause,
// not by a fixed number of words (quotes/subject-before.ts commaInVerb, quotes/indirect.ts FAR_STOP).
import { table, fr } from "../helpers/table";

table("French: a comma between the subject and its verb, or inside the verb group", fr, [
  ["Le syndicaliste Marc Leroy, a de son côté, déclaré que la grève continuerait.",
    [["la grève continuerait", "Marc Leroy", "indirect"]]],
  ["Le maire Pierre Blanc, a annoncé que la piscine rouvrirait en juin.", [["la piscine rouvrirait en juin", "Pierre Blanc", "indirect"]]],
  ["La ministre Claire Petit a pour sa part, estimé que le calendrier était tenable.",
    [["le calendrier était tenable", "Claire Petit", "indirect"]]],
  // The incidental set off by two commas right after the auxiliary.
  ["Le général Paul Durand a, de son côté, déclaré que la coopération devait se renforcer.",
    [["la coopération devait se renforcer", "Paul Durand", "indirect"]]],
  // The name before an inverted cue's comma is no subject ("…, a déclaré le maire"), nor is the description it: the cue
  // sits inside the clause it reports (quotes/postposed.test.ts).
  ["La visite de Pierre Blanc, a déclaré le maire, était prévue de longue date.",
    [["La visite de Pierre Blanc, a déclaré le maire, était prévue de longue date", "le maire", "indirect"]]],
]);

table("French: a 'que' far from its verb, past a chain of circumstances", fr, [
  ["La ministre Claire Petit a déclaré lors d'un entretien téléphonique en juillet avec son homologue allemand Hans Weber que Paris soutenait le projet.",
    [["Paris soutenait le projet", "Claire Petit", "indirect"]]],
  // A participle that qualifies a noun on the way ("un communiqué publié lundi") is no verb of its own.
  ["La maire Anne Morel a indiqué dans un communiqué publié lundi soir sur le site de la ville que la piscine resterait fermée.",
    [["la piscine resterait fermée", "Anne Morel", "indirect"]]],
  ["Le procureur Jean Morin a précisé dans une lettre adressée aux familles que l'enquête serait rouverte.",
    [["l'enquête serait rouverte", "Jean Morin", "indirect"]]],
  // Must not match: a relative clause or a gerund opens before the far "que", which is then a relative pronoun.
  ["Pierre Blanc lui dit en se penchant vers la fenêtre avec cette voix grave et douce à la fois que je n'ai connue qu'à lui.", []],
  ["Claire Petit sourit avec le sourire fatal des gens qui savent qu'ils vont gagner la partie.", []],
]);

table("French: a relative 'qui' reports for its antecedent, past an apposition", fr, [
  ["Le premier ministre s'est entretenu avec Arnaud Morel, le ministre de l'Industrie, qui a déclaré au Sénat que le plan était inacceptable.",
    [["le plan était inacceptable", "Arnaud Morel", "indirect"]]],
  // Must not match: a relative about a thing, with no reporting verb.
  ["Le maire a reçu la lettre de Claire Petit, qui a été publiée hier.", []],
]);

table("French: a second verb after 'mais' reports for the subject that follows an opening adverbial", fr, [
  ["Lors de son discours mardi, le ministre Paul Durand a revu les prévisions, mais a réitéré l'engagement de ramener les comptes à l'équilibre.",
    [["l'engagement de ramener les comptes à l'équilibre", "Paul Durand", "indirect"]]],
  // Must not match: a name inside the opening adverbial is no subject ("la mairie" speaks, not Paul Durand).
  ["Dans la ville de Paul Durand, la mairie a fermé l'école, mais a promis une réouverture rapide des classes.",
    [["une réouverture rapide des classes", "la mairie", "indirect"]]],
]);

table("French: a gerund reports for the sentence's subject", fr, [
  ["Lors d'un discours devant les députés mardi, le ministre Paul Durand a revu ses prévisions en affirmant que la croissance serait faible.",
    [["la croissance serait faible", "Paul Durand", "indirect"]]],
  ["Le député Marc Leroy est intervenu en demandant au président de la commission une suspension de séance.",
    [["une suspension de séance", "Marc Leroy", "indirect"]]],
  // Must not match: a gerund of manner reports nothing.
  ["Paul Durand a quitté la salle en claquant la porte.", []],
]);

table("French: a comma or a relative with nothing before it", fr, [
  [", a déclaré a", []],
  [", qui a déclaré que la ville était sûre", []],
]);

table("French: a subject before asides set off by commas", fr, [
  ["Le secrétaire général, encore en fonction jusqu'en mars, demande au gouvernement des mesures pour les salariés.",
    [["des mesures pour les salariés", "Le secrétaire général", "indirect"]]],
  ["L'ancien porte-parole de la mission, Paul Garnier, aujourd'hui professeur à l'université de Lyon, a indiqué que les exécutions étaient fréquentes.",
    [["les exécutions étaient fréquentes", "Paul Garnier", "indirect"]]],
  // The name in apposition still speaks; and the comma of an inverted cue is no aside.
  ["Le maire, Paul Durand, a annoncé que la piscine fermerait.", [["la piscine fermerait", "Paul Durand", "indirect"]]],
  ["La visite, longue et difficile, a déclaré le maire, était prévue.", []],
]);

table("French: asides before a verb of narration or of thought", fr, [
  // Must not match: a simple past of a story, and "se dire que" (thinking).
  ["Pauline, ne voulant pas la quitter d'un instant, exigea qu'elle dormît dans son propre lit.", []],
  ["Jacques Morel, rongé de toutes sortes de fureurs, se disait avec rage que ce gentilhomme était un faussaire.", []],
]);

table("French: the object of a relative clause between the subject and its verb is no subject", fr, [
  ["Le ministre Paul Durand qui a reçu son homologue Hans Weber lui a proposé une coopération entre les deux armées.",
    [["une coopération entre les deux armées", "Paul Durand", "indirect"]]],
  ["Le ministre de la Défense qui a reçu son homologue lui a proposé une coopération entre les deux armées.",
    [["une coopération entre les deux armées", "Le ministre de la Défense", "indirect"]]],
  // The relative "qui" of the subject itself stays: "C'est X qui a dit que" (no report of a cleft is read today).
  ["Le maire a reçu Claire Petit, qui a annoncé que le projet était abandonné.", [["le projet était abandonné", "Claire Petit", "indirect"]]],
]);

table("French: a reporting gerund ends the object before it, and its aside ends at its comma", fr, [
  ["Le ministre Paul Durand a défendu son projet en affirmant qu'il créerait des emplois.", [["il créerait des emplois", "Paul Durand", "indirect"]]],
  ["Le ministre Paul Durand, en affirmant que la crise était passée, a surpris ses alliés.", [["la crise était passée", "Paul Durand", "indirect"]]],
  // Must not match: a gerund of manner set off by commas reports nothing.
  ["Le ministre Paul Durand, en souriant, a quitté la salle.", []],
]);

table("French: a subject cut from its verb by an apposition and a relative clause, a participle with its agent, an adverb", fr, [
  ["Le maire de Lyon, Pierre Blanc, qui avait longtemps hésité, a finalement annoncé que la ville se porterait candidate.",
    [["la ville se porterait candidate", "Pierre Blanc", "indirect"]]],
  // "interrogé par …" set off by commas is passive: no cue of its own, and the subject before it speaks.
  ["Le directeur de l'hôpital, Jean Morin, interrogé par nos confrères, a reconnu que les urgences étaient saturées.",
    [["les urgences étaient saturées", "Jean Morin", "indirect"]]],
  ["La ministre Claire Petit, questionnée par les sénateurs, a notamment précisé que le texte serait amendé.",
    [["le texte serait amendé", "Claire Petit", "indirect"]]],
  ["Marc Leroy, secrétaire général du syndicat depuis 2019, a publiquement assuré que les négociations reprendraient lundi.",
    [["les négociations reprendraient lundi", "Marc Leroy", "indirect"]]],
  // Must not match: a participle with its agent reports nothing by itself.
  ["Le décès, confirmé par le ministère, a bouleversé le village.", []],
]);

table("French: a relative clause between the subject and a present-tense verb that reports its object", fr, [
  ["La CGT, qui regroupe quarante syndicats, réclame l'arrêt du projet.", [["l'arrêt du projet", "CGT", "indirect"]]],
  ["Paul Durand, dont le fils travaille à l'usine, dénonce une décision injuste.", [["une décision injuste", "Paul Durand", "indirect"]]],
  // Must not: a clause with its own verb before an inverted cue keeps the cue's subject after it.
  ["Les négociations, qui ont duré trois jours, sont rompues, affirme le syndicat.",
    [["Les négociations, qui ont duré trois jours, sont rompues", "le syndicat", "indirect"]]],
]);
