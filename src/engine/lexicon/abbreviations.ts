// Abbreviations the tokenizer keeps whole before their full stop (moved out of text/ for issue 10).

/** Abbreviations whose final period does not end a sentence. */
export const ABBREV = new Set(["m", "mm", "mme", "mr", "mrs", "ms", "dr", "st", "sen", "rep", "gov", "gen", "col",
  "lt", "sgt", "capt", "prof", "pr", "jr", "sr", "no", "vs", "etc", "inc", "corp", "ltd", "co", "mt", "ft",
  "fig", "av", "ave", "bd", "cf", "ex", "mgr", "me", "hon", "rev", "adm", "maj", "cpl", "supt", "det", "insp",
  "pres", "jan", "feb", "aug", "sept", "oct", "nov", "dec", "u.s", "p", "vol", "op"]);

/** Capitalised abbreviations that are words in lower case ("Sens. Cruz and Rubio", but "le bon sens."). */
export const CAP_ABBREV = new Set(["Sens", "Reps"]);
