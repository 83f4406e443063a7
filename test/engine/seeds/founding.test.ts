// The founding article (seeds/000_f28c37849755220d.txt, its reading in ../shared/seeds/README.md): its five
// direct quotes and their speakers exactly, and the role the article binds to Wei Fenghe as his references.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/engine";

const text = readFileSync(join(__dirname, "..", "..", "..", "..", "seeds", "000_f28c37849755220d.txt"), "utf8");

describe("seed: the founding article (000_f28c37849755220d.txt)", () => {
  const a = analyze(text);

  it("is French", () => assert.equal(a.lang, "fr"));

  it("gets the five direct quotes, whole, with their speakers (salience, not recency)", () => {
    const direct = a.quotes.filter((q) => q.kind === "direct");
    const expected: [string, string, string][] = [
      ["Pékin est prêt à approfondir", "iraniennes", "Wei Fenghe"],
      // "a réaffirmé le ministre chinois de la Défense": the role the apposition bound to him.
      ["Les relations entre les forces", "des deux États", "Wei Fenghe"],
      // "s'est-il félicité": the speaker of the quote before, not Amir Hatami (named last, as an object).
      ["Pendant ces dernières années", "divers domaines", "Wei Fenghe"],
      // "Et de poursuivre :" continues the same speaker.
      ["Pékin et Téhéran se sont soutenus", "intérêt majeur", "Wei Fenghe"],
      // "a-t-il réitéré": the subject of the sentence before.
      ["Téhéran apprécie hautement", "régionales", "Amir Hatami"],
    ];
    assert.equal(direct.length, expected.length);
    direct.forEach((q, i) => {
      const [first, last, who] = expected[i];
      // The article sets non-breaking spaces inside the quotes ("prêt\u00a0à"): compared with plain spaces.
      const flat = q.text.replace(/\s+/gu, " ");
      assert.ok(flat.includes(first) && flat.endsWith(`${last} »`), q.text);
      assert.equal(q.speaker?.name, who, q.text);
    });
    for (const q of direct) {
      assert.match(q.text, /^«[\s\S]*»$/u);
      assert.equal(text.slice(q.start, q.end), q.text);
    }
  });

  it("gives Wei Fenghe's role, wherever written, as his references", () => {
    const wei = a.people.find((p) => p.name === "Wei Fenghe");
    const refs = wei?.references ?? [];
    assert.deepEqual(refs.map((r) => [r.text, r.person]), Array(4).fill(["le ministre chinois de la Défense", "Wei Fenghe"]));
    for (const r of refs) assert.equal(text.slice(r.start, r.end), r.text);
    // The first one opens paragraph 1, before the name is ever written.
    assert.ok(refs[0].start < text.indexOf("Wei Fenghe"));
  });

  it("does not give paragraph 1's proposal to the relative clause's object (\"son homologue iranien\")", () => {
    const q = a.quotes.find((x) => x.text.includes("coopération stratégique entre les deux armées"));
    assert.ok(q, "the proposal is a statement");
    assert.equal(q.speaker?.name, "Wei Fenghe");
  });
});
