// French word tables of the quote rules (moved out of quotes/ for issue 10: data apart from code).

/** Words of a French aside between a subject and its verb: "X, lui, …", "X, quant à elle, …", "X, de son côté, …". */
export const ASIDE = new Set(["lui", "elle", "eux", "elles", "quant", "à", "de", "son", "sa", "leur", "côté", "pour", "part",
  "aussi", "même", "lui-même", "elle-même", "également", "toutefois", "pourtant", "cependant", "néanmoins", "en",
  "revanche", "effet", "ailleurs", "par", "enfin", "donc", "alors", "ensuite", "encore"]);

/** Participles that open an aside naming the medium or the occasion: "interrogé sur France Inter", "invitée de RTL", "joint par l'AFP". */
export const MEDIUM_ASIDE = /^(?:interrogée?s?|invitée?s?|jointe?s?|contactée?s?|interviewée?s?|sollicitée?s?|questionnée?s?|citée?s?|reçue?s?|interpellée?s?)$/;
