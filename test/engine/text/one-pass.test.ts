// The tokenizer's one pass: the word scan hashes what it reads (scan.ts WordScan) and the form table finds the
// form by that hash (forms.ts atHashed), the same form as by the characters alone; elisions are cut by hand for
// ASCII and by the regular expression otherwise, with the same answers; what a period says is kept per form.
import * as assert from "node:assert/strict";
import { FormTable, type Form } from "../../../src/engine/text/forms";
import { elisionEnd, WordScan } from "../../../src/engine/text/scan";
import { periodBits } from "../../../src/engine/text/sentences";
import { tokenAt, tokenize } from "../../../src/engine/text/tokenize";
import { readerTable } from "../helpers/doc";

const describeForm = (t: string): Form =>
  ({ t, lw: t.toLowerCase(), word: true, cap: false, upper: false, bits: 0, bitsFor: null, lists: null, entity: 0, entityFor: null, facts: null, langs: -1, period: -1 });

describe("forms: one form per distinct characters, found by a scan's hash or by the characters", () => {
  const words = ["la", "Paris", "jean-marie", "l'Iran", "Élise", "𝐀𝐁", "internationalisation", "a", "é", "ΟΔΟΣ", "x1"];
  it("the hash the word scan leaves finds the form the characters find", () => {
    const table = new FormTable(describeForm);
    for (const w of words) {
      const text = `« ${w} »`;
      const scan = new WordScan(text);
      const e = scan.end(2);
      assert.equal(e, 2 + w.length, w);
      const byHash = table.atHashed(text, 2, e, scan.h);
      assert.equal(table.at(text, 2, e), byHash, w);
      assert.equal(byHash.t, w);
    }
    assert.equal(table.size, words.length);
  });
  it("equal characters in other texts and places give the same form; different ones never do", () => {
    const table = new FormTable(describeForm);
    const first = words.map((w) => table.at(w, 0, w.length));
    const again = words.map((w) => { const text = `xx ${w}.`; return table.at(text, 3, 3 + w.length); });
    assert.deepEqual(again.map((f, k) => f === first[k]), words.map(() => true));
    assert.equal(new Set(first).size, words.length);
  });
  it("a form outlives its text without keeping it: long words are copied", () => {
    const table = new FormTable(describeForm);
    const f = table.at("le mot internationalisation ici", 7, 27);
    assert.equal(f.t, "internationalisation");
  });
  it("many forms: the table grows and still finds every one", () => {
    const table = new FormTable(describeForm);
    const many = Array.from({ length: 5000 }, (_, k) => `w${k.toString(36)}`);
    const forms = many.map((w) => table.at(w, 0, w.length));
    assert.ok(many.every((w, k) => table.at(` ${w} `, 1, 1 + w.length) === forms[k]));
  });
});

describe("scan: French elisions, by hand for ASCII and by the regular expression otherwise", () => {
  const cut = (word: string): string => {
    const scan = new WordScan(word);
    const e = scan.end(0);
    const k = elisionEnd(word, 0, scan.apostrophe, e);
    return k < 0 ? word : `${word.slice(0, k)}|${word.slice(k)}`;
  };
  readerTable<string>([
    ["an elided article before a letter", "l'Iran", "l'|Iran"],
    ["a typographic apostrophe, an accented letter after it", "d’État", "d’|État"],
    ["capitals elide too", "QU'IL", "QU'|IL"],
    ["the longer elided words", "lorsqu'on", "lorsqu'|on"],
    ["jusqu'", "Jusqu’à", "Jusqu’|à"],
    ["not before a digit", "l'1", "l'1"],
    ["not after a word that does not elide", "aujourd'hui", "aujourd'hui"],
    ["not an English contraction", "don't", "don't"],
    ["a long s folds to s under the expression's flags", "ſ’il", "ſ’|il"],
    ["a letter beyond the BMP after the apostrophe", "l’𝐀b", "l’|𝐀b"],
    ["a combining mark that folds to a letter counts as one (U+0345)", "l'\u0345x", "l'|\u0345x"],
  ], cut);
});

describe("sentences: what a period after a form says, kept on the form", () => {
  const bitsOf = (text: string): number[] => tokenize(text).map((k) => periodBits(k.form));
  it("abbreviations, 'no', digits and what continues a sentence", () => {
    // 1 abbreviation, 2 'no' (before a number only), 4 starts with a digit, 8 continues a sentence.
    assert.deepEqual(bitsOf("Mr Sens J then-Sen no 5 , ; and AND The"), [1, 1, 1, 1 | 8, 2 | 8, 4, 8, 8, 8, 0, 0]);
  });
  it("a form's bits are computed once and agree in every token", () => {
    const toks = tokenize("no. 5 and no. 6");
    assert.equal(toks[0].form, toks[4].form);
    assert.equal(periodBits(toks[0].form), periodBits(toks[4].form));
  });
});

describe("sentences: starts decided while the tokens are made, a period waiting for the tokens it needs", () => {
  const starts = (text: string): string[] => tokenize(text).filter((k) => k.sent).map((k) => k.t);
  readerTable<string[]>([
    ["a period before a glued ')' then a comma waits for the comma: no new sentence",
      "Rep. Bobby Scott (D-Va.), ranking member, said so. Then he left.", ["Rep", "Then"]],
    ["a period before ')' then a capital ends the sentence after the parenthesis", "Ils sont partis. (Voir.) Fin", ["Ils", "Voir", "Fin"]],
    ["a period opening the text", ".Début. Ensuite", ["Début", "Ensuite"]],
    ["'…', '?', '!' end at once; 'no.' before a number does not; 'No.' before a word does",
      "Wait… what? Yes! no. 5 and No. Six.", ["Wait", "what", "Yes", "no", "Six"]],
  ], starts);
});

describe("offsets: the index built while the tokens are made", () => {
  it("answers as a scan of the starts does, over gaps of many blocks and at the text's end", () => {
    const text = `a${" ".repeat(200)}bc d\n\n${" ".repeat(64)}e${".".repeat(70)}`;
    const toks = tokenize(text);
    for (let offset = -1; offset <= text.length + 130; offset++) {
      const expected = toks.findIndex((t) => t.s >= offset);
      assert.equal(tokenAt(toks, offset), expected < 0 ? toks.length : expected, `offset ${offset}`);
    }
  });
});
