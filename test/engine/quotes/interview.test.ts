// Interview articles: the answers are the interviewee's words; questions are the interviewer's or no statement.
import * as assert from "node:assert/strict";
import { analyze } from "../../../src/engine";
import { statements, named, fr, en } from "../helpers/table";

describe("interviews: questions and answers", () => {
  statements(fr, [
    // French, paragraphs: each answer is the interviewee's, the questions are no statements.
    ["Entretien avec Claire Morin\n\nL'économiste répond à nos questions.\n\nLa réforme est-elle juste ?\n\n" +
      "Non. Elle fait payer les plus modestes.\n\nQue proposez-vous ?\n\nUne taxe sur les hauts revenus.\n\nPropos recueillis par Paul Girard\n",
      [["Non. Elle fait payer les plus modestes.", "Claire Morin"], ["Une taxe sur les hauts revenus.", "Claire Morin"]]],
    // French, dash lines: answers to the interviewee, questions to the interviewer the credit names.
    ["Propos recueillis par Paul Girard. Entretien avec Claire Morin, économiste.\n\n– La réforme est-elle juste ?\n" +
      "– Non. Elle fait payer les plus modestes.\n– Que proposez-vous ?\n– Une taxe sur les hauts revenus.\n",
      [["– La réforme est-elle juste ?", "Paul Girard"], ["– Non. Elle fait payer les plus modestes.", "Claire Morin"],
        ["– Que proposez-vous ?", "Paul Girard"], ["– Une taxe sur les hauts revenus.", "Claire Morin"]]],
  ], { speaker: named });
  statements(en, [
    // English: an editor's note after the last answer is nobody's words.
    ["Q&A with Tom Reid, the union leader\n\nWhy call another strike?\n\nBecause management will not listen.\n\n" +
      "How long can it last?\n\nAs long as it takes.\n\nThis interview has been edited for length.\n",
      [["Because management will not listen.", "Tom Reid"], ["As long as it takes.", "Tom Reid"]]],
  ], { speaker: named });

  statements(fr, [
    // The quote in the headline that names the interviewee is theirs.
    ["« Nous tiendrons » : entretien avec Claire Morin\n\nLa réforme est-elle juste ?\n\nNon.\n\nEt ensuite ?\n\nUne taxe.\n",
      [["« Nous tiendrons »", "Claire Morin"], ["Non.", "Claire Morin"], ["Une taxe.", "Claire Morin"]]],
    // Not an interview: one question and one answer.
    ["Entretien avec Claire Morin\n\nLa réforme est-elle juste ?\n\nNon.\n", []],
  ], { speaker: named });
  // Not an interview: a news story that mentions an interview (“said in an interview with CBC”).
  statements(en, [
    ["Tom Reid said in an interview with Anne Duval that the strike would continue.\n\nWhy now?\n\nNobody knows.\n\nWhat next?\n\nA vote.\n",
      [["the strike would continue", "Tom Reid"]]],
  ], { speaker: named });

  it("a quote inside an answer keeps its own speaker", () => {
    const text = "Interview with Tom Reid\n\nWhat did the mayor say?\n\nShe told us “the money is there,” and I believe her.\n\n" +
      "And then?\n\nWe signed.\n";
    const qs = analyze(text, { lang: "en" }).quotes;
    assert.ok(qs.some((q) => q.text === "She told us “the money is there,” and I believe her." && q.speaker?.name === "Tom Reid"));
  });
});
