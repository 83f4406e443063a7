// Share of voice: words and statements per speaker, per gender hint, per kind of source.
import * as assert from "node:assert/strict";
import { analyze, countWords, genderHint, shareOfVoice, type ArticleAnalysis } from "../../../src/engine";

const EN = "“We will reopen the clinics,” Mrs Sarah Okafor said. “Not soon enough,” said David Brown. " +
  "Officials said the plan was late. “It works,” the Red Cross said.";

describe("share of voice", () => {
  const words: [string, number][] = [
    ["« Tout va bien »", 3],
    ["“aujourd’hui, well-known 2 000 cases,”", 5],
    ["", 0],
  ];
  for (const [text, n] of words) it(`counts ${n} words in ${JSON.stringify(text)}`, () => assert.equal(countWords(text), n));

  it("gives each speaker statements, words and a share; shares add up to 1", () => {
    const v = shareOfVoice(analyze(EN, { lang: "en" }));
    const row = (name: string) => v.speakers.find((s) => s.name === name);
    assert.equal(v.statements, v.speakers.reduce((n, s) => n + s.statements, 0));
    assert.equal(v.words, v.speakers.reduce((n, s) => n + s.words, 0));
    assert.ok(Math.abs(v.speakers.reduce((n, s) => n + s.share, 0) - 1) < 1e-9);
    assert.deepEqual([row("Sarah Okafor")?.words, row("Sarah Okafor")?.gender, row("Sarah Okafor")?.kind], [5, "f", "person"]);
    assert.deepEqual([row("David Brown")?.gender, row("David Brown")?.evidence], ["m", "firstName"]);
    assert.equal(v.speakers.find((s) => s.kind === "unnamed")?.name, "Officials");
  });

  it("a report inside an outlet's report: both statements, each once for its own speaker, no word counted twice", () => {
    const text = "Selon l'AFP, Paul Roche, maire de Lyon, a affirmé que la réforme serait retirée en mars.";
    const a = analyze(text, { lang: "fr" });
    const spans = a.quotes.map((q) => [q.start, q.end, q.speaker?.name]);
    const outer = text.indexOf("Paul Roche");
    const inner = text.indexOf("la réforme");
    assert.deepEqual(spans, [[outer, text.length - 1, "AFP"], [inner, text.length - 1, "Paul Roche"]]);
    const v = shareOfVoice(a);
    const row = (name: string) => v.speakers.find((s) => s.name === name);
    assert.deepEqual([v.statements, row("AFP")?.statements, row("Paul Roche")?.statements], [2, 1, 1]);
    // "Paul Roche, maire de Lyon, a affirmé que" is the outlet's; "la réforme serait retirée en mars" Paul Roche's.
    assert.deepEqual([row("AFP")?.words, row("Paul Roche")?.words, v.words], [8, 6, countWords(text.slice(outer, -1))]);
  });

  it("counts organisations apart and leaves them out of the gender hint", () => {
    const v = shareOfVoice(analyze(EN, { lang: "en" }));
    assert.deepEqual(v.byGender.f.words, 5);
    assert.equal(v.byGender.m.words, 3);
    const sum = (r: Record<string, { words: number }>) => Object.values(r).reduce((n, t) => n + t.words, 0);
    assert.equal(sum(v.bySource), v.words);
    assert.equal(sum(v.byGender), v.bySource.person.words + v.bySource.unnamed.words);
  });

  it("takes the gender from a pronoun bound to the person when nothing else says it", () => {
    const a: ArticleAnalysis = {
      lang: "fr", orgs: [], places: [],
      people: [{ id: "p0", kind: "person", name: "Wei Fenghe", mentions: [] }],
      quotes: [{ id: "q0", kind: "direct", start: 0, end: 5, text: "« A »", speaker: { entity: "p0", name: "Wei Fenghe", mentionText: "il", pronoun: true } }],
    };
    assert.deepEqual(genderHint(a, a.people[0]), { gender: "m", evidence: "pronoun" });
    a.quotes[0].speaker!.mentionText = "elle";
    assert.equal(genderHint(a, a.people[0]).gender, "f");
    a.quotes[0].speaker!.pronoun = false;
    assert.equal(genderHint(a, a.people[0]).gender, "unknown");
  });

  it("says nothing on an article with no statement", () => {
    const v = shareOfVoice(analyze("Nothing was said here.", { lang: "en" }));
    assert.deepEqual([v.statements, v.words, v.speakers.length, v.bySource.person.share], [0, 0, 0, 0]);
  });
});
