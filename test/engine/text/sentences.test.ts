// Sentence ends: an abbreviation before a comma or a lower-case word ends no sentence.
import * as assert from "node:assert/strict";
import { tokenize } from "../../../src/engine/text/tokenize";
import { statements, named, en } from "../helpers/table";

describe("abbreviations do not end the sentence before a comma or a lower-case word", () => {
  statements(en, [
    ["Tom Brown, a mechanic in Kansas City, Mo., and an organizer at the union, said cold weather takes a toll.", [["cold weather takes a toll", "Tom Brown"]]],
    ["John Young, a nurse from Burlington, Vt., said the clinic had closed.", [["the clinic had closed", "John Young"]]],
  ], { speaker: named });
  it("a period before a capital or a new line still ends the sentence", () => {
    const toks = tokenize("He lives in Seattle, Wash. The city is wet.\nle bon sens. Il part.");
    assert.deepEqual(toks.filter((t) => t.sent).map((t) => t.t), ["He", "The", "le", "Il"]);
    const cont = tokenize("It moved to Austin, Tex., and grew. Acme Corp. and others left.");
    assert.deepEqual(cont.filter((t) => t.sent).map((t) => t.t), ["It", "Acme"]);
    const french = tokenize("Il vit à Kansas City, Mo., et travaille chez Acme Co. depuis mars. Elle part.");
    assert.deepEqual(french.filter((t) => t.sent).map((t) => t.t), ["Il", "Elle"]);
  });
});

describe("“No.” ends a sentence; “No. 5” does not", () => {
  it("no. abbreviates a number only before a digit", () => {
    const toks = tokenize("Mary Smith arrived. “No.” Smith says he is not familiar with it. He lives at No. 5 Main Street.");
    assert.deepEqual(toks.filter((t) => t.sent).map((t) => t.t), ["Mary", "No", "Smith", "He"]);
  });
  statements(en, [
    ["Mary Smith arrived. “No.” Smith says he is not familiar with it.", [["“No.”", null], ["he is not familiar with it", "Mary Smith"]]],
  ], { speaker: named });
});
