// The folder's share of voice from the index's digests: the totals each digest carries, merged under each file's
// name, equal the engine's own map and reduce over the same articles; a digest shared by two files of one content
// counts twice under two names and is left unchanged. Invented articles.
import * as assert from "node:assert/strict";
import { digestOf } from "../../src/corpus/digest";
import { folderTotals } from "../../src/corpus/share";
import { analyze, articleTotals, canonicalTotals, corpusShare, dateKey, emptyTotals, mergeTotals, readDate } from "../../src/engine";

const ARTICLES: Record<string, string> = {
  "a.txt": "---\ndate: 2024-03-01\n---\nBudget\n\n“We will not sign this budget,” said Councillor Nadia Roy on Monday.\n",
  "b.txt": "---\ndate: 2024-03-15\n---\nBudget\n\n“The budget is fair,” said Mayor Paul Girard. “We keep our promises,” Councillor Nadia Roy said.\n",
  "c.txt": "Budget\n\n“Nobody asked us,” said a resident of the east end, who asked not to be named.\n",
};

describe("corpus: the folder's share of voice", () => {
  const digests = Object.entries(ARTICLES).map(([f, text]): [string, ReturnType<typeof digestOf>] => [f, digestOf(analyze(text), text)]);

  it("equals the engine's map and reduce over the same articles", () => {
    const expected = Object.entries(ARTICLES).map(([f, text]) => articleTotals(f, analyze(text), { date: dateKey(readDate(text)) }))
      .reduce(mergeTotals, emptyTotals());
    assert.deepEqual(canonicalTotals(folderTotals(digests, (f) => f)), canonicalTotals(expected));
  });

  it("counts statements and words per speaker and by date", () => {
    const share = corpusShare(folderTotals(digests, (f) => f));
    const roy = share.speakers.find((s) => s.name === "Nadia Roy");
    assert.deepEqual([roy?.statements, roy?.articles, roy?.gender], [2, 2, "f"]);
    assert.deepEqual(share.byDate.map((d) => [d.date, d.articles, d.statements]), [["2024-03-01", 1, 1], ["2024-03-15", 1, 2]]);
    assert.equal(share.bySource.unnamed.statements, 1);
  });

  it("names each file, and leaves a digest two files share as it was", () => {
    const shared = digests[0][1];
    const before = JSON.stringify(shared);
    const t = folderTotals([["x/one.txt", shared], ["y/two.txt", shared]], (f) => f.toUpperCase());
    assert.deepEqual(t.byArticle.map((a) => a.id).sort(), ["X/ONE.TXT", "Y/TWO.TXT"]);
    assert.equal(t.articles, 2);
    assert.equal(t.byDate["2024-03-01"].articles, 2);
    assert.equal(JSON.stringify(shared), before);
  });
});
