// Word tables of the quote rules that serve every language (moved out of quotes/ for issue 10: data apart from code).
import { BODY_NOUNS } from "./en/quotes";
import { TIME } from "./time-words";
import type { AppositionOpeners } from "./types";

export const QUOTE_MARK = new Set(["“", "”", "\"", "«", "»", "‘", "’"]);

export const OPENING_MARK = new Set(["«", "“"]);

/** Conjunctions that open a new clause after a comma. */
export const CLAUSE_CONJ = new Set(["but", "and", "while", "whereas", "though", "mais", "et", "tandis"]);

export const CHANNEL_PREP = new Set(["in", "by", "on", "via", "through", "over", "dans", "par", "sur", "lors"]);

/** Words that cannot stand between a determiner and its role noun: they open another phrase or clause. */
export const BREAKS = new Set(["que", "qu'", "qui", "dont", "et", "ou", "mais", "that", "who", "which", "and", "or", "but"]);

/** Words that end a subject noun phrase before its verb: "officials have already", "Police last month". */
export const PHRASE_END = new Set([...TIME, "still", "just", "already", "now", "so", "last", "this", "next", "on", "in",
  "at", "during", "then", "soon", "déjà", "toujours", "maintenant", "alors"]);

/** Prepositions inside a description: "the director of the agency" keeps its first determiner. */
export const PREPOSITION = new Set(["of", "for", "from", "in", "at", "with", "by", "on", "to", "about", "de", "du", "des", "à", "au", "aux", "chez", "pour", "par"]);

/** Words that open a plural description with no determiner: "several officials", "many experts". */
export const QUANTIFIER = /^(?:one|two|three|several|many|some|most|few|both|all|another|other|others|officials|experts|critics|analysts|aides|plusieurs|certains|des|les)$/;

export const NOT_OBJECT = new Set(["to", "in", "on", "at", "by", "with", "from", "into", "as", "up", "out", "off", "back",
  "between", "among", "within", "toward", "towards", "until", "where", "while",
  "it", "him", "her", "them", "me", "us", "itself", "himself", "herself", "themselves", "de", "par", "dans",
  "sur", "avec", "se", "s'"]);

/** What may follow the verb of a postposed cue: "…, he said on Tuesday.", "…, a-t-il dit lors de …". */
export const TAIL_START = new Set(["on", "in", "at", "after", "before", "during", "to", "from", "while", "when", "as",
  "in", "via", "through", "à", "lors", "dans", "en", "sur", "devant", "après", "avant", "pendant", "par", "au",
  "aux", "mardi", "hier"]);

export const DASHES = new Set(["—", "–", "--"]);

/** Determiners that make a description definite: only these take up a bound role ("son homologue" relates, "un ministre" introduces). */
export const DEFINITE = new Set(["le", "la", "l'", "l’", "the"]);

export const INDEFINITE = new Set(["a", "an", "another", "one", "un", "une", "d'autres", "certains"]);

export const DEFINITE_ROLE = new Set(["the", "le", "la", "l'", "this", "ce", "cet", "cette"]);

/** Prepositions that put the name after them inside a complement ("du président X", "avec son homologue X", "by X"). */
export const PREPOSITIONS = new Set(["de", "du", "des", "d'", "d’", "à", "au", "aux", "avec", "par", "pour", "sur", "chez", "contre", "entre",
  "dans", "en", "vers", "sans", "of", "with", "by", "for", "to", "from", "at", "on", "in", "about", "against", "between", "toward", "towards"]);

/** Words that open a reported or subordinate clause: its subject ("said later that Jansher was …") is not the discourse's. */
export const COMPLEMENTIZERS = new Set(["that", "whether", "if", "que", "qu'", "qu’", "si"]);

/** Relative pronouns that are the subject of their clause: "le ministre qui a reçu …", "the minister who met …". */
export const SUBJECT_RELATIVE = new Set(["qui", "who", "that"]);

export const CONJ = new Set(["and", "but", "et", "mais", "puis", "then"]);

/** Finite auxiliaries a subject cut by a comma may precede: "Amir Hatami, a déclaré", "Les élus, ont dénoncé". */
export const CUT_AUX = new Set(["a", "ont", "avait", "avaient", "had", "has", "have"]);

/** Prepositions a description may not end on ("a resident of [Texas]"). */
export const TRAILING = new Set(["of", "from", "in", "at", "for", "de", "du", "des", "d'", "à", "au", "aux", "en"]);

/** Prepositions that tie a person to the body they work for: "Jingyi Pan of IG", "Ana Díaz de l'INSEE". */
export const AFFILIATION = new Set(["of", "at", "from", "with", "de", "du", "d'", "chez"]);

/** Prepositions that attach a complement to a role noun: "porte-parole du ministère", "spokesman for the ministry". */
export const COMPLEMENT = new Set(["de", "du", "des", "d'", "of", "for"]);

/** Adverbs that may stand between a report noun and its complementizer: "her firmest promise yet that …". */
export const NOMINAL_GAP: ReadonlySet<string> = new Set(["yet", "again"]);

/** Relative pronouns and addressees end a description: "a senior aide who spoke …", "un cadre du parti qui a
 *  requis l'anonymat", "a déclaré un responsable à l'AFP", "dit le diplomate au jeune homme". */
export const RELATIVE = new Set(["who", "whom", "whose", "which", "that", "qui", "que", "qu'", "dont", "où", "lequel", "laquelle", "à", "au", "aux"]);

/** Word regex of quotes/interview.ts. */
export const NAME_DETERMINER = /^(?:an?|the|un|une|l'|cet|son|sa|leur)$/;

/** Word regex of quotes/subject-before.ts. */
export const FUNCTION_HEAD = /^(?:of|de|du|des|the|to|in|for|from|with)$/;

/** Word regex of quotes/subject-before.ts. */
/** "X, along with Y, said": an aside that names a companion opens with a preposition of company (English). */
export const APPOSITION_OPENER = /^(?:who|qui|dont|whose|another|one|along|alongside|together|like|unlike)$/;

/** Words that end a subject phrase in quotes/subject-before.ts. */
export const SUBJECT_BREAK = new Set(["who", "which", "and", "or", "but", "et", "ou", "mais", "qui", "dont"]);

/** Word regex of quotes/described.ts. */
export const RELATIVE_PRONOUN = /^(?:who|whom|whose|which|that|qui|que|dont)$/;

/** Word regex of quotes/attribute.ts. */
export const INDEFINITE_OPENER = /^(?:a|an|one|two|three|another|some|several|many|most|few|un|une|des|plusieurs|certains)$/;

/** Nouns that name one kind of body: "the agency" may stand for "the State Department" (one list per kind). */
export const ORG_KINDS = [
  ["agency", "department", "ministry", "office", "service", "agence", "ministère", "département", "office", "service"],
  ["company", "firm", "corporation", "corp", "inc", "ltd", "group", "entreprise", "société", "groupe"],
];

/**
 * Head nouns of a description that names a body, not a person ("the council", "le gouvernement"): such a subject
 * is no candidate for "he"/"she"/"il"/"elle" standing for a person (resolve/salience.ts).
 */
export const BODY_WORDS: ReadonlySet<string> = new Set([...BODY_NOUNS, ...ORG_KINDS.flat(), "conseil", "gouvernement", "comité",
  "commission", "tribunal", "cour", "parti", "syndicat", "mairie", "préfecture", "assemblée", "sénat", "parlement", "association",
  "fédération", "armée", "police", "gendarmerie", "justice", "ville", "région", "banque", "fondation", "compagnie"]);

/**
 * Modifiers that make a role another one: "the former president" is not the holder of "President", "the deputy
 * minister" not the minister's (resolve/role.ts).
 */
export const STATUS_MODIFIERS: ReadonlySet<string> = new Set(["former", "ex", "late", "outgoing", "deputy", "assistant", "vice",
  "ancien", "ancienne", "adjoint", "adjointe"]);

/** People nouns of one gender: "His wife, Linda, agreed. “…,” she said." (resolve/unnamed-subject.ts). */
export const GENDERED_PEOPLE: ReadonlyMap<string, "m" | "f"> = new Map([
  ...["wife", "mother", "daughter", "sister", "woman", "girlfriend", "widow", "grandmother", "aunt", "niece", "girl",
    "femme", "mère", "fille", "sœur", "veuve", "grand-mère", "tante", "nièce"].map((w): [string, "f"] => [w, "f"]),
  ...["husband", "father", "son", "brother", "man", "boyfriend", "widower", "grandfather", "uncle", "nephew", "boy",
    "mari", "père", "fils", "frère", "veuf", "grand-père", "oncle", "neveu"].map((w): [string, "m"] => [w, "m"]),
]);

/** Conjunctions that open a clause of its own after a comma: "“rigged” in a tweet, and a few lawmakers have called …". */
export const CONJUNCTION = /^(?:and|but|et|mais)$/;

/** Role nouns that head a body, one for another: "le chef du CNS" is the "président du Conseil national syrien" (resolve/role.ts headOfBody). */
export const BODY_HEADS = new Set(["chef", "cheffe", "président", "présidente", "dirigeant", "dirigeante", "leader", "patron", "patronne",
  "head", "chief", "leader", "president", "chairman", "chairwoman", "chair"]);

/**
 * What opens an apposition or a relative clause after a source's name, in every language: "according to Brian Wieser,
 * an analyst at …", "…, who prosecuted …" (phrases/apposition.ts appositionOpensAt, for quotes/indirect.ts).
 */
export const APPOSITION_AFTER_SOURCE: AppositionOpeners = {
  alone: new Set(["who", "which", "whose", "whom"]), determiners: true, lead: new Set(), heads: "speakers", trades: new Set(), age: false,
};
