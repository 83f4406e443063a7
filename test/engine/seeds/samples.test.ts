// The bundled sample articles must be analysed exactly right: they are what a newcomer sees first.
import * as assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { analyze, type ArticleAnalysis } from "../../../src/engine";

const seed = (name: string) => readFileSync(join(__dirname, "..", "..", "..", "..", "seeds", name), "utf8");

const speakerOf = (a: ArticleAnalysis, fragment: string) => {
  const q = a.quotes.find((x) => x.text.includes(fragment));
  assert.ok(q, `no statement containing "${fragment}"`);
  return { name: q.speaker?.name ?? null, kind: q.kind };
};

describe("seed: chine-iran-defense.fr.txt", () => {
  const text = seed("chine-iran-defense.fr.txt");
  const a = analyze(text);

  it("is French", () => assert.equal(a.lang, "fr"));

  it("finds exactly the four people, with canonical names", () => {
    assert.deepEqual(a.people.map((p) => p.name).sort(), ["Amir Hatami", "Mohammad Javad Zarif", "Wang Yi", "Wei Fenghe"]);
  });

  it("clusters every mention of a person, titles excluded", () => {
    const wei = a.people.find((p) => p.name === "Wei Fenghe")!;
    assert.deepEqual(wei.mentions.map((m) => m.text), ["Wei Fenghe", "Wei Fenghe", "Wei"]);
    const hatami = a.people.find((p) => p.name === "Amir Hatami")!;
    assert.deepEqual(hatami.mentions.map((m) => m.text), ["Amir Hatami", "Hatami"]);
    assert.equal(hatami.role, "général de brigade");
    assert.equal(wei.role, "ministre chinois de la Défense");
  });

  it("gets the five direct quotes and their speakers", () => {
    const direct = a.quotes.filter((q) => q.kind === "direct");
    assert.equal(direct.length, 5);
    assert.deepEqual(direct.map((q) => q.speaker?.name), ["Wei Fenghe", "Wei Fenghe", "Wei Fenghe", "Amir Hatami", "Wei Fenghe"]);
    for (const q of direct) assert.match(q.text, /^«[\s\S]*»$/u);
  });

  it("resolves the title, the inversions and the continuation cue", () => {
    assert.deepEqual(speakerOf(a, "ont résisté à l’épreuve"), { name: "Wei Fenghe", kind: "direct" }); // a réaffirmé le ministre …
    assert.deepEqual(speakerOf(a, "exercices navals"), { name: "Wei Fenghe", kind: "direct" }); // s’est-il félicité
    assert.deepEqual(speakerOf(a, "soutient fermement"), { name: "Wei Fenghe", kind: "direct" }); // Et de poursuivre :
    assert.deepEqual(speakerOf(a, "ne renoncera jamais"), { name: "Amir Hatami", kind: "direct" }); // a-t-il réitéré
  });

  it("gets the indirect statements of Wei Fenghe, Amir Hatami, Wang Yi and Mehr News", () => {
    const ind = a.quotes.filter((q) => q.kind === "indirect").map((q) => [q.speaker?.name, q.text.slice(0, 31)]);
    assert.deepEqual(ind, [
      ["Wei Fenghe", "l’Armée populaire de la libérat"],
      ["Amir Hatami", "la coopération avec la Chine co"],
      ["Mehr News", "les deux ministres ont égalemen"],
      ["Wang Yi", "la Chine s’opposait à toute ing"],
    ]);
    const wang = a.quotes.find((q) => q.speaker?.name === "Wang Yi")!;
    assert.ok(wang.text.endsWith("Mohammad Javad Zarif"), "the span ends with the clause, before the period");
  });

  it("finds the organisations, the acronym bound to its expansion", () => {
    const names = a.orgs.map((o) => o.name);
    for (const n of ["Armée populaire de la libération", "Mehr News", "AFP"]) assert.ok(names.includes(n), n);
    const apl = a.orgs.find((o) => o.name === "Armée populaire de la libération")!;
    assert.deepEqual(apl.mentions.map((m) => m.text), ["Armée populaire de la libération", "APL"]);
  });

  it("finds the places, not the demonyms", () => {
    const names = a.places.map((p) => p.name);
    for (const n of ["Idlib", "Syrie", "Chine", "Iran", "Pékin", "Téhéran", "États-Unis"]) assert.ok(names.includes(n), n);
    assert.ok(!names.some((n) => /chinois|iranien|L’/.test(n)), names.join(", "));
  });
});

describe("seed: rural-clinics.en.txt", () => {
  const a = analyze(seed("rural-clinics.en.txt"));

  it("is English, with its three people", () => {
    assert.equal(a.lang, "en");
    assert.deepEqual(a.people.map((p) => p.name).sort(), ["James Whitfield", "Linda Tremblay", "Sarah Okafor"]);
  });

  it("attributes quotes introduced in several ways", () => {
    assert.equal(speakerOf(a, "drive three hours").name, "Sarah Okafor"); // Ms. Okafor told reporters
    assert.equal(speakerOf(a, "open all the doors").name, "James Whitfield"); // he said
    assert.equal(speakerOf(a, "finally heard us").name, "Linda Tremblay"); // said Mayor Linda Tremblay
    assert.equal(speakerOf(a, "first clinics would reopen").name, "Sarah Okafor"); // The minister said
    assert.equal(speakerOf(a, "one in six rural").name, "Statistics Canada"); // According to
    assert.equal(speakerOf(a, "recruitment bonuses").name, "James Whitfield"); // told Reuters that
  });

  it("keeps a multi-paragraph quote as one statement", () => {
    const q = a.quotes.find((x) => x.text.includes("provinces at the table"))!;
    assert.ok(q.text.includes("A five-year plan changes that."));
  });

  it("leaves a report with its own speaker and verb to it, not to the closing \"according to a statement\"", () => {
    const q = a.quotes.find((x) => x.text.includes("match part of the federal money"))!;
    assert.deepEqual([q.text, q.kind, q.speaker?.name ?? null], ["it would match part of the federal money", "indirect", null]);
    assert.equal(q.speaker?.mentionText, "The Ontario health ministry");
  });

  it("excludes the dateline from a postposed report", () => {
    const q = a.quotes.find((x) => x.text.includes("$2 billion"))!;
    assert.ok(q.text.startsWith("Canada will spend"), q.text);
    assert.equal(q.speaker?.name, "Sarah Okafor");
  });
});
