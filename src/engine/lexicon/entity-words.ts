// Words the entity rules read in every language: tables that mix French and English words (a place slot,
// a list joiner) or that apply whatever the article's language (contractions, Arabic articles, honorific
// titles in a cluster key). Tables of one language live in fr/entities.ts and en/entities.ts.
import { lazy } from "../text/lazy";

/** Function words an acronym skips in its expansion ("Armée populaire de la libération (APL)"). */
export const ACRONYM_SKIP_WORDS = new Set(["de", "des", "du", "la", "le", "les", "l'", "d'", "of", "the", "and", "for", "et", "pour",
  "à", "au", "aux", "en", "in", "on"]);

/** A capitalised contraction that is no name: "I'm", "He's", "Here's", "I'd". */
export const CONTRACTION = lazy(() => /^(?:i|he|she|it|we|you|they|here|there|that|what|who|where|let)['’](?:[smd]|ll|re|ve)$|^\p{L}+n['’]t$/iu);

/** Honorific abbreviations that also stand inside or after a name. */
export const IN_NAME_ABBREVIATIONS = new Set(["st", "sr"]);

/** An Arabic article joined to a surname: "al-Assad", "el-Tayeb". */
export const ARABIC_ARTICLE = lazy(() => /^(?:al|el|ad|ash|as|at|az|ar|an)-\p{Lu}\p{Ll}+$/u);

/** Titles after which "de" opens a surname: "M. de Bismarck", "le général de Gaulle". */
export const PARTICLE_TITLES = new Set(["général", "maréchal", "amiral", "colonel", "commandant", "capitaine",
  "lieutenant", "monsieur", "madame", "mademoiselle", "general", "marshal", "admiral", "colonel",
  "duke", "duchess", "count", "countess", "baron", "baroness", "marquis", "prince", "princess", "major", "captain"]);

/** "Theresa May", "Elizabeth May": a month right after a given name, with no number after it, is a surname. */
export const MONTH_SURNAMES = new Set(["may", "june", "april", "august"]);

/** Words before a name that put it in a place's position ("à Berne", "de France", "in Dole", "the Hague"). */
export const PLACE_SLOT_WORDS = new Set(["à", "a", "au", "aux", "en", "de", "d'", "du", "des", "la", "le", "l'", "dans", "vers", "sur", "pour",
  "in", "at", "from", "to", "of", "near", "into", "the", "via"]);

/** Abbreviated months ("Feb. 5", "Sept. 15"): no name before a day's number. */
export const MONTH_ABBR = /^(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/;

/** Compass words that may open a known place's name: "Eastern Washington", "Southern Ontario". */
export const COMPASS_WORDS = new Set(["north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
  "upper", "lower", "nord", "sud", "est", "ouest"]);

/** Name particles left out of a person's cluster key ("de", "van", "bin"). */
export const PARTICLE_WORD = /^(?:de|du|des|d'|van|von|der|den|da|di|le|la|al|el|bin|ben|ibn)$/i;

/** "de Bismarck", "von Moltke": a surname with its particle names one person as surely as a full name. */
export const PARTICLE_LED = lazy(() => /^(?:de|d'|d’|von|van)\s?\p{Lu}/u);

/** A feminine honorific opening a mention ("Mme", "Mrs", "Miss"): the person's gender. */
export const FEMININE_TITLE = /^(?:mme|mmes|mlle|madame|mademoiselle|mrs|ms|miss)\.?\s/i;

/** A masculine honorific opening a mention ("M.", "Mr", "Monsieur"): the person's gender. */
export const MASCULINE_TITLE = /^(?:m|mr|monsieur)\.?\s/i;

/** Labels opening a line that links to another story: "READ MORE: ...", "WATCH: ...", "À lire aussi : ...". */
export const LINK_LABELS = new Set(["read more", "watch", "related", "more", "listen", "see also", "also on huffpost",
  "lire aussi", "à lire", "à lire aussi", "voir aussi"]);

/** "AT" or "V" in capitals between two teams of a fixture list. */
export const FIXTURE_JOINERS = new Set(["at", "v", "vs"]);

/** A goal's minute after a scorer: "62", "18th". */
export const MINUTE = /^\d{1,3}(?:st|nd|rd|th)?$/;

/** Marks and words that join the names of a list: "Droz, Cuzol et Gidel". */
export const LIST_JOINERS = new Set([",", "et", "and", "&"]);

/** Plural honorifics, after which every name of a list is a person: "MM.", "Messrs.". */
export const PLURAL_HONORIFICS = new Set(["mm", "mmes", "messrs", "messieurs", "mesdames"]);

/** Determiners that may open the apposition (none is fine too: "X, ministre de …"). */
export const ROLE_APPOSITION_OPENERS = new Set(["le", "la", "l'", "the", "un", "une", "a", "an"]);

/** French determiners that show the gender of an epicene role noun ("la ministre"). */
export const DETERMINER_GENDER: Record<string, "m" | "f" | undefined> = { le: "m", un: "m", la: "f", une: "f" };

/** Prepositions after which a known place in a headline in capitals is a place: "NEWS FROM ITALY". */
export const SHOUTED_PREPS = new Set(["from", "at", "in", "to", "near", "on", "à", "a", "en", "dans", "sur"]);

/** "St. Louis", "Ste. Croix": a saint's abbreviation, which opens a town's or a saint's name. */
export const SAINT_ABBREVIATIONS = new Set(["St", "Ste"]);

/** The particle "de" before a surname after a title: "M. de Bismarck", "général d'Estaing". */
export const DE_PARTICLES = new Set(["de", "d'", "d’"]);

/** Particles after which a known organisation is where a person works ("Anne Morel de Natixis", "John Roe of Unilever"). */
export const EMPLOYER_PARTICLES = new Set(["de", "d'", "d’", "of"]);

/**
 * Marks that open a line of dialogue or a French quotation: the word after them starts a sentence too.
 * (Not English quotation marks: they also open titles, "“Morning Joe”", "“Talk Bernie to Me”".)
 */
export const DIALOGUE_OPENING_MARKS = new Set(["«", "—", "–"]);

/** Prepositions a role phrase runs over with the determiner after them: "ministre de la Défense", "minister of the Interior". */
// (The contracted "du", "des" link a role noun to its complement as "de" does: "porte-parole du gouvernement".)
export const ROLE_COMPLEMENT_PREPOSITIONS = new Set(["de", "du", "des", "of", "à"]);

/**
 * Words right before a name across which a role binds to nobody: "chez" (a home or a place of work: "un économiste chez
 * Marc Dubois"), French "au"/"aux" (à + the article: a chamber, a portfolio, a body follows, "conseiller aux États"),
 * French "à" and "en" (the name is where: "la reine viendra à Cherbourg", "un envoyé en Carélie"; a role phrase's own
 * "à" takes a place after the role, never the person's name: "ambassadeur à Madrid").
 */
export const NO_ROLE_ACROSS = new Set(["chez", "au", "aux", "à", "en"]);

/** A firm's legal form after its name ("Zywiec SA", "Marlow Inc."): the name alone is that firm. */
export const LEGAL_FORMS = new Set(["sa", "inc", "corp", "ltd", "plc", "ag", "gmbh", "nv", "bv", "spa", "ab", "asa", "oy", "llc", "sarl", "sas"]);

/** Heads of a news agency's desk in a credit line: "London Newsroom", "New York Energy Desk" (an organisation). */
export const DESK_HEADS = new Set(["Newsroom", "Desk"]);

/**
 * Party nouns set before a name like a title in English copy ("Democrat Elena Vargas", "Republican Tom Fisk", "Tory
 * Helen Marsh"): before a given name and a surname they are no part of the name. Only there: "the Ohio Republican",
 * "Republican leaders" stay descriptions (quotes/), and "Republican Party" a name.
 */
export const PARTY_NOUNS = new Set(["democrat", "republican", "tory", "conservative", "socialist", "liberal", "independent",
  "green", "libertarian"]);

/**
 * French heads of a body named after someone, opening a run in capitals ("Fondation Abbé Pierre", "Lycée Maréchal
 * Foch", "Institut Docteur Roux"): a title inside such a run is part of the eponym, not the role of a person.
 */
export const EPONYM_HEADS = new Set(["fondation", "institut", "lycée", "collège", "hôpital", "clinique", "école", "université",
  "musée", "stade", "centre"]);
