// Object reports: verbs whose object is the content (denied the charges, called the plan a disaster,
// vowed to …), and verbs with an object that is no report.
import { table, g, fr, en } from "../helpers/table";

table("French: an object report in the tenses of the press, not of narration", fr, [
  ["Jean Dupont a reconnu sa défaite dimanche soir.", [["sa défaite dimanche soir", "Jean Dupont", "indirect"]]],
  // « reconnut », « reconnaissait »: seeing.
  ["Anne Martin reconnut le clocher de son village.", []],
  ["Anne Martin reconnaissait toutes les choses de son enfance.", []],
  // The press reports in the imperfect and, now and then, the simple past: the text narrates in neither.
  ["Le porte-parole Marc Leroy annonçait jeudi la fermeture du site.", [["la fermeture du site", "Marc Leroy", "indirect"]]],
  ["La direction annonça mardi la suppression de 300 postes.", [["la suppression de 300 postes", "La direction", "indirect"]]],
  ["Les élus dénonçaient une décision prise sans concertation.", [["une décision prise sans concertation", "Les élus", "indirect"]]],
  // Must not: a text that narrates in the simple past (two reporting verbs in it) keeps the object a thing.
  ["Marie se tut. Il répliqua sèchement, puis annonça la nouvelle à sa sœur le soir même.", []],
  ["Il reconnaissait la voix de sa mère au bout du couloir.", []],
]);

table("French: a participle's report after an object report", fr, [
  ["Paul Roche a démenti les informations du journal, affirmant qu'il partirait en juin.",
    [["les informations du journal", "Paul Roche", "indirect"], ["il partirait en juin", "Paul Roche", "indirect"]]],
  // A short object is dropped; the participle's report keeps the subject.
  [`Un porte-parole du groupe a démenti cette information, affirmant que ${g("rien n'est décidé")}.`, [[g("rien n'est décidé"), "Un porte-parole du groupe", "mixed"]]],
  // False positive: a participle with no "que" stays in the object.
  ["Paul Roche a confirmé la fermeture du site, entraînant la colère des salariés.", [["la fermeture du site, entraînant la colère des salariés", "Paul Roche", "indirect"]]],
]);

table("French: two coordinated verbs with their own objects", fr, [
  [`Le maire, Jean-Paul Castan, a dénoncé ${g("un acte d'une violence inouïe")} et annoncé le renforcement des patrouilles.`,
    [[g("un acte d'une violence inouïe"), "Jean-Paul Castan", "mixed"], ["le renforcement des patrouilles", "Jean-Paul Castan", "indirect"]]],
  ["Paul Roche a critiqué la réforme des retraites et annoncé une motion de censure.",
    [["la réforme des retraites", "Paul Roche", "indirect"], ["une motion de censure", "Paul Roche", "indirect"]]],
  [`Paul Roche a salué ${g("un accord historique")} mais a appelé à la vigilance face aux arnaques.`,
    [[g("un accord historique"), "Paul Roche", "mixed"], ["la vigilance face aux arnaques", "Paul Roche", "indirect"]]],
  // False positive: "et" inside the object, with no verb after it.
  ["Paul Roche a dénoncé la hausse des prix et des loyers.", [["la hausse des prix et des loyers", "Paul Roche", "indirect"]]],
]);

table("promises and threats report their infinitive", en, [
  ["Mary Smith has vowed to scrap the plan if elected.", [["to scrap the plan if elected", "Mary Smith", "indirect"]]],
  ["Mary Smith threatened to leave the party over the vote.", [["to leave the party over the vote", "Mary Smith", "indirect"]]],
  ["Mary Smith promised to the voters and left.", []],
  // A verb that does not take an infinitive report: "denied to" is not a statement.
  ["Mary Smith denied to the end.", []],
]);

table("naming verbs report what the object is called", en, [
  ["At the forum, Mary Smith called her vote in favor of the war a mistake.",
    [["her vote in favor of the war a mistake", "Mary Smith", "indirect"]]],
  ["Mary Smith called the new rules unlawful.", [["the new rules unlawful", "Mary Smith", "indirect"]]],
  ["Mary Smith called the police on Monday night.", []],
  ["Mary Smith called for calm after the vote.", [["calm after the vote", "Mary Smith", "indirect"]]],
  ["Mary Smith did not call the result a defeat.", []],
]);

table("a naming verb's object may hold nouns that look like verbs", en, [
  ["Mary Smith called the use of executive orders a dangerous habit.",
    [["the use of executive orders a dangerous habit", "Mary Smith", "indirect"]]],
  // A quoted name stays a direct quote (STATEMENTS.md), not a mixed report.
  ["Mary Smith called the plan “quite dangerous” on Monday.", [["“quite dangerous”", "Mary Smith", "direct"]]],
]);

table("'called on' reports its object and infinitive; naming after an apposition or a comma", en, [
  ["Dana Okafor called on the council to delay the vote.", [["the council to delay the vote", "Dana Okafor", "indirect"]]],
  // "call for" keeps working next to "call on".
  ["Dana Okafor called for a delay of the vote.", [["a delay of the vote", "Dana Okafor", "indirect"]]],
  ["Dana Okafor, a city councillor, called the plan a disaster.", [["the plan a disaster", "Dana Okafor", "indirect"]]],
  ["Dana Okafor left the hall, calling the plan a disaster.", [["the plan a disaster", "Dana Okafor", "indirect"]]],
  // Not reports: a lone object, a negated verb.
  ["Dana Okafor called the police.", []],
  ["Dana Okafor did not call on the council.", []],
]);

table("'noted' reports its object; an abbreviation after a hyphen ends no sentence", en, [
  ["Dana Okafor noted the sharp rise in rents since May.", [["the sharp rise in rents since May", "Dana Okafor", "indirect"]]],
  ["Dana Okafor argued that the gap between Okafor and then-Sen. Jo Lee was narrow.",
    [["the gap between Okafor and then-Sen. Jo Lee was narrow", "Dana Okafor", "indirect"]]],
  // Not reports: a noun after an article and an adjective, a negated verb.
  ["Dana Okafor sounded a cautious note about the rents.", []],
  ["Dana Okafor did not note the rise in rents.", []],
]);

table("'deny' refusing a thing is no report (lexicon grantVerbs/grantObjects)", en, [
  ["Dana Okafor denied the charges against her staff.", [["the charges against her staff", "Dana Okafor", "indirect"]]],
  ["Dana Okafor denied she had met the donors.", [["she had met the donors", "Dana Okafor", "indirect"]]],
  ["Judge Dana Okafor denied Mr. Lee's request for a new trial.", []],
  ["Judge Dana Okafor denied him bail on Monday.", []],
  ["The council denied Okafor the votes she needed.", []],
]);

// Issue 11, English over-reach: a verb that judges or talks of its object ("condemned", "disclosed", "rejected",
// "discussed", "expressed") reports no content with a plain object; with quoted words in it, the object is a report.
// Issue 11: French "rejeter" turns down a bill, a motion or an appeal by a vote or a ruling (no statement) as well as a claim.
table("French: « rejeter » a bill or an appeal is no report (lexicon grantVerbs/grantObjects)", fr, [
  ["Le ministre de l'Intérieur a rejeté les accusations de l'opposition.", [["les accusations de l'opposition", "Le ministre de l'Intérieur", "indirect"]]],
  // Must not match: a vote, a ruling.
  ["Les sénateurs ont rejeté jeudi le projet de loi sur les retraites.", []],
  ["La cour d'appel a rejeté le recours de l'ancien maire de la commune.", []],
  ["L'Assemblée nationale a rejeté la motion de censure déposée par l'opposition.", []],
]);

table("English: a judged or discussed object is no statement unless it holds quoted words", en, [
  ["The bishop condemned the students' behaviour at the rally.", []],
  ["The agency disclosed most of its loans since 2001.", []],
  ["Lawmakers rejected the trade deal by a wide margin.", []],
  ["The two leaders discussed the price of grain on Monday.", []],
  ["The minister is expressing concern over the detention of two sailors.", []],
  ["Senator Ray Hollis blamed “reckless traders” and the banks for the crash.",
    [["“reckless traders” and the banks for the crash", "Ray Hollis", "mixed"]]],
  // Their clauses stay reports, and content verbs keep their object.
  ["The agency disclosed that it had lent money to the port.", [["it had lent money to the port", "The agency", "indirect"]]],
  ["Ray Hollis announced a freeze on hiring at city hall.", [["a freeze on hiring at city hall", "Ray Hollis", "indirect"]]],
]);

table("French: a two-word noun phrase is the content of a verb that reports its object", fr, [
  ["La maire Anne Morel a condamné ces attaques.", [["ces attaques", "Anne Morel", "indirect"]]],
  ["Le ministre Paul Durand a annoncé sa démission.", [["sa démission", "Paul Durand", "indirect"]]],
  // Must not match: a verb whose object is as often a person, an article (no content determiner), a name.
  ["Le ministre Paul Durand a salué ses joueurs.", []],
  ["Le ministre Paul Durand a annoncé la couleur.", []],
  ["Le ministre Paul Durand a dénoncé ce Dupont.", []],
]);

// Issue 11, English over-reach: an object that is a thing shown or told is no content; a claim or an event stays one.
table("an object that is a thing shown is no report", en, [
  ["Mary Smith denied the story on Monday.", []],
  ["Mary Smith posted a video on Instagram on Sunday.", []],
  ["The league announced the winners on Friday.", []],
  ["The league announced the finalists of the contest.", []],
  ["Mary Smith wrote a book about the war.", []],
  // Claims, events and decisions are what was said.
  ["Mary Smith denied the allegations on Monday.", [["the allegations on Monday", "Mary Smith", "indirect"]]],
  ["Police confirmed his death on Tuesday.", [["his death on Tuesday", "Police", "indirect"]]],
  ["Mary Smith announced her resignation on Monday.", [["her resignation on Monday", "Mary Smith", "indirect"]]],
  // A thing that is a clause's subject keeps the clause: "wrote the story was false".
  ["Mary Smith wrote that the war was lost.", [["the war was lost", "Mary Smith", "indirect"]]],
  ["Mary Smith told reporters the plan was dead.", [["the plan was dead", "Mary Smith", "indirect"]]],
]);

table("belief verbs report nothing", en, [
  ["Mary Smith believes the plan will fail.", []],
  ["Mary Smith thinks the plan will fail.", []],
  ["Mary Smith feels the plan is unfair.", []],
  ["Mary Smith hopes the plan will pass.", []],
  // The belief inside a report is the report's content.
  ["Mary Smith said she believes the plan will fail.", [["she believes the plan will fail", "Mary Smith", "indirect"]]],
]);

// Issue 11, English 4: a reporting participle after the object's comma starts a report of its own.
table("an object report ends before ', saying …'", en, [
  ["Carla Diaz urged patience, saying the new beds were coming soon.", [["the new beds were coming soon", "Carla Diaz"]]],
  ["Carla Diaz denied all of the claims, adding that the beds were funded.",
    [["all of the claims", "Carla Diaz"], ["the beds were funded", "Carla Diaz"]]],
  // A participle that is no verb of speech stays inside the object.
  ["Carla Diaz announced a new fund for rural clinics, bringing the total to $40 million.",
    [["a new fund for rural clinics, bringing the total to $40 million", "Carla Diaz"]]],
]);

// Issue 11, English 1: a standing confirmed by an act, and words to oneself, are no statements.
table("a standing confirmed by an act; a reflexive object", en, [
  ["Reyes confirmed his status as the league's top scorer with a hat trick.", []],
  ["The Jets confirmed their playoff berth with a win over Calgary.", []],
  ["Reyes told himself to stay calm.", []],
  ["Reyes told himself the game was not over.", []],
  ["Reyes asked himself whether it was worth it.", []],
  // Must still match: a confirmed fact, an addressee who is someone else.
  ["Reyes confirmed that he would miss the game.", [["he would miss the game", "Reyes"]]],
  ["Reyes told reporters the game was not over.", [["the game was not over", "Reyes"]]],
]);

// Speech acts the press reports with a noun phrase as their content (lexicon objectReportVerbs).
table("French: more verbs whose object is what was said", fr, [
  ["Le ministre a contesté la légitimité du scrutin.", [["la légitimité du scrutin", "Le ministre", "indirect"]]],
  ["Le syndicat a réaffirmé son soutien aux grévistes.", [["son soutien aux grévistes", "Le syndicat", "indirect"]]],
  ["La police a signalé la présence de deux suspects.", [["la présence de deux suspects", "La police", "indirect"]]],
  ["Le ministre a admis son erreur sur ce dossier.", [["son erreur sur ce dossier", "Le ministre", "indirect"]]],
  ["Le parti prône le dialogue avec l'opposition.", [["le dialogue avec l'opposition", "Le parti", "indirect"]]],
  ["Le ministre a insisté sur la nécessité d'un accord.", [["la nécessité d'un accord", "Le ministre", "indirect"]]],
  ["L'OMS a alerté sur la hausse des cas de rougeole.", [["la hausse des cas de rougeole", "OMS", "indirect"]]],
  // Not reports: no object, the past anterior of novels, the writer's reading of a thing.
  ["Le juge a contesté.", []],
  ["Quand Laurence eut timidement exprimé à son amie la crainte de la perdre, elle pleura.", []],
  ["Cette affaire souligne les failles du système.", []],
  // A pronominal reporting verb and its circumstance: no object.
  ["Paul Durand, qui s'exprimait devant la presse, a assuré que le texte serait amendé.", [["le texte serait amendé", "Paul Durand", "indirect"]]],
]);

// A participle after the main clause's comma reports for the sentence's subject: its "que" clause, or its object for the
// participles of lexicon participleReports ("dénonçant", "réclamant" …), as "en affirmant" did.
table("French: a participle after the main clause reports for its subject", fr, [
  ["Paul Durand a refusé sa défaite, affirmant que le vote était truqué.", [["le vote était truqué", "Paul Durand", "indirect"]]],
  [`Paul Durand a refusé de reconnaître sa défaite, dénonçant des ${g("irrégularités massives")}.`,
    [[`des ${g("irrégularités massives")}`, "Paul Durand", "mixed"]]],
  ["Paul Durand a quitté la salle, dénonçant une manœuvre politique.", [["une manœuvre politique", "Paul Durand", "indirect"]]],
  // Not reports: a participle that is no reporting verb, after the clause or inside the subject's apposition.
  ["Paul Durand a quitté la salle, portant un manteau noir.", []],
  ["Paul Durand, souriant, a quitté la salle.", []],
  // A present participle is never an inverted cue's verb: its object is no speaker and the main clause no content.
  ["Marie Dupont a envahi la tribune, réclamant la démission du gouvernement.", [["la démission du gouvernement", "Marie Dupont", "indirect"]]],
  ["Le député Jean Morel a quitté l'hémicycle, exigeant le retrait du texte.", [["le retrait du texte", "Jean Morel", "indirect"]]],
  ["La foule a envahi la place, portant des banderoles.", []],
  ["Les grévistes ont envahi le hall, criant leur colère.", []],
]);

describe("French: a participle after a main clause whose subject is described, not named (pending)", () => {
  // Known gaps: the participle's object is no longer read as the speaker of the main clause (above), but the main clause's
  // subject is not taken up yet when it is a collective noun that is no speaker noun ("la foule", "les agriculteurs"), when
  // the object is one bare noun ("une provocation"), or when a "que" follows a participle that is not in participleReports
  // after a described subject ("Le maire …, affirmant que"). Reading any "-ant que" participle for the opening subject
  // lifted polnear by 0.1 on both halves but added a thought ("considérant que" in a novel) on aads_french: left out.
  for (const text of ["La foule a envahi la place, réclamant la démission du gouvernement.",
    "Les agriculteurs ont bloqué l'autoroute, exigeant le retrait de la taxe.",
    "Le maire a pris la parole, affirmant que la ville ne céderait pas.",
    "La CGT a quitté la table, dénonçant une provocation."]) it.skip(text);
});

// An addressee or a circumstance that runs to the end of the sentence is no object: nothing is reported
// (lang/fr/no-object.ts circumstanceBeforeQuote). A second phrase after it is the object, reported without it.
table("French: an addressee or a circumstance after an object verb is no part of its report", fr, [
  ["Paul Durand a annoncé devant les députés.", []],
  ["Paul Durand a annoncé mardi devant les députés.", []],
  ["La ministre a confirmé à l'AFP.", []],
  ["Le syndicat a annoncé à la presse.", []],
  ["La CGT a annoncé dans un communiqué.", []],
  ["Le maire a promis aux habitants.", []],
  // The object after the circumstance is the report: the circumstance stays out of it.
  ["Le ministre a annoncé devant les députés la fermeture du site.", [["la fermeture du site", "Le ministre", "indirect"]]],
  ["Le ministre a annoncé à la presse 200 suppressions de postes.", [["200 suppressions de postes", "Le ministre", "indirect"]]],
  ["Le maire a promis aux habitants une nouvelle école.", [["une nouvelle école", "Le maire", "indirect"]]],
  ["Les syndicats ont annoncé dans un communiqué publié mardi une grève de 48 heures.",
    [["une grève de 48 heures", "Les syndicats", "indirect"]]],
  // Must stay as they were: the complement of the circumstance ("au président de la République"), a "que" after it,
  // the verb's own particle.
  ["Paul Durand a annoncé au président de la République sa démission.", [["sa démission", "Paul Durand", "indirect"]]],
  ["Paul Durand a déclaré devant les députés que la réforme sera reportée.", [["la réforme sera reportée", "Paul Durand", "indirect"]]],
  ["Paul Durand a appelé à la grève.", [["la grève", "Paul Durand", "indirect"]]],
]);
