// The filters the entity passes run over every token before a map lookup (entities/article-words.ts WordStarts): they
// may let a token through that is none of the words, never stop one that is.
import * as assert from "node:assert/strict";
import { WordStarts } from "../../../src/engine/entities/article-words";
import { tokenize } from "../../../src/engine/text/tokenize";

describe("word starts: a token whose lower case is one of the words always passes", () => {
  const text = "Le député de l'Ain, Éric Dupont, a vu İzmir et İZMIR, la Kelvin, « Paris » ; 10 000 habitants, d'Orsay, a, y, l'État.";
  const toks = tokenize(text);
  const words = [...new Set(toks.map((t) => t.lw))];
  for (const w of words) {
    it(`lets every token of "${w}" through`, () => {
      const starts = new WordStarts();
      starts.add(w);
      toks.forEach((t, k) => {
        if (t.lw === w) assert.ok(starts.mayOpen(text, t.s, k + 1 < toks.length ? toks[k + 1].s : text.length), `${t.t} at ${t.s}`);
      });
    });
  }

  it("stops a token that opens otherwise, or is shorter than every word", () => {
    const starts = new WordStarts();
    starts.add("paris");
    const at = (w: string) => { const k = toks.findIndex((t) => t.t === w); return starts.mayOpen(text, toks[k].s, toks[k + 1].s); };
    assert.equal(at("Le"), false);
    assert.equal(at("habitants"), false);
    assert.equal(at("Paris"), true);
  });

  it("stops a token of four letters or more that a shorter word opens, and one that opens another word of four", () => {
    const text2 = "Les lesquels dépendent des habitants ; hachés, Habitants.";
    const toks2 = tokenize(text2);
    const starts = new WordStarts();
    starts.add("les");
    starts.add("habitants");
    const at = (k: number) => starts.mayOpen(text2, toks2[k].s, toks2[k + 1].s);
    const index = (w: string) => toks2.findIndex((t) => t.t === w);
    assert.equal(at(index("Les")), true);
    assert.equal(at(index("lesquels")), false);
    assert.equal(at(index("dépendent")), false);
    assert.equal(at(index("habitants")), true);
    assert.equal(at(index("Habitants")), true);
    assert.equal(at(index("hachés")), false);
  });
});
