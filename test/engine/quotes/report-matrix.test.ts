// French reports as a matrix: rows generated from small lists, so a construction is covered for every verb of the
// lexicon, not only the wordings the dev articles happen to use. Four axes, each crossed with the others at a few
// pivots: (a) the reporting verbs and locutions, (b) tenses and verb groups (modal, "vient de", an adverb or an aside
// inside the compound tense, an incise with inversion), (c) subject shapes (name, apposition, honorific, description,
// pronoun after a named sentence, organisation, plural), (d) content shapes (que, colon + « … », mixed, incise,
// "selon", "d'après", "pour X,", a bare attribute, "faire état de", naming). Then what must NOT be read as a report:
// idioms with a reporting verb, beliefs, perception and plain objects.
import { table, fr, g, type Row } from "../helpers/table";

const NAME = "Paul Durand";
const CONTENT = "la réforme sera reportée";
const SUBJUNCTIVE = "la réforme soit reportée";
const QUOTE = g("Nous ne céderons pas.");

/** [infinitive, présent, participle, imparfait, futur, subjunctive after que?] of each verb that reports with "que". */
type Verb = [inf: string, pres: string, pp: string, impf: string, fut: string, subj?: boolean];
const VERBS: Verb[] = [
  ["déclarer", "déclare", "déclaré", "déclarait", "déclarera"],
  ["affirmer", "affirme", "affirmé", "affirmait", "affirmera"],
  ["estimer", "estime", "estimé", "estimait", "estimera"],
  ["assurer", "assure", "assuré", "assurait", "assurera"],
  ["indiquer", "indique", "indiqué", "indiquait", "indiquera"],
  ["souligner", "souligne", "souligné", "soulignait", "soulignera"],
  ["expliquer", "explique", "expliqué", "expliquait", "expliquera"],
  ["préciser", "précise", "précisé", "précisait", "précisera"],
  ["rappeler", "rappelle", "rappelé", "rappelait", "rappellera"],
  ["ajouter", "ajoute", "ajouté", "ajoutait", "ajoutera"],
  ["annoncer", "annonce", "annoncé", "annonçait", "annoncera"],
  ["reconnaître", "reconnaît", "reconnu", "reconnaissait", "reconnaîtra"],
  ["admettre", "admet", "admis", "admettait", "admettra"],
  ["nier", "nie", "nié", "niait", "niera", true],
  ["démentir", "dément", "démenti", "démentait", "démentira", true],
  ["juger", "juge", "jugé", "jugeait", "jugera"],
  ["considérer", "considère", "considéré", "considérait", "considérera"],
  ["prévenir", "prévient", "prévenu", "prévenait", "préviendra"],
  ["avertir", "avertit", "averti", "avertissait", "avertira"],
  ["regretter", "regrette", "regretté", "regrettait", "regrettera", true],
  ["déplorer", "déplore", "déploré", "déplorait", "déplorera", true],
  ["promettre", "promet", "promis", "promettait", "promettra"],
  ["confier", "confie", "confié", "confiait", "confiera"],
  ["raconter", "raconte", "raconté", "racontait", "racontera"],
  ["répondre", "répond", "répondu", "répondait", "répondra"],
  ["répliquer", "réplique", "répliqué", "répliquait", "répliquera"],
  ["dire", "dit", "dit", "disait", "dira"],
  ["soutenir", "soutient", "soutenu", "soutenait", "soutiendra"],
  ["confirmer", "confirme", "confirmé", "confirmait", "confirmera"],
  ["révéler", "révèle", "révélé", "révélait", "révélera"],
  ["marteler", "martèle", "martelé", "martelait", "martèlera"],
  ["écrire", "écrit", "écrit", "écrivait", "écrira"],
  ["noter", "note", "noté", "notait", "notera"],
  ["signaler", "signale", "signalé", "signalait", "signalera"],
  ["insister", "insiste", "insisté", "insistait", "insistera"],
];

/** The verb group in each tense: the text before "que", given the subject. */
const elide = (w: string) => (/^[aeiouéèêh]/.test(w) ? `d'${w}` : `de ${w}`);
const TENSES: [tense: string, group: (v: Verb) => string][] = [
  ["présent", (v) => v[1]],
  ["passé composé", (v) => `a ${v[2]}`],
  ["plus-que-parfait", (v) => `avait ${v[2]}`],
  ["imparfait", (v) => v[3]],
  ["futur", (v) => v[4]],
  ["conditionnel passé", (v) => `aurait ${v[2]}`],
  ["modal 'a tenu à'", (v) => `a tenu à ${v[0]}`],
  ["'vient de'", (v) => `vient ${elide(v[0])}`],
  ["adverb inside the compound tense", (v) => `a également ${v[2]}`],
  ["aside inside the compound tense", (v) => `a, de son côté, ${v[2]}`],
];

const content = (v: Verb) => (v[5] ? SUBJUNCTIVE : CONTENT);

describe("French report matrix: every verb in every tense, with a que-clause", () => {
  for (const [tense, group] of TENSES) {
    table(tense, fr, VERBS.map((v): Row => [`${NAME} ${group(v)} que ${content(v)}.`, [[content(v), NAME, "indirect"]]]));
  }
});

describe("French report matrix: every verb in an incise after a quote", () => {
  table("inverted name, passé composé", fr, VERBS.map((v): Row => [`${QUOTE}, a ${v[2]} ${NAME}.`, [[QUOTE, NAME, "direct"]]]));
  table("inverted name, présent", fr, VERBS.map((v): Row => [`${QUOTE}, ${v[1]} ${NAME}.`, [[QUOTE, NAME, "direct"]]]));
  table("inverted pronoun after a named sentence", fr, VERBS.map((v): Row =>
    [`${NAME} est arrivé à Lyon mardi. ${QUOTE}, a-t-il ${v[2]}.`, [[QUOTE, NAME, "direct"]]]));
});

/** Locutions, pronominal and negated frames, and verbs of the press beyond the core list, in three tenses. */
const LOCUTIONS: [present: string, past: string, pluperfect: string][] = [
  ["fait savoir", "a fait savoir", "avait fait savoir"],
  ["fait valoir", "a fait valoir", "avait fait valoir"],
  ["fait remarquer", "a fait remarquer", "avait fait remarquer"],
  ["fait observer", "a fait observer", "avait fait observer"],
  ["laisse entendre", "a laissé entendre", "avait laissé entendre"],
  ["tient à préciser", "a tenu à préciser", "avait tenu à préciser"],
  ["met en avant", "a mis en avant", "avait mis en avant"],
  ["se félicite", "s'est félicité", "s'était félicité"],
  ["s'inquiète", "s'est inquiété", "s'était inquiété"],
  ["se réjouit", "s'est réjoui", "s'était réjoui"],
  ["s'indigne", "s'est indigné", "s'était indigné"],
  ["s'étonne", "s'est étonné", "s'était étonné"],
  ["s'alarme", "s'est alarmé", "s'était alarmé"],
  ["se plaint", "s'est plaint", "s'était plaint"],
  ["se dit convaincu", "s'est dit convaincu", "s'était dit convaincu"],
  ["se dit persuadé", "s'est dit persuadé", "s'était dit persuadé"],
  ["ne cache pas", "n'a pas caché", "n'avait pas caché"],
  ["n'exclut pas", "n'a pas exclu", "n'avait pas exclu"],
  ["ne nie pas", "n'a pas nié", "n'avait pas nié"],
  ["prétend", "a prétendu", "avait prétendu"],
  ["maintient", "a maintenu", "avait maintenu"],
  ["clame", "a clamé", "avait clamé"],
  ["concède", "a concédé", "avait concédé"],
  ["rétorque", "a rétorqué", "avait rétorqué"],
  ["riposte", "a riposté", "avait riposté"],
  ["objecte", "a objecté", "avait objecté"],
  ["relate", "a relaté", "avait relaté"],
  ["atteste", "a attesté", "avait attesté"],
  ["garantit", "a garanti", "avait garanti"],
  ["estime pour sa part", "a estimé pour sa part", "avait estimé pour sa part"],
  ["rappelle aux journalistes", "a rappelé aux journalistes", "avait rappelé aux journalistes"],
  ["informe les élus", "a informé les élus", "avait informé les élus"],
  ["déclare mardi lors d'une conférence de presse à Lyon", "a déclaré mardi lors d'une conférence de presse à Lyon",
    "avait déclaré mardi lors d'une conférence de presse à Lyon"],
];
table("French report matrix: locutions, pronominal and negated frames, more verbs, a far 'que'", fr, LOCUTIONS.flatMap((forms): Row[] =>
  forms.map((f): Row => [`${NAME} ${f} que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]])));

// A channel whose name ends with "+" between the verb and its "que" (the "+" is part of the name, text/tokenize.ts).
table("French: a channel named with a plus sign before 'que'", fr, [
  [`${NAME} a confié au micro de Canal+ qu'il était épuisé.`, [["il était épuisé", NAME, "indirect"]]],
  [`${NAME} a déclaré sur Canal+ que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  [`« Nous irons au bout », a affirmé ${NAME} sur Canal+.`, [["« Nous irons au bout »", NAME, "direct"]]],
  // Not a statement: a sum and a diploma.
  ["Il faut un Bac+5 pour ce poste, et trois+ deux font cinq.", []],
]);

// "faire savoir" / "faire valoir": the locution is the verb, its "que" may stand after a time or an aside set off by commas.
table("French: 'faire savoir' and 'faire valoir' with a time or an aside before their 'que'", fr, [
  [`Le ministère a fait savoir, par la voix de son porte-parole, que ${CONTENT}.`, [[CONTENT, "Le ministère", "indirect"]]],
  [`${NAME} a fait savoir, dans un communiqué, que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  [`${NAME} a fait valoir mardi que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  [`${NAME} fait savoir, lundi soir, qu'il renonce à sa candidature.`, [["il renonce à sa candidature", NAME, "indirect"]]],
  // Its noun phrase object is the content, without "savoir".
  [`${NAME} a fait savoir sa décision aux élus.`, [["sa décision aux élus", NAME, "indirect"]]],
  // Not a report: a causative "faire" before another infinitive, whose aside ends before a relative "que".
  [`${NAME} a fait venir, dans la nuit, des renforts que la préfecture attendait.`, []],
]);

// The future, the conditional and the third person plural of "faire" report in its locutions only (lexicon/fr/quotes.ts
// FAIRE_LOCUTION_ONLY): "fera savoir que", "font valoir que", "fera état de"; "font du bruit", "fera en sorte que" report nothing.
table("French: 'faire savoir', 'faire valoir', 'faire état de' in the future, the conditional and the plural", fr, [
  [`${NAME} fera savoir mardi que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  [`Les syndicats font savoir, dans un communiqué, que ${CONTENT}.`, [[CONTENT, "Les syndicats", "indirect"]]],
  [`${NAME} ferait valoir que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  [`Les avocats feront valoir devant les juges que ${CONTENT}.`, [[CONTENT, "Les avocats", "indirect"]]],
  [`${NAME} fera état de nouvelles mesures.`, [["nouvelles mesures", NAME, "indirect"]]],
  // Must not match: the same forms outside the locutions.
  ["Les enfants font du bruit dans la cour.", []],
  ["Le gouvernement fera en sorte que les prix baissent.", []],
  ["Les élus feront ce que la loi leur permet.", []],
]);
describe("French: the infinitive 'faire savoir' after 'vient de', 'a tenu à' (pending)", () => {
  // Known gap: "faire" as a verb form of the lexicon also feeds the entity cues (entities/cues.ts), which then read
  // "le Directoire de faire une proclamation" as an agent (hipe fr people -0.1): left out.
  for (const text of [`${NAME} vient de faire savoir que ${CONTENT}.`, `${NAME} a tenu à faire savoir que ${CONTENT}.`]) it.skip(text);
});

/** Subject shapes, with the speaker the jsonl gives. */
const SUBJECTS: [subject: string, speaker: string][] = [
  [NAME, NAME],
  [`Le ministre de l'Intérieur, ${NAME},`, NAME],
  ["M. Durand", "Durand"],
  ["Mme Morel", "Morel"],
  [`${NAME}, qui préside le conseil régional depuis 2015,`, NAME],
  [`${NAME}, maire de Lyon,`, NAME],
  ["La CGT", "CGT"],
];
const PIVOTS = ["déclaré", "estimé", "indiqué", "ajouté", "expliqué"];
describe("French report matrix: subject shapes", () => {
  table("subject + passé composé + que", fr, SUBJECTS.flatMap(([s, who]) => PIVOTS.map((pp): Row =>
    [`${s} a ${pp} que ${CONTENT}.`, [[CONTENT, who, "indirect"]]])));
  table("quote + incise with the subject inverted", fr, SUBJECTS.slice(0, 4).flatMap(([s, who]) => PIVOTS.map((pp): Row =>
    [`${QUOTE}, a ${pp} ${s.replace(/,$/, "")}.`, [[QUOTE, who, "direct"]]])));
  table("a pronoun after a named sentence", fr, PIVOTS.flatMap((pp): Row[] => [
    [`${NAME} s'est rendu à Lyon mardi. Il a ${pp} que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`La ministre Claire Petit s'est rendue à Lyon mardi. Elle a ${pp} que ${CONTENT}.`, [[CONTENT, "Claire Petit", "indirect"]]],
  ]));
  table("a description, an organisation, a plural: the description as written", fr, PIVOTS.flatMap((pp): Row[] => [
    [`Le porte-parole du gouvernement a ${pp} que ${CONTENT}.`, [[CONTENT, "Le porte-parole du gouvernement", "indirect"]]],
    [`Le syndicat a ${pp} que ${CONTENT}.`, [[CONTENT, "Le syndicat", "indirect"]]],
    [`Les enquêteurs ont ${pp} que ${CONTENT}.`, [[CONTENT, "Les enquêteurs", "indirect"]]],
  ]));
});

/** What the press puts between the verb and its "que": an addressee, a channel, a time, an aside. */
const MIDDLES = ["à l'AFP", "dans un communiqué", "mardi soir", ", dans un entretien au Figaro,", "lors d'une conférence de presse à Lyon",
  "devant les députés", "sur son compte Twitter", "au micro de France Inter"];
/** Harder subjects: long appositions, an aside after the subject, a participle of the medium. */
const LONG_SUBJECTS: [subject: string, speaker: string][] = [
  [`La ministre de la Santé, Claire Petit,`, "Claire Petit"],
  [`${NAME}, interrogé par Le Monde,`, NAME],
  [`Le porte-parole du gouvernement, ${NAME},`, NAME],
  [`${NAME}, ancien maire de Lyon et candidat aux élections régionales,`, NAME],
  [`Le président de la CGT, ${NAME}, a quant à lui`, NAME],
];
describe("French report matrix: what comes between subject, verb and 'que'", () => {
  table("a middle between the verb and que", fr, MIDDLES.flatMap((m): Row[] => ["déclaré", "précisé", "estimé"].map((pp): Row =>
    [`${NAME} a ${pp} ${m} que ${CONTENT}.`.replace(" ,", ","), [[CONTENT, NAME, "indirect"]]])));
  table("a long subject", fr, LONG_SUBJECTS.flatMap(([s, who]): Row[] => ["déclaré", "affirmé", "rappelé"].map((pp): Row =>
    [`${s.endsWith("lui") ? s : s + " a"} ${pp} que ${CONTENT}.`, [[CONTENT, who, "indirect"]]])));
  table("a long subject and a middle", fr, LONG_SUBJECTS.map(([s, who], i): Row =>
    [`${s.endsWith("lui") ? s : s + " a"} indiqué ${MIDDLES[i]} que ${CONTENT}.`.replace(" ,", ","), [[CONTENT, who, "indirect"]]]));
});

/** The cue after or inside the content, with the verb inverted. */
const CONTENT_CAP = "La réforme sera reportée";
describe("French report matrix: the cue after or inside the content", () => {
  table("content, then the cue", fr, PIVOTS.flatMap((pp): Row[] => [
    [`${CONTENT_CAP}, a ${pp} ${NAME}.`, [[CONTENT_CAP, NAME, "indirect"]]],
    [`${CONTENT_CAP}, a ${pp} le ministre de l'Intérieur, ${NAME}.`, [[CONTENT_CAP, NAME, "indirect"]]],
    [`La réforme, a ${pp} ${NAME}, sera reportée.`, [["La réforme, a " + pp + " " + NAME + ", sera reportée", NAME, "indirect"]]],
  ]));
  table("a quote, then a cue with a long inverted subject or an addressee", fr, PIVOTS.flatMap((pp): Row[] => [
    [`${QUOTE}, a ${pp} le ministre de l'Intérieur, ${NAME}.`, [[QUOTE, NAME, "direct"]]],
    [`${QUOTE}, a ${pp} ${NAME} à l'AFP.`, [[QUOTE, NAME, "direct"]]],
    [`${QUOTE}, a ${pp} mardi ${NAME}, ministre de l'Intérieur.`, [[QUOTE, NAME, "direct"]]],
    [`${NAME} était à Lyon mardi. ${QUOTE}, a-t-il ${pp} à la presse.`, [[QUOTE, NAME, "direct"]]],
    [`${QUOTE}, a ${pp} le porte-parole du gouvernement.`, [[QUOTE, "le porte-parole du gouvernement", "direct"]]],
  ]));
});

/** Infinitive contents: "a annoncé quitter …", "affirme ne pas vouloir …". */
const INFINITIVES = ["vouloir quitter le gouvernement", "avoir reçu des menaces", "ne pas être candidat", "renoncer à sa candidature",
  "quitter ses fonctions en juin", "être prêt à négocier"];
/** Fronted circumstances before the subject. */
const FRONTED = ["Dans un communiqué,", "Interrogé par l'AFP,", "Lors d'une conférence de presse mardi,", "Mardi soir,",
  "Dans une interview accordée au Parisien,"];
/** Noun + "que" after a verb: the noun's clause is what was said. */
const NOUN_QUE = ["a exprimé l'espoir", "a émis l'hypothèse", "a fait part de sa crainte", "a insisté sur le fait", "a rappelé le fait"];
describe("French report matrix: more complements and fronted circumstances", () => {
  table("an infinitive content", fr, INFINITIVES.flatMap((inf): Row[] => ["annoncé", "affirmé", "assuré"].map((pp): Row =>
    [`${NAME} a ${pp} ${inf}.`, [[inf, NAME, "indirect"]]])));
  table("a fronted circumstance", fr, FRONTED.flatMap((f): Row[] => [
    [`${f} ${NAME} a déclaré que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${f} le ministre de l'Intérieur, ${NAME}, a estimé que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  ]));
  table("a noun and its que-clause", fr, NOUN_QUE.map((n): Row => [`${NAME} ${n} que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]]));
  table("a participle of a second report", fr, ["ajoutant", "précisant", "estimant", "soulignant"].map((p): Row =>
    [`${NAME} a annoncé sa démission, ${p} que ${CONTENT}.`, [["sa démission", NAME, "indirect"], [CONTENT, NAME, "indirect"]]]));
  table("an organisation or an institution", fr, ["La police", "Le gouvernement", "Le parquet de Paris", "Les autorités", "L'entreprise"].map((s): Row =>
    [`${s} a indiqué que ${CONTENT}.`.replace("Les autorités a", "Les autorités ont"), [[CONTENT, s, "indirect"]]]));
  table("'selon' and 'd'après' with an organisation, a medium or an unnamed source", fr, ([["Selon la police,", "la police"],
    ["Selon l'agence Reuters,", "Reuters"], ["D'après Le Monde,", "Le Monde"], ["Selon un communiqué du ministère,", "ministère"],
    ["Selon des sources proches du dossier,", "des sources proches du dossier"]] as const).map(([s, who]): Row =>
    [`${s} ${CONTENT}.`, [[CONTENT, who, "indirect"]]]));
  table("a follow-on report with a pronoun", fr, [
    [`${NAME} a déclaré que ${CONTENT}. Il a ajouté que le budget serait voté.`,
      [[CONTENT, NAME, "indirect"], ["le budget serait voté", NAME, "indirect"]]],
    [`${NAME} a déclaré : ${QUOTE} Il a ensuite précisé que le budget serait voté.`,
      [[QUOTE, NAME, "direct"], ["le budget serait voté", NAME, "indirect"]]],
    [`${QUOTE}, a déclaré ${NAME}. ${g("Le budget sera voté.")}`, [[QUOTE, NAME, "direct"], [g("Le budget sera voté."), NAME, "direct"]]],
  ]);
});

const MIXED = `la réforme était ${g("une erreur historique")}`;
describe("French report matrix: content shapes", () => {
  table("colon + « … », que + « … », and a que-clause with a comma", fr, PIVOTS.flatMap((pp): Row[] => [
    [`${NAME} a ${pp} : ${QUOTE}`, [[QUOTE, NAME, "direct"]]],
    [`${NAME} a ${pp} que ${MIXED}.`, [[MIXED, NAME, "mixed"]]],
    [`${NAME} a ${pp} que, faute de moyens, ${CONTENT}.`, [[`faute de moyens, ${CONTENT}`, NAME, "indirect"]]],
  ]));
  table("source prepositions open the clause", fr, [
    [`Selon ${NAME}, ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`D'après ${NAME}, ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`Pour ${NAME}, ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`Selon le ministre de l'Intérieur, ${NAME}, ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`Selon M. Durand, ${CONTENT}.`, [[CONTENT, "Durand", "indirect"]]],
    [`${CONTENT[0].toUpperCase()}${CONTENT.slice(1)}, selon ${NAME}.`, [[CONTENT[0].toUpperCase() + CONTENT.slice(1), NAME, "indirect"]]],
    [`Pour le ministre de l'Intérieur, ${NAME}, ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  ]);
  table("a noun phrase or an attribute that is the content", fr, [
    [`${NAME} a fait état de menaces contre les élus.`, [["menaces contre les élus", NAME, "indirect"]]],
    [`${NAME} a dénoncé une réforme injuste.`, [["une réforme injuste", NAME, "indirect"]]],
    [`${NAME} a annoncé sa démission.`, [["sa démission", NAME, "indirect"]]],
    [`${NAME} a promis de réduire les impôts.`, [["réduire les impôts", NAME, "indirect"]]],
    [`${NAME} a qualifié la réforme de ${g("désastre")}.`, [[g("désastre"), NAME, "direct"]]],
    [`${NAME} a qualifié la réforme d'${g("erreur")}.`, [[g("erreur"), NAME, "direct"]]],
  ]);
  table("two reports in one sentence", fr, [
    [`${NAME} a déclaré que ${CONTENT}, avant d'ajouter que le budget serait voté.`,
      [[CONTENT, NAME, "indirect"], ["le budget serait voté", NAME, "indirect"]]],
    [`${NAME} a affirmé que ${CONTENT}, en précisant que le budget serait voté.`,
      [[CONTENT, NAME, "indirect"], ["le budget serait voté", NAME, "indirect"]]],
  ]);
});

table("French report matrix: must not match (idioms, beliefs, perception, plain objects)", fr, [
  [`Le joueur ${NAME} a déclaré forfait avant la finale.`, []],
  ["Le pays a déclaré la guerre à son voisin.", []],
  [`${NAME} pense que ${CONTENT}.`, []],
  [`${NAME} croit que ${CONTENT}.`, []],
  [`${NAME} a vu que la porte était ouverte.`, []],
  [`${NAME} a appris que ${CONTENT}.`, []],
  [`${NAME} a compris que ${CONTENT}.`, []],
  [`${NAME} sait que ${CONTENT}.`, []],
  [`${NAME} a entendu des cris dans la nuit.`, []],
  [`${NAME} a rappelé son ambassadeur à Paris.`, []],
  [`${NAME} a prévenu les secours vers minuit.`, []],
  [`${NAME} a répondu au téléphone.`, []],
  [`${NAME} a assuré la sécurité du concert.`, []],
  [`${NAME} a indiqué la route aux touristes.`, []],
  [`${NAME} a considéré la question pendant des heures.`, []],
  [`${NAME} a ajouté du sel à la sauce.`, []],
  [`${NAME} a raconté une histoire à ses enfants.`, []],
  [`${NAME} a expliqué le fonctionnement de la machine aux élèves.`, []],
]);

/** Contents of the shapes news prose gives them: an inner relative, a parenthesis, numbers, a second "que", a quoted part. */
const CONTENTS = [
  "la réforme, qui devait entrer en vigueur en janvier, sera reportée",
  "la réforme sera reportée et que le budget sera revu",
  "8 000 postes seront supprimés en France d'ici 2014",
  "l'entreprise PSA Peugeot Citroën (PSA) fermera son usine",
  "les rebelles, soutenus par l'armée, contrôlent la ville",
  `la réforme serait ${g("un échec annoncé")} si rien ne change`,
  "il ne se représentera pas en 2017",
  "elle avait été informée de la situation dès lundi",
];
/** Sentence openers before the subject. */
const OPENERS = ["Toutefois,", "De son côté,", "Par ailleurs,", "En réaction,", "Ainsi,", "Mardi,"];
/** Subjects of news prose, with the speaker the jsonl gives. */
const NEWS_SUBJECTS: [subject: string, speaker: string][] = [
  ["Le Premier ministre Jean Morel", "Jean Morel"],
  ["L'ancien président français Jean Morel", "Jean Morel"],
  ["Le secrétaire général de l'ONU, Jean Morel,", "Jean Morel"],
  ["Le porte-parole de la police, le commandant Jean Morel,", "Jean Morel"],
  ["L'ONG Human Rights Watch", "Human Rights Watch"],
  ["Le quotidien Le Monde", "Le Monde"],
  ["L'agence de presse officielle SANA", "SANA"],
  ["Le constructeur automobile PSA", "PSA"],
];
describe("French report matrix: news prose", () => {
  table("contents with inner commas, numbers, a second que, a quoted part", fr, CONTENTS.flatMap((c): Row[] => ["déclaré", "affirmé", "indiqué"].map((pp): Row =>
    [`${NAME} a ${pp} que ${c}.`, [[c, NAME, c.includes("«") ? "mixed" : "indirect"]]])));
  table("a sentence opener before the subject", fr, OPENERS.flatMap((o): Row[] => [
    [`${o} ${NAME} a déclaré que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${o} le ministre de l'Intérieur, ${NAME}, a estimé que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
  ]));
  table("subjects of news prose", fr, NEWS_SUBJECTS.flatMap(([s, who]): Row[] => [
    [`${s} a déclaré que ${CONTENT}.`, [[CONTENT, who, "indirect"]]],
    [`${QUOTE}, a déclaré ${s.replace(/^L'/, "l'").replace(/^Le /, "le ").replace(/,$/, "")}.`, [[QUOTE, who, "direct"]]],
    [`Selon ${s.replace(/^L'/, "l'").replace(/^Le /, "le ").replace(/,$/, "")}, ${CONTENT}.`, [[CONTENT, who, "indirect"]]],
  ]));
  table("reacting, answering, speaking of", fr, [
    [`${NAME} a réagi en déclarant que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${NAME} a répondu à ces critiques en affirmant que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${NAME} a déclaré au sujet des retraites que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${NAME} a déclaré à propos des retraites que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${NAME} a réagi : ${QUOTE}`, [[QUOTE, NAME, "direct"]]],
    [`${NAME} a parlé d'${g("un échec")}.`, [[g("un échec"), NAME]]],
    [`${NAME} dénonce ${g("une dérive autoritaire")}.`, [[g("une dérive autoritaire"), NAME]]],
    [`${NAME} a évoqué ${g("une erreur")} du gouvernement.`, [[`${g("une erreur")} du gouvernement`, NAME]]],
    [`${NAME} a déclaré qu'il ${g("ne céderait pas")}.`, [[`il ${g("ne céderait pas")}`, NAME, "mixed"]]],
    // An elided "qu'" or "d'" glued to the opening mark (text/tokenize.ts).
    [`${NAME} estime qu'${g("il faut agir vite")}.`, [[g("il faut agir vite"), NAME]]],
    [`${NAME} estime qu’${g("il faut agir vite")}.`, [[g("il faut agir vite"), NAME]]],
    [`${NAME} a fait état d’${g("irrégularités graves")}.`, [[g("irrégularités graves"), NAME]]],
    // A quote after "selon X," is the whole content (the kind, direct or mixed, is left to the scorer's conventions).
    [`Pour ${NAME}, ${QUOTE}`, [[QUOTE, NAME]]],
    [`Selon ${NAME}, ${QUOTE}`, [[QUOTE, NAME]]],
    [`${QUOTE}, a déclaré ${NAME}, avant d'ajouter que le budget serait voté.`,
      [[QUOTE, NAME, "direct"], ["le budget serait voté", NAME, "indirect"]]],
    [`${NAME} a déclaré que ${CONTENT} ; il a ajouté que le budget serait voté.`,
      [[CONTENT, NAME, "indirect"], ["le budget serait voté", NAME, "indirect"]]],
    // What the addressee is called to is the content (frames.test.ts).
    [`${NAME} a déclaré que ${CONTENT}, mais a appelé les élus au calme.`, [[CONTENT, NAME, "indirect"], ["calme", NAME, "indirect"]]],
  ]);
});

/** Reports in a relative clause, a "comme" clause, a subjunctive "que", a noun phrase after a locution. */
describe("French report matrix: relatives, 'comme', requests and locutions with a noun phrase", () => {
  table("a relative clause reports", fr, [
    [`${NAME}, qui a déclaré que ${CONTENT}, a quitté la salle.`, [[CONTENT, NAME, "indirect"]]],
    // A description opening the sentence, headed by a speaker noun (quotes/relative-subject.ts).
    [`La police, qui affirme que ${CONTENT}, a ouvert une enquête.`, [[CONTENT, "La police", "indirect"]]],
    [`Le ministre, qui a rappelé que ${CONTENT}, a quitté la salle.`, [[CONTENT, "Le ministre", "indirect"]]],
    [`Les enquêteurs, qui estiment que ${CONTENT}, ont interrogé un voisin.`, [[CONTENT, "Les enquêteurs", "indirect"]]],
    // Must not match: a thing is no source.
    ["Le bus, qui a annoncé un retard, est arrivé à midi.", []],
  ]);
  table("'comme l'a dit X, …'", fr, ["Comme l'a rappelé", "Comme l'a souligné", "Ainsi que l'a précisé"].map((c): Row =>
    [`${c} ${NAME}, ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]]).concat([
    // Must not match: "faire" standing for another verb, and verbs that show rather than say.
    [`Comme l'a fait son prédécesseur, ${NAME} a quitté le parti.`, []],
    [`Comme le veut la tradition, ${NAME} a ouvert le bal.`, []],
    [`Comme l'ont montré les enquêteurs, ${CONTENT}.`, []],
  ]));
  table("requests and proposals with a subjunctive 'que'", fr, ["demandé", "exigé", "proposé", "suggéré", "réclamé", "recommandé"].map((pp): Row =>
    [`${NAME} a ${pp} que la réforme soit reportée.`, [["la réforme soit reportée", NAME, "indirect"]]]));
  table("locutions whose noun phrase is the content", fr, [
    [`${NAME} a mis en garde contre une réforme précipitée.`, [["une réforme précipitée", NAME, "indirect"]]],
    [`${NAME} a accusé le gouvernement de mentir.`, [["le gouvernement de mentir", NAME, "indirect"]]],
    [`${NAME} a tweeté que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${NAME} a écrit sur Twitter que ${CONTENT}.`, [[CONTENT, NAME, "indirect"]]],
    [`${NAME} a estimé nécessaire de reporter la réforme.`, [["nécessaire de reporter la réforme", NAME, "indirect"]]],
  ]);
});

// Not read yet, left for a later change (pending, so they show in every run): "convenir que" (its impersonal "il convient que"
// needs telling apart first), an attribute after "juger"/"estimer" + noun phrase, "il" for an
// organisation, the content after "une rumeur selon laquelle", "souhaiter que" (a wish: fiction narrates them), a
// possessive noun phrase after "réaffirmer", "se prononcer contre"; "faire part de" + noun phrase and "reprocher à X de" +
// infinitive (read as frames, each added a false statement on frnews's check half and nothing on its tune half: dropped).
// ("démentir" + a short plain object, "a démenti ces accusations", is left out on purpose: a denied object is no content in
// the corpora's gold, the English over-reach "denied the story".)
describe("French report matrix: known gaps", () => {
  for (const text of [`${NAME} a convenu que ${CONTENT}.`, `${NAME} juge la réforme dangereuse.`, `${NAME} estime la réforme inutile.`,
    `Le ministère a publié un communiqué dans lequel il affirme que ${CONTENT}.`,
    `${NAME} a démenti une rumeur selon laquelle ${CONTENT}.`, `${NAME} a souhaité que la réforme soit reportée.`,
    `${NAME} a réaffirmé son opposition à la réforme.`, `${NAME} s'est prononcé contre la réforme.`,
    `${NAME} a fait part de son inquiétude face à la réforme.`, `${NAME} a reproché au gouvernement d'avoir menti.`]) it.skip(text);
});
