// French word tables of the quote rules (moved out of quotes/ for issue 10: data apart from code).

/** Words of a French aside between a subject and its verb: "X, lui, …", "X, quant à elle, …", "X, de son côté, …". */
export const ASIDE = new Set(["lui", "elle", "eux", "elles", "quant", "à", "de", "son", "sa", "leur", "côté", "pour", "part",
  "aussi", "même", "lui-même", "elle-même", "également", "toutefois", "pourtant", "cependant", "néanmoins", "en",
  "revanche", "effet", "ailleurs", "par", "enfin", "donc", "alors", "ensuite", "encore"]);

/** Participles that open an aside naming the medium or the occasion: "interrogé sur France Inter", "invitée de RTL", "joint par l'AFP". */
export const MEDIUM_ASIDE = /^(?:interrogée?s?|invitée?s?|jointe?s?|contactée?s?|interviewée?s?|sollicitée?s?|questionnée?s?|citée?s?|reçue?s?|interpellée?s?)$/;

export const TO = new Set(["à", "au", "aux"]);

/** Words that open a noun phrase that can be a content: articles, possessives, demonstratives, quantifiers. */
export const NP_START = /^(?:l'|la|le|les|un|une|des|du|d'|son|sa|ses|leur|leurs|ce|cet|cette|ces|notre|nos|votre|vos|plusieurs|certains|certaines|de|tout|toute|tous|toutes|\d.*)$/;

/** Words that cannot open the adjective of "s'est dit …": function words and clause openers. */
export const NOT_ADJECTIVE = new Set(["que", "qu'", "à", "au", "aux", "de", "d'", "du", "des", "en", "dans", "sur", "par", "pour",
  "avec", "le", "la", "les", "l'", "un", "une", "il", "elle", "ils", "elles", "on", "qui", "et", "ou", "mais", "lors", "ce"]);

/** Adverbs before the adjective: "s'est dit très satisfait", "s'est déclaré plutôt favorable". */
export const DEGREE = new Set(["très", "plutôt", "assez", "fort", "particulièrement", "totalement", "tout", "pleinement",
  "entièrement", "bien", "plus", "moins", "si", "aussi", "également", "encore", "toujours", "pas", "prêt"]);

/** Auxiliaries of the past anterior, a tense of narration too ("eurent promis"). */
export const NARRATIVE_AUX = /^(?:eut|eurent|fut|furent)$/;

/** Verbs of request: their "de" + infinitive is what was asked. */
export const REQUEST = ["demander", "exhorter", "enjoindre", "sommer", "prier", "implorer", "supplier", "conjurer", "inviter", "appeler"];

/** Verbs whose quoted complement after a preposition is what was said: "ironiser sur « … »", "appeler « au calme »". */
export const PREPOSITIONAL = ["ironiser", "appeler", "plaider", "alerter", "insister", "mettre en garde", "inviter", "exhorter"];

export const TO_FRENCH_REQUESTS = new Set(["à", "au", "aux"]);

export const ABOUT = new Set(["sur", "pour", "contre"]);

export const REPORTED_BY = /^rapport(?:e|ent|ait|aient|é)$/;
