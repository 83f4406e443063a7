// The founding article (seeds/000_f28c37849755220d.txt; its correct reading is in the team's shared seeds README):
// its entities, its direct quotes and their speakers (salience, roles bound across the article, references), and its
// reports with their spans; its plans and unsourced sentences are no statements.
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

describe("seed: the founding article (000_f28c37849755220d.txt)", () => {
  const a = analyze(text);


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

  it("gives Wei Fenghe the reports whose subject is his role, bound to him only later in the article", () => {
    const by = (s: string) => reports.find((q) => q.text.replace(/\s+/gu, " ").startsWith(s))?.speaker?.name;
    assert.equal(by("favorable à l’élargissement"), "Wei Fenghe"); // "le ministre chinois de la Défense s'est dit favorable à"
    assert.equal(by("une coopération stratégique"), "Wei Fenghe"); // "le ministre … qui a reçu son homologue iranien lui a proposé"
    assert.equal(reports.length, 6);
  });

  it("reads no statement in its plans and unsourced sentences", () => {
    for (const s of ["élargir la coopération", "engager une coopération", "s’entretenir", "discuter des développements"]) {
      assert.ok(!a.quotes.some((q) => q.text.includes(s)), s);
    }
  });
});
