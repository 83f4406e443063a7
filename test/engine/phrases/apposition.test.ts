// phrases/apposition.ts, the apposition after a name, read directly on the quote document of invented sentences:
// appositionEnd (where the apposition opened at a comma closes) and appositionOpensAt (whether one opens there).
import { docOf, readerTable, tokenAtWord, tokensText, type At } from "../helpers/doc";
import { appositionEnd, appositionOpensAt } from "../../../src/engine/phrases/apposition";
import { APPOSITION_EN } from "../../../src/engine/lexicon/en/entities";
import { APPOSITION_FR } from "../../../src/engine/lexicon/fr/entities";
import { APPOSITION_AFTER_SOURCE } from "../../../src/engine/lexicon/quote-words";
import type { AppositionOpeners } from "../../../src/engine/lexicon/types";
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

/** The tables and the language of their text: the entity rules' per language, the one after a source (quotes). */
type Table = "en" | "fr" | "source";
const OPENERS: Record<Table, [AppositionOpeners, Lang]> = {
  en: [APPOSITION_EN, "en"], fr: [APPOSITION_FR, "fr"], source: [APPOSITION_AFTER_SOURCE, "en"],
};

/** Whether an apposition opens at the comma after `name`'s last word, by the row's table. */
const opensAfter = ([table, text, at]: [Table, string, At]): boolean => {
  const doc = docOf(text, OPENERS[table][1]);
  return appositionOpensAt(doc.toks, tokenAtWord(doc, at) + 1, doc.lex, OPENERS[table][0]);
};

describe("appositionOpensAt: whether an apposition opens at the comma after a name", () => {
  readerTable<boolean, [Table, string, At]>([
    ["an article opens one", ["en", "Will Young, a mechanic, said so.", "Young"], true],
    ["a relative pronoun opens one", ["en", "Will Young, who fixes cars, said so.", "Young"], true],
    ["a role noun heads one", ["en", "Will Young, spokesperson for the club, said so.", "Young"], true],
    ["a source noun heads one too", ["en", "Will Young, spokesman for the club, said so.", "Young"], true],
    ["an age between commas", ["en", "Will Young, 45, said so.", "Young"], true],
    ["must not: a number that is no age", ["en", "Will Young, 1945, said so.", "Young"], false],
    ["must not: a number not closed by a comma", ["en", "Will Young, 45 years on, said so.", "Young"], false],
    ["must not: a capitalised article", ["en", "Will Young, A mechanic, said so.", "Young"], false],
    ["must not: another name (a list)", ["en", "Will Young, Mark Hale and Ann Roe came.", "Young"], false],
    ["must not: a plain word", ["en", "Will Young, however, said so.", "Young"], false],
    ["must not: the next line", ["en", "Will Young,\na mechanic, said so.", "Young"], false],
    ["must not: no comma", ["en", "Will Young said so.", "Young"], false],
    ["must not: a speaker noun that is no title or source", ["en", "Will Young, resident of the town, said so.", "Young"], false],
    // French: no word opens one alone, a lead word may stand before the head, the heads are titles and trades.
    ["a trade", ["fr", "Charlier, marchand de vin, est venu.", "Charlier"], true],
    ["a lead word, then a trade", ["fr", "Pernot, ancien champion de France, est venu.", "Pernot"], true],
    ["an article, then a title", ["fr", "Ducrot, le commandant de la place, est venu.", "Ducrot"], true],
    ["a capitalised lead word", ["fr", "Ducrot, Le commandant de la place, est venu.", "Ducrot"], true],
    ["must not: an article alone", ["fr", "Ducrot, le jour venu, est parti.", "Ducrot"], false],
    ["must not: a source noun that is no title", ["fr", "Ducrot, syndicat des mineurs, est parti.", "Ducrot"], false],
    ["must not: a capitalised head (a name)", ["fr", "Ducrot, Marchand et Roux sont venus.", "Ducrot"], false],
    ["must not: an age (English only)", ["fr", "Ducrot, 45, est venu.", "Ducrot"], false],
    ["must not: the next line", ["fr", "Charlier,\nmarchand de vin, est venu.", "Charlier"], false],
    // After a source (quotes/source-report.ts): any determiner or relative pronoun opens one, any speaker noun heads one.
    ["a possessive determiner", ["source", "According to Ann Reed, his aide at the firm, it rained.", "Reed"], true],
    ["a relative pronoun", ["source", "According to Ann Reed, whom the firm hired, it rained.", "Reed"], true],
    ["a speaker noun that is no title", ["source", "According to Ann Reed, resident of the town, it rained.", "Reed"], true],
    ["must not: the report itself", ["source", "According to Ann Reed, prices rose.", "Reed"], false],
  ], opensAfter);
});
