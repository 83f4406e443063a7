// English word tables of the quote rules (moved out of quotes/ for issue 10: data apart from code).

/** Words before the verb that make it a passive clause of its own: "when asked", "after being asked". */
export const PASSIVE_BEFORE = new Set(["when", "if", "after", "before", "being", "once", "while", "until", "unless"]);

/** Objects that may stand between the verb and the question: "asked him whether", "asked reporters to". */
export const OBJECT_PRONOUN = new Set(["him", "her", "them", "me", "us", "you", "reporters", "voters", "supporters", "viewers",
  "lawmakers", "followers", "readers", "listeners", "audiences", "members", "donors"]);

export const NEGATION = /^(?:not|never|n't|n’t)$|n['’]t$/;
