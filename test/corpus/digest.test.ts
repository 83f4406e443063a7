// An article's digest: line starts for any line break, positions, mention texts equal the text's slices, bound
// references kept, statements with their speaker. On the founding article and invented text.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../src/engine";
import { quoteBands } from "../../src/corpus/echoes";
import { digestOf, lineStarts, mentionsOf, positionOf, referencesIn } from "../../src/corpus/digest";

const founding = readFileSync(join(__dirname, "..", "..", "..", "seeds", "000_f28c37849755220d.txt"), "utf8");

describe("corpus: an article's digest", () => {
  it("finds line starts after \\n, \\r\\n and \\r", () => {
    assert.deepEqual(lineStarts("a\nbc\r\nd\re"), [2, 6, 8]);
  });

  it("turns an offset into a line and a column", () => {
    const text = "one\r\ntwo\nthree";
    const d = digestOf(analyze(text), text);
    assert.deepEqual([0, 2, 5, 7, 9, 13].map((o) => positionOf(d, o)), [
      { line: 0, character: 0 }, { line: 0, character: 2 }, { line: 1, character: 0 }, { line: 1, character: 2 },
      { line: 2, character: 0 }, { line: 2, character: 4 },
    ]);
  });

  const d = digestOf(analyze(founding), founding);

  it("keeps every mention with its text, as the article writes it", () => {
    for (const e of d.entities) {
      for (const m of mentionsOf(e)) assert.equal(founding.slice(m.start, m.end), m.text, e.name);
      for (const r of e.bound) assert.equal(founding.slice(r.start, r.end), r.text, e.name);
    }
  });

  it("keeps the roles bound to Wei Fenghe and his statements", () => {
    const i = d.entities.findIndex((e) => e.name === "Wei Fenghe");
    const wei = d.entities[i];
    assert.ok(wei.bound.filter((r) => r.text === "le ministre chinois de la Défense").length >= 4, JSON.stringify(wei.bound));
    const refs = referencesIn(wei);
    assert.deepEqual(refs.map((r) => r.start), [...refs.map((r) => r.start)].sort((a, b) => a - b));
    const said = d.quotes.filter((q) => q.speaker === i);
    assert.ok(said.length >= 4);
    assert.ok(said.every((q) => q.who === "Wei Fenghe"));
  });

  it("has the organisation's expansion as an alias", () => {
    const apl = d.entities.find((e) => e.name === "Armée populaire de la libération");
    assert.deepEqual(apl?.aliases, ["APL"]);
  });

  it("carries the bucket keys of its direct quotes, the same the quote index computes", () => {
    const direct = d.quotes.filter((q) => q.kind === "direct");
    assert.ok(direct.length >= 5);
    for (const q of direct) assert.deepEqual(q.bands, quoteBands(q.text));
    assert.ok(d.quotes.filter((q) => q.kind !== "direct").every((q) => q.bands === undefined));
  });

  it("survives JSON", () => assert.deepEqual(JSON.parse(JSON.stringify(d)), d));
});
