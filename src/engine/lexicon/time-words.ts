// Time words shared by the quote rules (a leaf module: the rule files import each other, so shared tables
// live here to be defined before any of them runs).
/** English weekdays, and the days and parts of a day that stand alone as time words. */
export const WEEKDAYS_EN = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"];
export const DAY_WORDS_EN = ["yesterday", "today", "tonight", "night", "morning", "afternoon", "evening"];

/** Time words skipped between a verb and its clause: "said Tuesday (that)", "a déclaré mardi que". */
export const TIME = new Set([...WEEKDAYS_EN, ...DAY_WORDS_EN, "again", "also", "recently", "lundi", "mardi", "mercredi",
  "jeudi", "vendredi", "samedi", "dimanche", "hier", "aujourd'hui", "encore", "aussi", "également", "soir", "matin"]);

/** Month names and their usual abbreviations, French and English, lower case → month number (1–12). */
export const MONTHS: ReadonlyMap<string, number> = new Map([
  ["janvier", 1], ["janv", 1], ["février", 2], ["fevrier", 2], ["févr", 2], ["mars", 3], ["avril", 4], ["avr", 4],
  ["mai", 5], ["juin", 6], ["juillet", 7], ["juil", 7], ["août", 8], ["aout", 8], ["septembre", 9], ["sept", 9],
  ["octobre", 10], ["oct", 10], ["novembre", 11], ["nov", 11], ["décembre", 12], ["decembre", 12], ["déc", 12], ["dec", 12],
  ["january", 1], ["jan", 1], ["february", 2], ["feb", 2], ["march", 3], ["mar", 3], ["april", 4], ["apr", 4],
  ["may", 5], ["june", 6], ["jun", 6], ["july", 7], ["jul", 7], ["august", 8], ["aug", 8], ["september", 9], ["sep", 9],
  ["october", 10], ["november", 11], ["december", 12],
]);
