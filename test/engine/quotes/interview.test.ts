// Interview articles: the answers are the interviewee's words; questions are the interviewer's or no statement.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { type Lang } from "../helpers/table";

const rows = (text: string, lang: Lang) => analyze(text, { lang }).quotes.map((q) => [q.text, q.speaker?.name ?? null]);

describe("interviews: questions and answers", () => {
  const cases: [title: string, text: string, lang: Lang, expected: (string | null)[][]][] = [
    ["French, paragraphs: each answer is the interviewee's, the questions are no statements",
      "Entretien avec Claire Morin\n\nL'économiste répond à nos questions.\n\nLa réforme est-elle juste ?\n\n" +
      "Non. Elle fait payer les plus modestes.\n\nQue proposez-vous ?\n\nUne taxe sur les hauts revenus.\n\nPropos recueillis par Paul Girard\n", "fr",
      [["Non. Elle fait payer les plus modestes.", "Claire Morin"], ["Une taxe sur les hauts revenus.", "Claire Morin"]]],
    ["French, dash lines: answers to the interviewee, questions to the interviewer the credit names",
      "Propos recueillis par Paul Girard. Entretien avec Claire Morin, économiste.\n\n– La réforme est-elle juste ?\n" +
      "– Non. Elle fait payer les plus modestes.\n– Que proposez-vous ?\n– Une taxe sur les hauts revenus.\n", "fr",
      [["– La réforme est-elle juste ?", "Paul Girard"], ["– Non. Elle fait payer les plus modestes.", "Claire Morin"],
        ["– Que proposez-vous ?", "Paul Girard"], ["– Une taxe sur les hauts revenus.", "Claire Morin"]]],
    ["English: an editor's note after the last answer is nobody's words",
      "Q&A with Tom Reid, the union leader\n\nWhy call another strike?\n\nBecause management will not listen.\n\n" +
      "How long can it last?\n\nAs long as it takes.\n\nThis interview has been edited for length.\n", "en",
      [["Because management will not listen.", "Tom Reid"], ["As long as it takes.", "Tom Reid"]]],
  ];
  for (const [title, text, lang, expected] of cases) it(title, () => assert.deepEqual(rows(text, lang), expected));

  it("the quote in the headline that names the interviewee is theirs", () => {
    const text = "« Nous tiendrons » : entretien avec Claire Morin\n\nLa réforme est-elle juste ?\n\nNon.\n\nEt ensuite ?\n\nUne taxe.\n";
    assert.deepEqual(rows(text, "fr")[0], ["« Nous tiendrons »", "Claire Morin"]);
  });

  it("a quote inside an answer keeps its own speaker", () => {
    const text = "Interview with Tom Reid\n\nWhat did the mayor say?\n\nShe told us “the money is there,” and I believe her.\n\n" +
      "And then?\n\nWe signed.\n";
    const qs = analyze(text, { lang: "en" }).quotes;
    assert.ok(qs.some((q) => q.text === "She told us “the money is there,” and I believe her." && q.speaker?.name === "Tom Reid"));
  });

  // Not interviews: a news story that mentions an interview, and a single question with its answer.
  it("“said in an interview with CBC” in a news story changes nothing", () => {
    const text = "Tom Reid said in an interview with Anne Duval that the strike would continue.\n\nWhy now?\n\nNobody knows.\n\nWhat next?\n\nA vote.\n";
    assert.deepEqual(rows(text, "en"), [["the strike would continue", "Tom Reid"]]);
  });
  it("one question and one answer are no interview", () => {
    const text = "Entretien avec Claire Morin\n\nLa réforme est-elle juste ?\n\nNon.\n";
    assert.deepEqual(rows(text, "fr"), []);
  });
});
