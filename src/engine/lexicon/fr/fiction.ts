// Word tables for attributing dialogue in fiction (turns.ts): what may stand between an incise's verb
// and its subject, what makes a described speaker, and the words that show a character's gender.
// French only for now: the English reporting lexicon already covers "said he" / "she said".

/** Verbs of speech and thought in incises that the news lexicon lacks: "pensa la voyageuse", "m'écriai-je". */
export const FICTION_VERBS = new Set([
  "pensa", "pensait", "pensai", "songea", "songeait", "écriai", "demandai", "répondis", "dis", "repris", "ajoutai",
  "murmurai", "criai", "fis", "continuai", "répétai", "balbutia", "balbutiait", "bégaya", "soupira", "soupirait",
  "gémit", "gémissait", "hasarda", "insista", "poursuivit", "poursuivait", "interrompit", "observa", "fit", "faisait",
  "reprit", "reprenait", "riposta", "s'écria", "écria", "exclama", "écriait", "exclamait", "lança", "souffla",
  "grommela", "marmotta", "bégaya", "bégayait", "ricana", "railla", "plaisanta", "supplia", "ordonna", "commanda",
  "proféra", "prononça", "acheva", "risqua", "récria", "avoua", "maugréa", "tonna", "rugit", "glapit", "susurra",
  "haleta", "héla", "apostropha", "songeait", "reprirent", "répondirent",
]);

/** Incise verbs in the present that look like a simple past: news writes "poursuit-il", "écrit le journal". */
export const PRESENT_LOOKALIKES = new Set(["a", "dit", "écrit", "poursuit", "avertit", "réagit", "conclut", "sourit", "lit", "suffit"]);

/** Object and reflexive clitics before an incise verb: "me dit Sérapion", "se disait-elle", "lui répondit-il". */
export const INCISE_CLITICS = new Set(["me", "m'", "te", "t'", "se", "s'", "lui", "leur", "nous", "vous", "en"]);

/** Single words between an incise verb and its subject: "dit enfin Laurence", "ajouta tristement la voyageuse". */
export const INCISE_FILLERS = new Set([
  "enfin", "alors", "encore", "aussitôt", "bas", "haut", "tout", "doucement", "vivement", "froidement", "gravement",
  "ensuite", "puis", "donc", "aussi", "brusquement", "tristement", "gaiement", "sèchement", "tranquillement",
]);

/** Manner phrases opened by these words may stand before the subject: "dit avec chaleur la bonne Pauline". */
export const MANNER_OPENERS = new Set(["avec", "sans"]);

/** Words that end a described speaker: "l'aveugle en passant …", "l'actrice avec calme", "le maire, qui …". */
export const DESCRIPTION_STOPS = new Set([
  "en", "avec", "sans", "de", "d'", "du", "des", "à", "au", "aux", "qui", "que", "qu'", "dont", "dans", "sur", "sous",
  "pour", "par", "et", "ou", "mais", "comme", "vers", "chez", "entre", "d'un", "d'une", "tout", "toute", "après",
  "avant", "pendant", "lorsque", "lorsqu'", "quand", "en", "se", "s'", "lui", "la", "le", "les", "l'", "un", "une",
  "bas", "haut", "enfin", "alors", "encore", "aussitôt", "ne", "n'", "y",
]);

/** Determiners that open a described speaker: "la servante", "le postillon", "une vieille femme", "mon père". */
export const DESCRIPTION_DETERMINERS = new Set([
  "le", "la", "l'", "un", "une", "ce", "cet", "cette", "mon", "ma", "son", "sa", "ton", "ta", "notre", "votre", "leur",
]);

/** Demonstratives that stand for the person last named of their gender: "répondit celle-ci". */
export const DEMONSTRATIVES: Record<string, "m" | "f"> = {
  "celle-ci": "f", "celle-là": "f", "celui-ci": "m", "celui-là": "m",
};

/** Inverted subject pronouns of incises: "dit-il", "reprit-elle", "m'écriai-je", "répondis-je". */
export const INVERTED = /^(.+?)-(?:t-)?(je|il|elle)$/;

/** A word right before a name that shows the person's gender: "ma pauvre Pauline", "cher Romuald", "la courtisane X". */
export const GENDER_BEFORE: Record<string, "m" | "f"> = {
  "ma": "f", "ta": "f", "sa": "f", "chère": "f", "madame": "f", "mademoiselle": "f", "mme": "f", "mlle": "f",
  "belle": "f", "bonne": "f", "petite": "f", "vieille": "f", "cette": "f", "la": "f", "dame": "f",
  "mon": "m", "ton": "m", "cher": "m", "monsieur": "m", "m": "m", "beau": "m", "bon": "m", "petit": "m",
  "vieux": "m", "ce": "m", "le": "m", "abbé": "m", "père": "m", "frère": "m", "seigneur": "m", "sire": "m",
};
