// Language detection: function words counted over runs of letters and apostrophes.
import * as assert from "node:assert/strict";
import { detectLang } from "../../../src/engine/text/lang";
import { tokenize } from "../../../src/engine/text/tokenize";

describe("detectLang: function words counted over runs of letters and apostrophes", () => {
  const rows: [text: string, lang: "fr" | "en"][] = [
    ["Le chat et la souris sont dans les champs.", "fr"],
    ["The cat and the mouse are in the fields.", "en"],
    // Capitals are lower-cased; "l'" stays glued to its word, as the run takes the apostrophe in.
    ["LE CHAT ET LA SOURIS DE LA FERME", "fr"],
    ["THE CAT OF THE FARM AND THE DOG", "en"],
    // A letter glued to a function word makes another word: "le𝐀" and "the😀x" are not "le" and "the".
    ["le𝐀 la𝐀 les𝐀 the of", "en"],
    ["😀the😀 😀of😀 le\u0301", "en"],
    // No function word at all: the first language of the table, as before.
    ["", "fr"],
    // Counted from the tokens' forms: tokens written together ("l'", "Iran"; "U.S.") are read as one run.
    ["l'Iran qu'il the, of. U.S. a-t-il d'un", "en"],
    ["L'OF L'THE L'OF the’s", "en"],
  ];
  for (const [text, lang] of rows) {
    it(JSON.stringify(text), () => {
      assert.equal(detectLang(text), lang);
      assert.equal(detectLang(text, tokenize(text)), lang);
    });
  }
});
