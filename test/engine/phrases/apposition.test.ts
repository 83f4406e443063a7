// phrases/apposition.ts, the apposition after a name, read directly on the quote document of invented sentences:
// appositionEnd (where the apposition opened at a comma closes) and appositionOpensAt (whether one opens there).
import { docOf, readerTable, tokenAtWord, tokensText, type At } from "../helpers/doc";
import { appositionEnd } from "../../../src/engine/phrases/apposition";
import type { Token } from "../../../src/engine/text/tokenize";
import type { Lang } from "../../../src/engine/types";

/** A caller's stops: here a word written "said" (the callers pass their verb tests). */
const saidStops = (_c: null, t: Token): boolean => t.lw === "said";

/** The apposition's words from the comma after `name`'s last word up to its closing comma, or null. */
const endAfter = (lang: Lang, reach: number) => ([text, at]: [string, At]): string | null => {
  const doc = docOf(text, lang);
  const comma = tokenAtWord(doc, at) + 1;
  const end = appositionEnd(doc.toks, comma + 1, reach, null, saidStops);
  return end < 0 ? null : tokensText(doc, comma + 1, end);
};

describe("appositionEnd: where an apposition after a name closes", () => {
  readerTable<string | null, [string, At]>([
    ["closes on the next comma", ["Dan Price, a spokesman for the union, left.", "Price"], "a spokesman for the union"],
    ["French: adjectives and complement inside", ["Wei Fenghe, ministre chinois de la Défense, a parlé.", "Fenghe"], "ministre chinois de la Défense"],
    ["a comma right at the reach closes it", ["Ann Lee, one two three four five six seven eight nine, left.", "Lee"], "one two three four five six seven eight nine"],
    ["must not: one token past the reach", ["Ann Lee, one two three four five six seven eight nine ten, left.", "Lee"], null],
    ["must not: no closing comma", ["Dan Price, a spokesman for the union left.", "Price"], null],
    ["must not: a stop word inside (the caller's verb)", ["Dan Price, who said nothing, left.", "Price"], null],
    ["must not: a line break inside", ["Dan Price, a spokesman\nfor the union, left.", "Price"], null],
    ["must not: an empty apposition", ["Dan Price, , left.", "Price"], null],
  ], endAfter("en", 9));
  readerTable<string | null, [string, At]>([
    ["a longer reach takes a longer apposition", ["Ann Lee, one two three four five six seven eight nine ten, left.", "Lee"],
      "one two three four five six seven eight nine ten"],
  ], endAfter("en", 13));
});
