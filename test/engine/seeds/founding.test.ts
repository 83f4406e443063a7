// The founding article (seeds/000_f28c37849755220d.txt): its entities read exactly as seeds/README.md gives them.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze } from "../../../src/engine";

const text = readFileSync(join(__dirname, "..", "..", "..", "..", "seeds", "000_f28c37849755220d.txt"), "utf8");

describe("seed: the founding article's entities", () => {
  const a = analyze(text);

  it("is French", () => assert.equal(a.lang, "fr"));

  it("has exactly the four people; the portfolios 'Défense' and 'Affaires étrangères' are no people", () => {
    assert.deepEqual(a.people.map((p) => p.name).sort(), ["Amir Hatami", "Mohammad Javad Zarif", "Wang Yi", "Wei Fenghe"]);
    const mentions = a.people.flatMap((p) => p.mentions.map((m) => m.text));
    assert.ok(!mentions.some((m) => /Défense|Affaires/u.test(m)), JSON.stringify(mentions));
  });

  it("has two organisations: APL = Armée populaire de la libération, and Mehr News; 'Armée' alone is none", () => {
    assert.deepEqual(a.orgs.map((o) => [o.name, o.mentions.map((m) => m.text)]).sort(),
      [["Armée populaire de la libération", ["APL", "Armée populaire de la libération"]], ["Mehr News", ["Mehr News"]]]);
  });

  it("has exactly the seven places", () => {
    assert.deepEqual(a.places.map((p) => p.name).sort((x, y) => x.localeCompare(y, "fr")),
      ["Chine", "États-Unis", "Idlib", "Iran", "Pékin", "Syrie", "Téhéran"]);
  });

  it("reads nothing in the closing 'source' line", () => {
    const tail = text.lastIndexOf("source");
    for (const e of [...a.people, ...a.orgs, ...a.places]) for (const m of e.mentions) assert.ok(m.start < tail, m.text);
  });
});
