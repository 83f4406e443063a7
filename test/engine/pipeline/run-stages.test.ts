// The declared stages run one prefix at a time (helpers/doc.ts runStages): stopping after a stage leaves assigned
// exactly the inputs and the layers that stage and the ones before it declare, so a reader test built on a
// prefix reads only what the pipeline would have given it at that point.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { INPUTS, STAGES } from "../../../src/engine/analyze";
import { docOf, runStages, tokenIndex } from "../helpers/doc";
import { fr, type Lang } from "../helpers/table";

const SAMPLES: [Lang, string][] = [
  ["fr", "Le ministre chinois de la Défense, Wei Fenghe, était à Téhéran. « Nous sommes prêts », a réaffirmé le ministre chinois de la Défense."],
  ["en", "Sarah Okafor, the federal health minister, arrived on Monday. “We will hold,” said the minister."],
];

describe("runStages: stopping after each stage", () => {
  for (const [lang, text] of SAMPLES) {
    STAGES.forEach((stage, i) => {
      it(`after ${stage.name} (${lang}) only the declared layers are assigned`, () => {
        const a = runStages(text, lang, stage.name);
        const declared = new Set<string>([...INPUTS, ...STAGES.slice(0, i + 1).flatMap((s) => s.assigns)]);
        assert.deepEqual(Object.keys(a).sort(), [...declared].sort());
        for (const layer of declared) assert.notEqual((a as unknown as Record<string, unknown>)[layer], undefined, `${layer} is declared but undefined`);
      });
    });
  }

  it("an unknown stage name is an error, not the whole pipeline", () => {
    assert.throws(() => runStages("Un texte.", fr, "no-such-stage"), /no stage named no-such-stage/);
  });

  it("the whole prefix gives the quotes analyze gives", () => {
    const [lang, text] = SAMPLES[0];
    const a = runStages(text, lang, "quotes");
    assert.deepEqual(a.quotes, analyze(text, { lang }).quotes);
    assert.equal(a.quotes.find((q) => q.text.startsWith("« Nous sommes prêts"))?.speaker?.name, "Wei Fenghe");
  });
});

describe("docOf: the quote document before any finder", () => {
  it("holds the text, its tokens and the entities, and no lazy layer yet", () => {
    const [lang, text] = SAMPLES[0];
    const doc = docOf(text, lang);
    assert.equal(doc.text, text);
    assert.equal(doc.toks.length, doc.bits.length);
    assert.deepEqual(doc.ents.people.map((p) => [p.name, p.role]), [["Wei Fenghe", "ministre chinois de la Défense"]]);
    assert.deepEqual([doc.verbs, doc.roleIndex, doc.scareQuotes], [undefined, undefined, undefined]);
  });

  it("tokenIndex names the nth token of a word, in lower case too, and fails on a missing one", () => {
    const doc = docOf(SAMPLES[0][1], fr);
    assert.equal(doc.toks[tokenIndex(doc, "le", 2)].s, SAMPLES[0][1].indexOf("le ministre chinois de la Défense."));
    assert.equal(tokenIndex(doc, "Le"), 0);
    assert.equal(tokenIndex(doc, "le"), 0);
    assert.throws(() => tokenIndex(doc, "le", 9), /no token "le" \(#9\)/);
  });
});
