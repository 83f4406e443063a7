// Time words shared by the quote rules (a leaf module: the rule files import each other, so shared tables
// live here to be defined before any of them runs).
/** Time words skipped between a verb and its clause: "said Tuesday (that)", "a déclaré mardi que". */
export const TIME = new Set(["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "yesterday",
  "today", "tonight", "again", "also", "recently", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi",
  "dimanche", "hier", "aujourd'hui", "encore", "aussi", "également", "night", "morning", "afternoon", "evening",
  "soir", "matin"]);
