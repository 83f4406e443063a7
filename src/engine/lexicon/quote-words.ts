// Word tables of the quote rules that serve every language (moved out of quotes/ for issue 10: data apart from code).

export const QUOTE_MARK = new Set(["“", "”", "\"", "«", "»", "‘", "’"]);

export const OPENING_MARK = new Set(["«", "“"]);

/** Conjunctions that open a new clause after a comma. */
export const CLAUSE_CONJ = new Set(["but", "and", "while", "whereas", "though", "mais", "et", "tandis"]);

export const CHANNEL_PREP = new Set(["in", "by", "on", "via", "through", "over", "dans", "par", "sur", "lors"]);

/** Words that cannot stand between a determiner and its role noun: they open another phrase or clause. */
export const BREAKS = new Set(["que", "qu'", "qui", "dont", "et", "ou", "mais", "that", "who", "which", "and", "or", "but"]);
