// The same quote elsewhere: normalised words, the same and nearly the same words found through the MinHash
// buckets, the changed words, and quotes that must not match (other words, too short, indirect speech).
import * as assert from "node:assert/strict";
import type { ArticleDigest } from "../../src/corpus/digest";
import { QuoteIndex, quoteWords, wordDiff } from "../../src/corpus/echoes";
import { emptyTotals } from "../../src/engine";

const QUOTE = "“Nobody in this country should have to drive three hours to see a nurse,”";

function folder(quotes: Record<string, ([string] | [string, "indirect"])[]>): [string, ArticleDigest][] {
  return Object.entries(quotes).map(([file, list]) => [file, {
    lang: "en", length: 0, lines: [], entities: [], totals: emptyTotals(),
    quotes: list.map(([text, kind], i) => ({ start: i, end: i + 1, kind: kind ?? ("direct" as const), text, who: "X" })),
  }]);
}

function index(files: [string, ArticleDigest][]) {
  const map = new Map(files);
  return new QuoteIndex((f) => map.get(f), files);
}

describe("corpus: the same quote in other articles", () => {
  it("normalises words: case, accents, apostrophes and marks ignored", () => {
    assert.deepEqual(quoteWords("« L’Iran ne renoncera JAMAIS », a-t-il dit"), ["l'iran", "ne", "renoncera", "jamais", "a", "t", "il", "dit"]);
  });

  it("diffs words", () => {
    assert.deepEqual(wordDiff(["a", "b", "c", "d"], ["a", "x", "c", "d", "e"]), { removed: ["b"], added: ["x", "e"] });
  });

  const files = folder({
    "a.txt": [[QUOTE]],
    "b.txt": [["“Nobody in this country should have to drive three hours to see a nurse.”"], ["“The budget is balanced and the deficit is gone.”"]],
    "c.txt": [["“Nobody in this province should have to drive three hours to see a nurse,”"]],
    "d.txt": [["“Everybody in this town can walk ten minutes to see a doctor,”"]],
    "e.txt": [["Nobody in this country should have to drive three hours to see a nurse", "indirect"]],
    "f.txt": [["“See a nurse,”"]],
  });
  const echoes = index(files).echoes(QUOTE, "a.txt");

  it("finds the same words in another article, punctuation aside", () => {
    const b = echoes.find((e) => e.file === "b.txt");
    assert.deepEqual(b && [b.quote, b.same, b.similarity], [0, true, 1]);
  });

  it("finds nearly the same words and shows the changed ones", () => {
    const c = echoes.find((e) => e.file === "c.txt");
    assert.deepEqual(c && [c.same, c.removed, c.added], [false, ["country"], ["province"]]);
  });

  it("leaves out other words, indirect speech, the article asked from, and short quotes", () => {
    assert.deepEqual(echoes.map((e) => e.file), ["b.txt", "c.txt"]);
    assert.deepEqual(index(files).echoes("“See a nurse,”"), []);
  });

  it("compares a quote with the few that share a bucket, not with every quote", () => {
    const many = folder(Object.fromEntries(Array.from({ length: 3000 }, (_, i) =>
      [`g${i}.txt`, [[`“Number ${i} said the words ${i * 7} and ${i * 13} were ${i % 17} and final ${i}”`]]])));
    let lookups = 0;
    const map = new Map(many);
    const idx = new QuoteIndex((f) => (lookups++, map.get(f)), many);
    const found = idx.echoes("“Number 42 said the words 294 and 546 were 8 and final 42”");
    assert.deepEqual(found.map((e) => [e.file, e.same]), [["g42.txt", true]]);
    assert.ok(lookups < 300, `${lookups} quotes compared`);
  });
});
