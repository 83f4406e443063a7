// Time words shared by the quote rules (a leaf module: the rule files import each other, so shared tables
// live here to be defined before any of them runs).
/** English weekdays, and the days and parts of a day that stand alone as time words. */
export const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const DAY_WORDS_EN = ["yesterday", "today", "tonight", "night", "morning", "afternoon", "evening"];

/** Time words skipped between a verb and its clause: "said Tuesday (that)", "a déclaré mardi que". */
export const TIME = new Set([...WEEKDAYS_EN, ...DAY_WORDS_EN, "again", "also", "recently", "lundi", "mardi", "mercredi",
  "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "encore", "aussi", "également", "soir", "matin"]);
