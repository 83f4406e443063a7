// Token fields the whole engine reads: the lower-case form, word/capital/upper-case flags, and tokenAt.
// The tokenizer takes fast paths for ASCII; these rows pin what they must give.
import * as assert from "node:assert/strict";
import { tokenize, tokenAt } from "../../../src/engine/text/tokenize";

type Row = [text: string, expected: [t: string, lw: string, flags: string][]];

// flags: w = word, c = capitalised, u = upper-case (two or more letters, all capitals).
const rows: Row[] = [
  ["the cat sat", [["the", "the", "w"], ["cat", "cat", "w"], ["sat", "sat", "w"]]],
  ["Mary SMITH met iPhone", [["Mary", "mary", "wc"], ["SMITH", "smith", "wcu"], ["met", "met", "w"], ["iPhone", "iphone", "w"]]],
  // A typographic quote makes the whole text two-byte: the same words must come out the same.
  ["Mary SMITH met iPhone’s", [["Mary", "mary", "wc"], ["SMITH", "smith", "wcu"], ["met", "met", "w"], ["iPhone’s", "iphone's", "w"]]],
  ["A4 G7 B", [["A4", "a4", "wcu"], ["G7", "g7", "wcu"], ["B", "b", "wc"]]],
  ["Élise ÉTÉ été", [["Élise", "élise", "wc"], ["ÉTÉ", "été", "wcu"], ["été", "été", "w"]]],
  ["ΟΔΟΣ İz", [["ΟΔΟΣ", "ΟΔΟΣ".toLowerCase(), "wcu"], ["İz", "İz".toLowerCase(), "wc"]]],
  ["l’Iran, d'Arc!", [["l’", "l'", "w"], ["Iran", "iran", "wc"], [",", ",", ""], ["d'", "d'", "w"], ["Arc", "arc", "wc"], ["!", "!", ""]]],
  // A number glued to a capitalised word (a lost space) ends before it; "3D", "4x4" stay whole.
  ["1914France 3D 4x4 12Élise", [["1914", "1914", "w"], ["France", "france", "wc"], ["3D", "3d", "w"], ["4x4", "4x4", "w"], ["12", "12", "w"], ["Élise", "élise", "wc"]]],
  ["U.S. 12 😀", [["U.S.", "u.s.", "wcu"], ["12", "12", "w"], ["😀", "😀", ""]]],
];

describe("tokenize: token text, lower case and flags", () => {
  for (const [text, expected] of rows) {
    it(text, () => {
      const got = tokenize(text).map((k): [string, string, string] =>
        [k.t, k.lw, (k.word ? "w" : "") + (k.cap ? "c" : "") + (k.upper ? "u" : "")]);
      assert.deepEqual(got, expected);
    });
  }
});

describe("tokenAt: the first token starting at or after an offset", () => {
  // Long enough to span several 64-character blocks of the offset index, with gaps and line breaks.
  const texts = [
    "Le ministre a déclaré : « Nous tiendrons. »\n\n   Selon lui, l'accord sera signé mardi à Paris.        Fin.",
    "“We will hold,” said Mary Smith.\nAccording to her, the deal is done.\n\n\n" + " ".repeat(150) + "The end.",
    "",
  ];
  for (const text of texts) {
    it(JSON.stringify(text.slice(0, 30)), () => {
      const toks = tokenize(text);
      for (let offset = -3; offset <= text.length + 70; offset++) {
        const expected = toks.findIndex((t) => t.s >= offset);
        assert.equal(tokenAt(toks, offset), expected < 0 ? toks.length : expected, `offset ${offset}`);
      }
    });
  }
  it("a token list tokenize did not make is searched too", () => {
    const toks = tokenize("one two three four").slice(1);
    assert.deepEqual([0, 4, 5, 8, 9, 18].map((o) => tokenAt(toks, o)), [0, 0, 1, 1, 2, 3]);
  });
});
