// quotes/marks.ts findMarkedQuotes, the quote-mark scan on its own (no speaker, no filter): every span it
// returns, as written (marks included). [] means the text holds no quote by its marks.
import * as assert from "node:assert/strict";
import { findMarkedQuotes } from "../../../src/engine/quotes/marks";
import { readerTable } from "../helpers/doc";
import { NB, NNB } from "../helpers/table";

const spans = (text: string): string[] => findMarkedQuotes(text).map((q) => text.slice(q.start, q.end));

describe("findMarkedQuotes: every mark kind", () => {
  readerTable<string[]>([
    ["guillemets with spaces", "Il a dit « oui » hier.", ["« oui »"]],
    ["guillemets without spaces", "Il a dit «oui» hier.", ["«oui»"]],
    ["guillemets with non-breaking spaces", `Il a dit «${NB}oui${NB}» hier.`, [`«${NB}oui${NB}»`]],
    ["guillemets with narrow non-breaking spaces", `Il a dit «${NNB}oui${NNB}» hier.`, [`«${NNB}oui${NNB}»`]],
    ["curly double, curly single, German low-high, single guillemets, straight double",
      "Il a dit “oui” et ‘non’ et „ja“ et ‹ peut-être › et \"bof\".", ["“oui”", "‘non’", "„ja“", "‹ peut-être ›", "\"bof\""]],
    ["German low mark closed by a right double mark", "„Ja”, sagte er.", ["„Ja”"]],
    ["two straight quotes in one sentence", "He said \"yes\" and \"no\".", ["\"yes\"", "\"no\""]],
    ["curly single quote after a space", "He said ‘no’ to him.", ["‘no’"]],
    ["a closing mark glued to a letter still closes", "The “plan”s fail.", ["“plan”"]],
  ], spans);
});

describe("findMarkedQuotes: nesting", () => {
  readerTable<string[]>([
    ["curly quotes inside guillemets: one span, the outer one", "« Il a parlé de “réformes” hier », dit-il.", ["« Il a parlé de “réformes” hier »"]],
    ["guillemets inside guillemets close in bracket order", "« Il a dit « non » hier », dit-il.", ["« Il a dit « non » hier »"]],
    ["straight quotes inside guillemets", "« Il a dit \"non\" hier », dit-il.", ["« Il a dit \"non\" hier »"]],
    ["single curly quotes inside double curly quotes", "“He said ‘no’ today,” she said.", ["“He said ‘no’ today,”"]],
    ["straight quotes inside curly quotes", "“He said \"no\" today,” she said.", ["“He said \"no\" today,”"]],
  ], spans);
});

describe("findMarkedQuotes: quotes over several paragraphs", () => {
  readerTable<string[]>([
    ["French: « re-opens the continuing paragraph", "« Premier paragraphe.\n\n« Deuxième paragraphe. »", ["« Premier paragraphe.\n\n« Deuxième paragraphe. »"]],
    ["French: » re-opens the continuing paragraph", "« Premier paragraphe.\n\n» Deuxième paragraphe. »", ["« Premier paragraphe.\n\n» Deuxième paragraphe. »"]],
    ["English: “ re-opens each continuing paragraph", "“Un.\n\n“Deux.\n\n“Trois.”", ["“Un.\n\n“Deux.\n\n“Trois.”"]],
    ["single guillemets re-open the continuing paragraph", "‹ Un.\n\n‹ Deux. ›", ["‹ Un.\n\n‹ Deux. ›"]],
    ["a paragraph that does not re-open with a mark ends the curly quote", "“First paragraph.\n\nSecond paragraph.”", []],
    ["a paragraph that does not re-open with a mark ends the guillemets", `«${NB}Un.\n\nDeux.${NB}»`, []],
  ], spans);
});

describe("findMarkedQuotes: two apostrophes for a double quote", () => {
  readerTable<string[]>([
    ["doubled apostrophes open and close, both kept in the span", "''Like this,'' he said.", ["''Like this,''"]],
    ["two doubled-apostrophe quotes around an incise", "''One,'' he said, ''two.''", ["''One,''", "''two.''"]],
    ["a doubled-apostrophe term", "Les ''guillemets'' doublés.", ["''guillemets''"]],
  ], spans);
});

describe("findMarkedQuotes: stray marks and marks that are no quotes", () => {
  readerTable<string[]>([
    ["an unclosed « runs to no end in its paragraph", "Il a dit « bonjour. Puis il est parti.", []],
    ["an unclosed « does not swallow the next paragraph's quote", "Il a dit « bonjour.\n\nPuis « tout va bien ».", ["« tout va bien »"]],
    ["an unclosed « before a closed one on the same line: the inner pair only", "Il a dit « bonjour et « tout va bien ».", ["« tout va bien »"]],
    ["a stray » before a quote opens nothing", "Fin » puis « oui » ici.", ["« oui »"]],
    ["a stray ” after a closed quote opens nothing", "He said “yes.” Then ”no” here.", ["“yes.”"]],
    ["apostrophes in elisions are no marks", "They don’t know rock ’n’ roll.", []],
    ["French elisions are no marks", "L’Iran et l’Irak.", []],
    ["feet and inches are no marks", "He is 6' tall and 5\" wide.", []],
    ["straight quotes with spaces on both sides are no marks", "a \" b \" c", []],
    ["a straight quote glued to the word before opens nothing", "word\"inside\" here", []],
    ["a curly opening quote glued to a letter opens nothing", "x“y” z", []],
  ], spans);

  it("span ends include the closing mark and the open field names the opening mark", () => {
    const text = "A « b » c “d” e";
    assert.deepEqual(findMarkedQuotes(text), [{ start: 2, end: 7, open: "«" }, { start: 10, end: 13, open: "“" }]);
  });
});
