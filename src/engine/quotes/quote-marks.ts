/** The quote marks a token may be (doc.ts isQuoteMark, word-bits.ts QUOTE_MARK_WORD). */
export const QUOTE_MARKS = "\"“”«»„‹›";
