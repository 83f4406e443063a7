// What looks like a statement and is none: titles of works, evidence, questions no one in the article asked,
// quoted phrases a sentence runs through.
import * as assert from "node:assert/strict";
import { analyze, type Lang } from "../../src/engine";

describe("quoted titles of works are no statements", () => {
  const quotes = (text: string, lang: Lang) => analyze(text, { lang }).quotes.map((q) => q.text);
  const rows: [string, Lang, string[]][] = [
    ["After watching \"A Quiet Town\" last week, I changed my mind.", "en", []],
    ["The memo titled \"Where We Stand\" was sent on Monday.", "en", []],
    ["Le film « La Ville tranquille » ressort mardi.", "fr", []],
    // A quote with its speaker stays, whatever stands before it.
    ["In the book, \"we never gave up,\" Anne Reed said.", "en", ["\"we never gave up,\""]],
  ];
  for (const [text, lang, expected] of rows) it(text, () => assert.deepEqual(quotes(text, lang), expected));
});

describe("evidence and unnamed askers are no sources", () => {
  const rows = (text: string, lang: Lang) => analyze(text, { lang }).quotes.map((q) => q.text);
  const cases: [string, Lang, string[]][] = [
    ["The data suggests companies may be less confident.", "en", []],
    ["Les chiffres montrent que le chômage baisse.", "fr", []],
    ["Reed wouldn't comment when asked if other plants would close.", "en", []],
    // A named asker, and a person as the subject, still report.
    ["Reporters asked Reed whether other plants would close.", "en", ["whether other plants would close"]],
    ["The analyst suggests companies may be less confident.", "en", ["companies may be less confident"]],
  ];
  for (const [text, lang, expected] of cases) it(text, () => assert.deepEqual(rows(text, lang), expected));
});

describe("a quoted phrase the sentence runs through is no statement", () => {
  const rows = (text: string) => analyze(text, { lang: "en" }).quotes.map((q) => q.text);
  it("“backed off to “let the wind play through,” came up short”", () => {
    assert.deepEqual(rows("Smoltz, who backed off several times to “let the wind play through,” came up three yards short."), []);
  });
  it("the same words with a cue are a statement", () => {
    assert.deepEqual(rows("“let the wind play through,” Smoltz said."), ["“let the wind play through,”"]);
  });
});
