// French word tables of the quote rules (moved out of quotes/ for issue 10: data apart from code).
import { TIME } from "../time-words";


/** "à", "au", "aux": an addressee ("demander à X"), a frame's object, a portfolio ("ministre à l'Environnement"). The one table of
 *  quotes/french-frames.ts, french-requests.ts and french.ts. */
export const TO = new Set(["à", "au", "aux"]);

/** Prepositions of time and manner that open a circumstance besides those of PREPOSITION: "vers 7h30", "malgré la pluie". */
export const CIRCUMSTANCE = /^(?:vers|dès|jusqu'|malgré|sous|via|face)$/;

/** A demonstrative and a period make a time after a verb: "a annoncé ce matin", "a déclaré cette semaine". */
export const DEMONSTRATIVE_FR = new Set(["ce", "cet", "cette"]);
export const PERIOD_FR = new Set(["matin", "soir", "après-midi", "midi", "week-end", "semaine", "mois", "année", "an", "lundi", "mardi",
  "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "printemps", "été", "automne", "hiver", "jour", "jour-là", "nuit"]);

/** Forms of "appeler", a naming verb that also gives plain names: "a appelé son chien « Rex »" is a nickname. */
export const CALLING = /^appel(?:le|lent|é|ée|és|ées|ait|aient|ant)$/;

/** Forms of "reprocher": "a reproché au gouvernement de « mentir »" gives the quoted words after its "de" (quotes/attribute.ts). */
export const REPROACH = /^reproch(?:[eéa]|ent|ée|és|ées|ait|aient|ant|èrent)$/;

/** Words that open a noun phrase that can be a content: articles, possessives, demonstratives, quantifiers. */
export const NP_START = /^(?:l'|la|le|les|un|une|des|du|d'|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos|plusieurs|certains|certaines|de|tout|toute|tous|toutes|\d.*)$/;

/** Words that cannot open the adjective of "s'est dit …": function words and clause openers. */
export const NOT_ADJECTIVE = new Set(["que", "qu'", "à", "au", "aux", "de", "d'", "du", "des", "en", "dans", "sur", "par", "pour",
  "avec", "le", "la", "les", "l'", "un", "une", "il", "elle", "ils", "elles", "on", "qui", "et", "ou", "mais", "lors", "ce"]);

/** Adverbs before the adjective: "s'est dit très satisfait", "s'est déclaré plutôt favorable". */
export const DEGREE = new Set(["très", "plutôt", "assez", "fort", "particulièrement", "totalement", "tout", "pleinement",
  "entièrement", "bien", "plus", "moins", "si", "aussi", "également", "encore", "toujours", "pas"]);

/** Auxiliaries of the past anterior, a tense of narration too ("eurent promis"). */
export const NARRATIVE_AUX = /^(?:eut|eurent|fut|furent)$/;

/** Verbs of request: their "de" + infinitive is what was asked. */
export const REQUEST = ["demander", "exhorter", "enjoindre", "sommer", "prier", "implorer", "supplier", "conjurer", "inviter", "appeler"];

/** Verbs whose quoted complement after a preposition is what was said: "ironiser sur « … »", "appeler « au calme »". */
export const PREPOSITIONAL = ["ironiser", "appeler", "plaider", "alerter", "insister", "mettre en garde", "inviter", "exhorter"];

/**
 * Nouns of a request, a proposal or a call, and the particle after their possessor that opens the content:
 * "la proposition de X de fermer la gare", "l'appel de X à la grève", "la demande des syndicats de rouvrir …".
 * (quotes/french-nominal.ts; the nouns are report nouns too, in lexicon/fr.ts.)
 */
export interface NounFrame { particle: "de" | "à"; content: "inf" | "np" }
const OF_INFINITIVE: NounFrame[] = [{ particle: "de", content: "inf" }];
const TO_PHRASE: NounFrame[] = [{ particle: "à", content: "np" }, { particle: "à", content: "inf" }];
export const NOUN_FRAMES = new Map<string, NounFrame[]>([
  ...["proposition", "suggestion", "demande", "promesse", "menace", "exigence", "injonction", "offre"].map((w): [string, NounFrame[]] => [w, OF_INFINITIVE]),
  ...["appel", "appels", "invitation", "exhortation"].map((w): [string, NounFrame[]] => [w, TO_PHRASE]),
]);
/** A participle between such a noun and "par" + its author: "l'appel lancé dimanche par le pape à …". */
export const NOUN_FRAME_PARTICIPLE = /^(?:lancée?s?|formulée?s?|faite?s?|adressée?s?|réitérée?s?)$/;

/**
 * What an addressee is called or urged to, after "à" ("a exhorté les habitants à la prudence", "appelle les élus au calme"):
 * a conduct or an action, not a place or an event one attends ("a appelé sa mère à l'hôpital", "au stade").
 * Nouns of quality and action by their ending, and a few others.
 */
export const CALL_NOUN = /^(?:calme|retenue|grève|paix|dialogue|boycott|cessez-le-feu|trêve|urnes|raison|sang-froid|.{3,}(?:ion|ité|ance|ence|isme|ement))$/;

export const ABOUT = new Set(["sur", "pour", "contre"]);

export const REPORTED_BY = /^rapport(?:e|ent|ait|aient|é)$/;

/** Nouns of an addressee or a medium between an inverted verb and its subject: "a lancé aux députés X". */
export const ADDRESSEE = new Set(["presse", "journalistes", "médias", "micro", "antenne", "plateau", "site", "chaîne", "radio",
  "députés", "sénateurs", "élus", "militants", "manifestants", "syndicats", "lecteurs", "auditeurs", "téléspectateurs",
  // Platforms, which the analysis seldom knows as names: "a écrit sur Telegram le ministre, X".
  "telegram", "twitter", "x", "facebook", "instagram", "linkedin", "bluesky", "tiktok", "youtube", "réseaux"]);

/** The shared time words ("mardi", "hier", "aussi"), plus the narrative adverbs French puts there too. */
export const TIME_FR = new Set([...TIME, "alors", "ensuite", "enfin", "récemment"]);

export const INV_AUX = /^(?:a|avait|aurait|a-t|est|était|s'est)-(?:t-)?(?:il|elle|ils|elles|on)$/;

/** Words that end a French description after its noun: prepositions of manner, place or time, conjunctions. */
export const DESCRIPTION_STOP = new Set(["à", "au", "aux", "en", "dans", "sur", "avec", "pour", "par", "sans", "sous", "chez",
  "qui", "que", "qu'", "dont", "et", "ou", "mais", "lors", "avant", "après", "devant", "pendant", "depuis", "puis",
  "cet", "ces", "mon", "ma", "mes", "ton", "ta", "tes", "notre", "nos", "votre", "vos", "leurs", "tout", "tous", "bout"]);

export const ARTICLE_FR = new Set(["l'", "la", "le", "les"]);

/** The medium's noun before its name after "cité par": "cité par l'agence X", "interrogé par le quotidien Y". */
export const MEDIUM_HEADS = new Set(["agence", "journal", "quotidien", "hebdomadaire", "magazine", "chaîne", "radio", "télévision", "site", "station"]);

/** Infinitives that open a reported clause right after a French reporting verb: "a dit avoir agi", "assure ne pas vouloir". */
export const REPORTED_INFINITIVE = new Set(["avoir", "être", "vouloir", "pouvoir", "devoir", "savoir", "ignorer", "souhaiter",
  "compter", "n'avoir", "n'être", "ne", "n'", "faire", "agir", "craindre", "regretter", "espérer", "refuser", "préférer"]);

/** Modal verbs before an infinitive cue: "a tenu à préciser", "a voulu rappeler", "a souhaité dire", "a choisi de répondre", and the
 *  causative of the press, "a fait observer que", "fait remarquer que". */
export const MODAL = /^(?:fait|faisait|fit|tenu|tient|tenait|tiennent|vient|venait|viennent|venaient|voulu|veut|voulait|veulent|souhaité|souhaite|souhaitait|choisi|choisit|préféré|préfère|décidé|décide|jugé|juge|cru|croit|semblé|semble|paru|paraît)$/;

/** Words right before "que" that make it a conjunction or a pronoun: "sans que", "avant que", "ce que". */
export const CONJUNCTION = new Set(["sans", "avant", "pour", "bien", "parce", "alors", "tandis", "dès", "après", "afin",
  "pendant", "depuis", "sorte", "ainsi", "même", "tel", "telle", "autre", "ce"]);

/**
 * Nouns whose "que" opens their content, after a verb that reports it: "a exprimé l'espoir que …", "a émis l'hypothèse que …",
 * "a rappelé le fait que …". Determiner + one of these right before "que" is no object with a relative clause.
 */
export const CONTENT_NOUN = new Set(["espoir", "hypothèse", "crainte", "conviction", "certitude", "fait", "idée", "souhait", "sentiment",
  "regret", "assurance", "garantie", "possibilité", "éventualité", "information", "nouvelle", "rumeur", "thèse", "avis"]);

/** Quantifiers that open a described source after "selon"/"d'après" with no article: "selon des experts", "d'après plusieurs analystes". */
export const SOURCE_QUANTIFIER = new Set(["des", "plusieurs", "certains", "certaines", "quelques", "nombreux", "nombreuses"]);

/** Verbs that pass a sentence with "à" + a penalty ("condamné à deux ans de prison"): lang/fr/sentence.ts. */
export const SENTENCING = /^condamn/;
/** Nouns of a penalty after "condamner … à": the term, the punishment, the sum. */
export const PENALTY = new Set(["an", "ans", "mois", "jours", "semaines", "prison", "réclusion", "perpétuité", "mort", "amende", "amendes",
  "euros", "dollars", "francs", "peine", "peines", "sursis", "emprisonnement", "détention", "travaux", "payer", "verser", "rembourser", "indemniser"]);

/** Verbs whose direct object is the addressee, so their "que" opens the report: "a informé les élus que", "a prévenu ses proches que". */
export const ADDRESSEE_OBJECT = /^(?:inform|prév[ie]n|avert|assur|persuad|convainc)/;

/** Words with an infinitive's ending that are no verbs: adjectives and nouns ("s'est dit fier", "mardi soir", "a dit son désir"). */
export const NOT_INFINITIVE = new Set(["fier", "cher", "amer", "premier", "dernier", "entier", "léger", "étranger", "hier", "soir", "désir",
  "plaisir", "avenir", "loisir", "souvenir", "lettre", "ordre", "cadre", "livre", "pouvoir", "devoir", "savoir", "espoir"]);

/** Causatives before an infinitive ("fit tomber le livre", "faisaient entendre des murmures", "laissa échapper un cri"): no report. */
export const CAUSATIVE = /^(?:fai(?:t|s|sait|saient|sant)|fi(?:t|rent)|font|fera|ferait|laiss\w*)$/;

/** Frame verbs that report with "que" only when negated: "ne cache pas que", "n'a pas exclu que", "sans cacher que" (not "les motifs cachés que …"). */
export const NEGATED_ONLY = /^(?:cach|exclu)/;
/** What negates the verb just before it: "ne", "n'", "pas", "sans". */
export const NEGATOR = /^(?:ne|n'|pas|sans|jamais|nullement)$/;

/** Verbs of hope and wish: their bare infinitive ("espère gagner", "souhaite partir") is no report (french.ts infinitiveClause). */
export const WISH = /^(?:esp[éè]r|souhait)/;

/** Comparatives anywhere between the verb and "que": "plus attentivement que jamais". */
export const COMPARATIVE = new Set(["plus", "moins", "aussi", "autant", "tant", "si"]);

/** Prepositions whose article opens an addressee, a medium or a circumstance, not an object. */
export const PREPOSITION = /^(?:à|au|aux|de|d'|par|dans|sur|lors|devant|auprès|avec|en|pour|chez|selon|durant|pendant|après|avant)$/;
/** Of those, the ones that may open a verb's object or its frame ("annonce de nouvelles mesures", "plaide pour la paix"). */
export const OBJECT_PREPOSITION = new Set(["de", "d'", "pour"]);

/** Words that open another clause or a gerund between a verb and a far "que": "avec cette voix … que je", "en se penchant". */
export const FAR_STOP = new Set(["qui", "dont", "où", "et", "ou", "mais", "comme", "se", "s'", "lequel", "laquelle", "lesquels", "lesquelles"]);

export const NEGATION = new Set(["pas", "jamais", "plus", "point", "guère", "rien", "personne"]);

/** Clitics between a subject and its verb: "il me dit", "elle lui répondit", "s'est-il", "n'a". */
export const CLITICS = new Set(["s'", "se", "n'", "ne", "me", "m'", "te", "t'", "lui", "leur", "nous", "vous", "en", "y"]);
/** Object clitics that are also articles: skipped between a subject and a naming verb's auxiliary or the verb only ("X l'a qualifié de « … »"). */
export const OBJECT_CLITICS = new Set(["l'", "le", "la", "les"]);

export const PREPOSITIONS = new Set(["à", "de", "d'", "par", "pour", "avec", "chez", "sur", "vers", "sans", "contre", "entre", "comme"]);

export const SUBJECT_OPENERS = new Set(["et", "puis", "mais", "que", "qu'", "quand", "lorsque", "lorsqu'", "où"]);

export const CLAUSE_OPENERS = new Set(["que", "qu'", "et", "puis", "mais", "lorsque", "lorsqu'", "quand", "alors", "enfin"]);

/**
 * The finite auxiliaries of the French verb group: "avoir", "être" and "aller" in the persons and tenses of a
 * compound tense or a near future ("a dit", "est venu", "sera", "va dire"). No role phrase runs over them
 * (lexicon/fr/entities.ts FINITE_FR); with the other finite forms below they show a clause has its own verb (FINITE).
 */
export const FINITE_AUXILIARIES = ["a", "ont", "avait", "avaient", "aura", "est", "sont", "était", "étaient", "sera", "va", "vont"];

/** Words that show a clause is finite, so a phrase between commas that has one is no apposition: the auxiliaries, conditionals, modals, "fait", "reste". */
export const FINITE = new Set([...FINITE_AUXILIARIES, "seront", "serait", "seraient", "aurait", "doit", "doivent", "peut", "peuvent",
  "fait", "font", "reste", "restent"]);

/** Word regex of quotes/french-tail.ts. */
export const AVOIR_AUX = /^(?:a|ont|avait|avaient)$/;

/** Word regex of quotes/french-tail.ts. */
export const DE_BARE = /^(?:de|d')$/;

/** Word regex of quotes/french.ts. */
export const DE_DU = /^(?:de|du|d')$/;

/** Word regex of quotes/french.ts. */
export const DE_WORDS = /^(?:de|du|des|d')$/;

/** Word regex of quotes/french.ts. */
export const DE_OR_ARTICLE = /^(?:de|du|des|d'|l'|la|le|les)$/;

/** Word regex of quotes/french.ts. */
export const DESCRIPTION_LINK = /^(?:de|du|des|d'|l'|la|le|les|à|au|aux|que|qu'|qui)$/;

/** Word regex of quotes/french.ts. */
export const FAIRE_FORMS = /^(?:fait|faisait|fit|font|fera|feront|ferait|feraient)$/;
/** The forms of "faire" that are a reporting verb only before the word of a locution ("fera savoir", "faire valoir", "font état"). */
export const FAIRE_LOCUTION_ONLY = /^(?:font|fera|feront|ferait|feraient)$/;
/** The words after "faire" that make it a verb of saying: "faire savoir", "faire valoir", "faire état de". */
export const FAIRE_LOCUTION = new Set(["savoir", "valoir", "état"]);


/** Word regex of quotes/french-frames.ts. */
export const DE_OR_A = /^(?:de|du|des|d'|à|au|aux)$/;

/** Word regex of quotes/french-frames.ts. */
export const VERB_CLITIC = /^(?:ne|n'|pas|plus|jamais|se|s'|l'|lui|leur|y|en)$/;

/** Word regex of quotes/french-frames.ts. */
export const REFLEXIVE = /^(?:s'|se)$/;

/** Word regex of quotes/described-subject.ts. */
export const DEFINITE_FR = /^(?:l'|la|le|les)$/;

/** Word regex of quotes/subject-before.ts. */
export const PREPOSITION_BEFORE_QUI = /^(?:à|de|pour|avec|par|sur|chez|contre|sans)$/;

/** An inverted subject pronoun after its verb: "dit-il", "a-t-elle", "explique-t-on" ([1] the verb, [2] the pronoun). The one table of
 *  quotes/verbs.ts, word-bits.ts, attribute.ts, dialogue.ts and lang/fr/verbs.ts. */
export const INVERSION = /^(.*?)-(?:t-)?(il|elle|ils|elles|on)$/;

/** Word regex of quotes/attribute.ts. */
export const INVERTED_AUX = /^(?:a|est|avait|s'est|n'a)-t?-?(?:il|elle)$/;

/** Word regex of quotes/attribute.ts. */
export const INVERTED_ETRE = /^(?:est|était)-(?:il|elle)$/;

/** Word regex of quotes/french.ts. */
export const PERCEIVE_PAST = /^(?:constat|not|observ|remarqu|relev)(?:a|èrent)$/;

/** Prepositions that open a fronted adverbial before the subject ("Pour construire ce code, le graphiste …"); lang/fr/sources.ts. */
export const FRONTING = new Set(["pour", "dans", "lors", "pendant", "durant", "après", "avant", "depuis", "face", "devant", "sur", "par", "au", "aux", "à", "en",
  "interrogé", "interrogée", "interrogés", "interrogées", "invité", "invitée", "questionné", "questionnée"]);

/** A cleft that sets the speaker apart: "C'est X qui a annoncé que …", "Ce sont les syndicats qui …" (quotes/relative-subject.ts). */
export const CLEFT_OPENERS: readonly (readonly string[])[] = [["c'", "est"], ["c'", "était"], ["ce", "sont"], ["ce", "fut"], ["c'", "étaient"]];
