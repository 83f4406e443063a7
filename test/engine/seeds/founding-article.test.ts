// The founding article (seeds/000_f28c37849755220d.txt, reading in the team's seeds README): its reports are
// found with the right spans and kinds; its plans and unsourced sentences are no statements. (Which person a
// role is bound to across the article is the discourse layer's, and checked where that layer is tested.)
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/engine";

const text = readFileSync(join(__dirname, "..", "..", "..", "..", "seeds", "000_f28c37849755220d.txt"), "utf8");

describe("seed: the founding article's reports", () => {
  const a = analyze(text);
  const reports = a.quotes.filter((q) => q.kind !== "direct");

  it("finds each report with its span, from the frame's complement to the end of its clause", () => {
    // The article's spaces are of several kinds (it was saved from the web): compared as plain spaces.
    const plain = (s: string) => s.normalize("NFC").replace(/\s+/gu, " ");
    assert.deepEqual(reports.map((q) => plain(q.text)), [
      "une coopération stratégique entre les deux armées iranienne et chinoise",
      "favorable à l’élargissement des relations militaires sino-iraniennes",
      "l’Iran attachait une grande importance aux relations avec la Chine et avec l’armée de ce pays",
      "Pékin était prêt à développer sa coopération avec Téhéran",
      "le recours par les États-Unis aux sanctions unilatérales à l’encontre de l’Iran",
      "le ministre iranien de la Défense s’est rendu en Chine à l’invitation de son homologue chinois à la tête d’une délégation de haut rang",
    ].map(plain));
    for (const q of reports) assert.equal(q.kind, "indirect", q.text);
  });

  it("binds the reports whose cue names the speaker", () => {
    const by = (s: string) => reports.find((q) => q.text.replace(/\s+/gu, " ").startsWith(s))?.speaker?.name;
    assert.equal(by("l’Iran attachait"), "Amir Hatami"); // "Amir Hatami, a de son côté, déclaré que"
    assert.equal(by("Pékin était prêt"), "Wang Yi"); // the "que" fifteen words after "a déclaré"
    assert.equal(by("le recours"), "Wang Yi"); // "et a condamné"
    assert.equal(by("le ministre iranien"), "Mehr News");
  });

  it("reads no statement in its plans and unsourced sentences", () => {
    for (const s of ["élargir la coopération", "engager une coopération", "s’entretenir", "discuter des développements"]) {
      assert.ok(!a.quotes.some((q) => q.text.includes(s)), s);
    }
  });
});
