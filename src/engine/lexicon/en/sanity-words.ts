// Word tables for the sanity check of English described sources (sanity.ts): the words a
// description may not end on, open with, or be headed by.
import { DAY_WORDS_EN, WEEKDAYS_EN } from "../time-words";

/** Words a description cannot end on: it would be cut inside a clause ("his campaign by", "the slate but", "Comey cannot"). */
export const BAD_LAST = new Set(["by", "upon", "with", "to", "of", "for", "from", "in", "on", "at", "about", "into", "onto",
  "over", "under", "after", "before", "among", "against", "like", "than", "as", "and", "but", "or", "nor", "because", "if",
  "while", "cannot", "can", "could", "will", "would", "should", "may", "might", "must", "shall", "the", "a", "an", "which",
  "that", "who", "whom", "whose", "me", "you", "i", "we", "us", "him", "them", "someone", "anyone", "everyone", "i've",
  "i'm", "it's", "i’ve", "i’m", "it’s", "worth", "up", "down", "out", "off", "been", "being", "be", "am", "is", "are", "was", "were", "has", "have", "had",
  "do", "does", "did", "not", "no", "yes"]);

/** Words that are no head noun of a source: adjectives and quantifiers left alone ("The current", "an old", "the most"). */
export const ADJECTIVE_HEAD = new Set(["current", "central", "mere", "stern", "old", "important", "larger", "most", "more",
  "many", "few", "other", "same", "such", "explosive", "recent", "new", "only", "main", "whole", "entire", "vast",
  "latest", "soothing", "key", "real", "big", "bigger", "biggest", "best", "worst", "less", "least", "much", "own"]);

/** Nouns that end in -ly or -ed and still head a description ("the family", "the accused"). */
export const NOUN_LY_ED = new Set(["tally", "reply", "anomaly", "homily", "family", "assembly", "rally", "ally", "supply", "monopoly", "belly", "bully", "daily",
  "weekly", "monthly", "quarterly", "accused", "deceased", "injured", "wounded", "bereaved", "displaced", "unemployed",
  "insured", "retired"]);

/** Headline labels and interjections that open or make a capitalised line, no source ("EXCLUSIVE", "Wow", "The Latest"). */
export const LABEL = new Set(["wow", "look", "read", "just", "latest", "exclusive", "breaking", "watch", "update", "yes",
  "no", "oh", "okay", "ok", "well", "please", "let", "hey", "video", "photos", "bombshell", "leaked", "looks", "opinion"]);

/** Words left before a description by the clause it sits in: "But the former president", "Although the agency". */
export const LEADING = new Set(["but", "and", "plus", "although", "though", "while", "yet", "so", "or", "whereas"]);

/** Adverbs and time words a description may end with before its verb: "officials later", "the campaign also". */
export const TRAILING_ADVERB = new Set(["later", "also", "still", "here", "there", "too", "again", "instead", "however",
  "meanwhile", "earlier", "first", "all", "both", "then", "now", "already", "just", "even", ...WEEKDAYS_EN, ...DAY_WORDS_EN]);

/** Time nouns after "this"/"last"/"next": "this month" is a date, not a source. */
export const TIME_HEAD = new Set(["week", "month", "year", "day", "weekend", "time", "summer", "winter", "spring", "fall",
  "autumn", "season", ...WEEKDAYS_EN, ...DAY_WORDS_EN, "january", "february", "march", "april", "june", "july", "august",
  "september", "october", "november", "december"]);

/** Reflexives and quantifiers that may follow a name in its subject: "Clinton herself", "Cruz and Kasich both". */
export const AFTER_NAME = new Set(["himself", "herself", "themselves", "itself", "all", "both", "alone", "too"]);

/** Prepositions before a name inside a description: "a spokesman for Sanders" is not Sanders. */
export const NAME_PREPOSITION = new Set(["of", "for", "to", "with", "by", "about", "against", "like", "from", "at", "on",
  "in", "near", "than", "as", "under", "among"]);

/** Capitalised function words that show a headline in title case ("Clinton For Her Courage"). */
export const TITLE_FUNCTION = new Set(["for", "by", "her", "his", "of", "to", "with", "about", "and", "from", "on", "in",
  "is", "are", "was", "its", "their"]);

/**
 * Heads that make no source (issue 11, English 5): photo credits and captions ("Photo: Jane Roe/Reuters"). Polls,
 * reports, data and "the results" stay: polnear's gold quotes them as sources ("data released Friday by regulators").
 */
export const NO_SOURCE_HEAD = new Set(["photo", "photos", "photograph", "photographs", "credit", "credits", "caption",
  "image", "images", "graphic", "illustration"]);

/** Comparisons before a number that make a figure of the phrase: "Numbers above 40", "scores below 10". */
export const COMPARISON = new Set(["above", "below", "over", "under", "between", "than"]);
