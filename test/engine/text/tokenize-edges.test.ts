// text/tokenize.ts at the edges of its input: Windows line ends, the spaces of French typography, characters
// beyond the Basic Multilingual Plane and right-to-left scripts. A row expects every token as
// [text as written, start, end, newlines before it, flags] (flags: w word, c capitalised, s opens a sentence).
import * as assert from "node:assert/strict";
import { tokenize } from "../../../src/engine/text/tokenize";
import { readerTable } from "../helpers/doc";
import { NB, NNB } from "../helpers/table";

type Tok = [t: string, s: number, e: number, nl: number, flags: string];

const toks = (text: string): Tok[] => tokenize(text).map((k): Tok =>
  [k.t, k.s, k.e, k.nl, (k.word ? "w" : "") + (k.cap ? "c" : "") + (k.sent ? "s" : "")]);

describe("tokenize: line ends", () => {
  readerTable<Tok[]>([
    ["CRLF counts one newline and opens a sentence", "Il pleut.\r\nIl neige.",
      [["Il", 0, 2, 0, "wcs"], ["pleut", 3, 8, 0, "w"], [".", 8, 9, 0, ""], ["Il", 11, 13, 1, "wcs"], ["neige", 14, 19, 0, "w"], [".", 19, 20, 0, ""]]],
    ["two CRLF count two newlines (a paragraph break)", "Un.\r\n\r\nDeux.",
      [["Un", 0, 2, 0, "wcs"], [".", 2, 3, 0, ""], ["Deux", 7, 11, 2, "wcs"], [".", 11, 12, 0, ""]]],
  ], toks);
});

describe("tokenize: the spaces of French typography", () => {
  readerTable<Tok[]>([
    ["non-breaking spaces before a colon and inside guillemets are spaces", `Il a dit${NB}:${NB}«${NB}Non${NB}».`,
      [["Il", 0, 2, 0, "wcs"], ["a", 3, 4, 0, "w"], ["dit", 5, 8, 0, "w"], [":", 9, 10, 0, ""], ["«", 11, 12, 0, ""], ["Non", 13, 16, 0, "wc"],
        ["»", 17, 18, 0, ""], [".", 18, 19, 0, ""]]],
    ["narrow non-breaking spaces inside guillemets are spaces", `«${NNB}Non${NNB}»`,
      [["«", 0, 1, 0, ""], ["Non", 2, 5, 0, "wcs"], ["»", 6, 7, 0, ""]]],
    ["a thin space (U+2009) is a space", "Il\u2009dit", [["Il", 0, 2, 0, "wcs"], ["dit", 3, 6, 0, "w"]]],
    ["a typographic apostrophe elides: l’ then the word", "l’État", [["l’", 0, 2, 0, "ws"], ["État", 2, 6, 0, "wc"]]],
  ], toks);
  it("lower-case forms normalise the typographic apostrophe", () => {
    assert.deepEqual(tokenize("l’État d’Irak").map((k) => k.lw), ["l'", "état", "d'", "irak"]);
  });
});

describe("tokenize: characters beyond the Basic Multilingual Plane", () => {
  readerTable<Tok[]>([
    ["a capital letter outside the BMP is a capitalised word, two code units each", "𝐀𝐁 a", [["𝐀𝐁", 0, 4, 0, "wcs"], ["a", 5, 6, 0, "w"]]],
    ["an emoji is one token of two code units, glued to a word or not", "a 😀b",
      [["a", 0, 1, 0, "ws"], ["😀", 2, 4, 0, ""], ["b", 4, 5, 0, "w"]]],
    ["an emoji at the very end keeps both halves", "fin 😀", [["fin", 0, 3, 0, "ws"], ["😀", 4, 6, 0, ""]]],
  ], toks);
});

describe("tokenize: right-to-left scripts", () => {
  readerTable<Tok[]>([
    ["Arabic and Hebrew words are words, offsets in logical order", "شكرا جزيلا. שלום עולם",
      [["شكرا", 0, 4, 0, "ws"], ["جزيلا", 5, 10, 0, "w"], [".", 10, 11, 0, ""], ["שלום", 12, 16, 0, "ws"], ["עולם", 17, 21, 0, "w"]]],
    ["a Hebrew name in a French sentence", "« Non », a dit שלום.",
      [["«", 0, 1, 0, ""], ["Non", 2, 5, 0, "wcs"], ["»", 6, 7, 0, ""], [",", 7, 8, 0, ""], ["a", 9, 10, 0, "w"], ["dit", 11, 14, 0, "w"],
        ["שלום", 15, 19, 0, "w"], [".", 19, 20, 0, ""]]],
  ], toks);
});

describe("tokenize: invisible format characters are no tokens", () => {
  readerTable<Tok[]>([
    ["a right-to-left mark after a word leaves the comma right after it", "שלום\u200f, dit-il",
      [["שלום", 0, 4, 0, "ws"], [",", 5, 6, 0, ""], ["dit-il", 7, 13, 0, "w"]]],
    ["a left-to-right mark between words is skipped", "Jean\u200e Dupont", [["Jean", 0, 4, 0, "wcs"], ["Dupont", 6, 12, 0, "wc"]]],
    ["a byte-order mark at the start is skipped", "\ufeffIl dit", [["Il", 1, 3, 0, "wcs"], ["dit", 4, 7, 0, "w"]]],
    ["a zero-width joiner is no token of its own", "a\u200db", [["a", 0, 1, 0, "ws"], ["b", 2, 3, 0, "w"]]],
  ], toks);
});

// A "+" glued to the end of a capitalised name is part of it ("Canal+", "Disney+"); not before a digit, a letter or
// another "+" ("Bac+5", "C++"), nor after a lower-case word.
describe("tokenize: a plus sign that ends a name", () => {
  const words = (text: string) => tokenize(text).map((k) => k.t);
  readerTable<string[]>([
    ["a channel's name keeps its plus", "sur Canal+ que", ["sur", "Canal+", "que"]],
    ["before a period", "sur Disney+.", ["sur", "Disney+", "."]],
    ["not before a digit", "un Bac+5", ["un", "Bac", "+", "5"]],
    ["not before another plus", "en C++", ["en", "C", "+", "+"]],
    ["not after a lower-case word", "trois+ deux", ["trois", "+", "deux"]],
  ], words);
});
