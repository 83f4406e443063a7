// A quote after the sentence that attributes the quote before it goes on with that speaker.
import * as assert from "node:assert/strict";
import { analyze, type Lang } from "../../src/engine";

const who = (text: string, lang: Lang) => analyze(text, { lang }).quotes.map((q) => [q.text, q.speaker?.name ?? q.speaker?.mentionText ?? null]);

describe("continuation: “A,” said X, who …. “B.”", () => {
  const rows: [string, Lang, (string | null)[][]][] = [
    // Another person named inside the attribution does not break the continuation.
    ["“The market is cynical,” said Tom Hale, a developer who introduced Mr. Vance to his bankers. “But we will try.”", "en",
      [["“The market is cynical,”", "Tom Hale"], ["“But we will try.”", "Tom Hale"]]],
    // A described source goes on too.
    ["“Polls matter less here,” said a New Hampshire Republican. “Rubio will come on strong.”", "en",
      [["“Polls matter less here,”", "a New Hampshire Republican"], ["“Rubio will come on strong.”", "a New Hampshire Republican"]]],
    ["« Le marché est cynique », a expliqué Paul Girard, qui a présenté M. Morel à ses banquiers. « Mais nous essaierons. »", "fr",
      [["« Le marché est cynique »", "Paul Girard"], ["« Mais nous essaierons. »", "Paul Girard"]]],
  ];
  for (const [text, lang, expected] of rows) it(text, () => assert.deepEqual(who(text, lang), expected));

  // Not a continuation: narration between the two, or another speaker named in a sentence of its own.
  const stays: [string, Lang, (string | null)[][]][] = [
    ["“The market is cynical,” said Tom Hale. Then Anne Reed stood up. “We will try.”", "en",
      [["“The market is cynical,”", "Tom Hale"], ["“We will try.”", null]]],
  ];
  for (const [text, lang, expected] of stays) it(text, () => assert.deepEqual(who(text, lang), expected));
});

describe("participle reports after a dateline", () => {
  it("the dateline is no subject; the progressive's subject speaks the participle", () => {
    assert.deepEqual(who("HALIFAX, N.S. — Anne Reed is warning voters to be careful, suggesting the vote will be close.", "en"),
      [["the vote will be close", "Anne Reed"]]);
  });
});

describe("a noun modifying the word after it is no subject", () => {
  it("“received expert reports it had requested” reports nothing", () => {
    assert.deepEqual(who("Last month, the board received expert reports it had requested from the council.", "en"), []);
  });
  it("“A retired expert said …” still reports", () => {
    assert.deepEqual(who("A retired expert said the deal is off.", "en"), [["the deal is off", "A retired expert"]]);
  });
});

describe("an object report ends where a clause of its own begins", () => {
  it("“condemned the plan, I do believe …” keeps only the object", () => {
    assert.deepEqual(who("Anne Reed condemned the new tax on boats, I do believe the council will listen.", "en"),
      [["the new tax on boats", "Anne Reed"]]);
  });
});
