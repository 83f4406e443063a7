// Corpus totals: one article's totals agree with its share of voice; merging is associative and commutative; names
// fold by the articles' own aliases (never when two people share the alias); dates, articles and the report.
import * as assert from "node:assert/strict";
import fc from "fast-check";
import {
  analyze, articleTotals, canonicalTotals, corpusShare, dateKey, emptyTotals, entityKey, mergeInto, mergeTotals, readDate, shareOfVoice, toCorpusMarkdown,
  type CorpusTotals,
} from "../../../src/engine";

const ARTICLES: [string, string][] = [
  ["a.txt", "5 juillet 2012. - « Nous tiendrons », a déclaré Paul Girard à Lyon. Girard a ensuite quitté la salle. « Rien ne change », a affirmé Mme Claire Fontaine."],
  ["b.txt", "« Le budget est prêt », a dit Girard mardi. « Tout va mal », a expliqué un témoin."],
  ["c.txt", "WASHINGTON, July 5, 2012 — “We will win,” Ann Smith said. Smith smiled. The Red Cross said the roads were closed."],
  ["d.txt", "“We will lose,” John Smith said. Smith left."],
  ["e.txt", "“Maybe,” Smith said. “Never,” she added."],
  ["f.txt", "Nobody said anything here."],
];

const totalsOf = ([id, text]: [string, string], limit?: number) =>
  articleTotals(id, analyze(text), { date: dateKey(readDate(text)), articleLimit: limit });

describe("corpus totals", () => {
  const parts = ARTICLES.map((a) => totalsOf(a));

  it("gives one article the numbers of its own share of voice", () => {
    for (const [i, [, text]] of ARTICLES.entries()) {
      const v = shareOfVoice(analyze(text));
      const t = parts[i];
      assert.deepEqual([t.statements, t.words], [v.statements, v.words]);
      for (const g of ["f", "m", "unknown"] as const) assert.deepEqual([t.byGender[g].statements, t.byGender[g].words], [v.byGender[g].statements, v.byGender[g].words]);
      for (const k of ["person", "org", "unnamed", "unattributed"] as const) assert.equal(t.bySource[k].words, v.bySource[k].words);
    }
  });

  it("merges associatively and commutatively, leaves its inputs alone and survives JSON", () => {
    const before = JSON.stringify(parts);
    const left = parts.reduce((a, b) => mergeTotals(a, b), emptyTotals());
    const right = parts.reduceRight((a, b) => mergeTotals(b, a), emptyTotals());
    const shuffled = [3, 0, 5, 1, 4, 2].map((i) => parts[i]);
    const pairs = mergeTotals(mergeTotals(mergeTotals(shuffled[0], shuffled[1]), mergeTotals(shuffled[2], shuffled[3])), mergeTotals(shuffled[4], shuffled[5]));
    const viaJson = parts.map((p) => JSON.parse(JSON.stringify(p)) as CorpusTotals).reduce((a, b) => mergeInto(a, b), emptyTotals());
    assert.deepEqual(right, left);
    assert.deepEqual(pairs, left);
    assert.deepEqual(viaJson, left);
    assert.equal(JSON.stringify(parts), before);
    assert.equal(left.articles, 6);
    assert.equal(left.quoting, 5);
    assert.equal(left.statements, parts.reduce((n, p) => n + p.statements, 0));
  });

  it("gives the same canonical totals for any order and grouping of the merges (property)", () => {
    const reference = JSON.stringify(canonicalTotals(parts.reduce((a, b) => mergeTotals(a, b), emptyTotals())));
    // A random tree: split the list at a drawn point, merge each side, merge the two.
    const tree = (xs: CorpusTotals[], cuts: number[]): CorpusTotals => {
      if (xs.length === 1) return xs[0];
      const at = 1 + ((cuts[0] ?? 0) % (xs.length - 1));
      return mergeTotals(tree(xs.slice(0, at), cuts.slice(1)), tree(xs.slice(at), cuts.slice(2)));
    };
    fc.assert(fc.property(fc.shuffledSubarray(parts.map((_, i) => i), { minLength: parts.length }), fc.array(fc.nat(), { maxLength: 8 }),
      (order, cuts) => JSON.stringify(canonicalTotals(tree(order.map((i) => parts[i]), cuts))) === reference), { numRuns: 60 });
  });

  it("folds a name into the one fuller name whose articles write it, and keeps a shared surname apart", () => {
    const share = corpusShare(parts.reduce((a, b) => mergeTotals(a, b), emptyTotals()));
    const girard = share.people.find((p) => p.name === "Paul Girard")!;
    assert.deepEqual([girard.articles, girard.statements, girard.keys], [2, 2, ["person:girard", "person:paul girard"]]);
    assert.ok(girard.aliases.includes("Girard"));
    assert.ok(!share.people.some((p) => p.name === "Girard"));
    // An article's person finds its corpus entry through entityKey (as the extension's corpus view does).
    const b = analyze(ARTICLES[1][1]);
    assert.equal(share.people.find((p) => p.keys.includes(entityKey("person", b.people[0].name)))?.name, "Paul Girard");
    const smiths = share.people.filter((p) => /Smith/.test(p.name)).map((p) => p.name).sort();
    assert.deepEqual(smiths, ["Ann Smith", "John Smith", "Smith"]);
    assert.equal(share.people.find((p) => p.name === "Claire Fontaine")!.gender, "f");
    assert.deepEqual(share.unnamed.map((u) => u.name), ["un témoin"]);
    assert.deepEqual(share.orgs.map((o) => o.name), ["Red Cross"]);
    const top = share.speakers[0];
    assert.ok(share.speakers.every((s, i) => i === 0 || s.words <= share.speakers[i - 1].words), "most words first");
    assert.ok(top.share > 0 && top.share <= 1);
    const sum = (r: Record<string, { words: number }>) => Object.values(r).reduce((n, t) => n + t.words, 0);
    assert.equal(sum(share.bySource), share.words);
    assert.equal(share.speakers.reduce((n, s) => n + s.words, 0), share.words);
  });

  it("counts the articles by date and keeps the articles with most quoted words, up to the limit", () => {
    const all = ARTICLES.map((a) => totalsOf(a, 2)).reduce((a, b) => mergeTotals(a, b), emptyTotals(2));
    assert.deepEqual(Object.keys(all.byDate), ["2012-07-05"]);
    assert.equal(all.byDate["2012-07-05"].articles, 2);
    assert.equal(all.byArticle.length, 2);
    assert.ok(all.byArticle[0].words >= all.byArticle[1].words);
    const words = ARTICLES.map((a) => totalsOf(a).words).sort((x, y) => y - x);
    assert.deepEqual(all.byArticle.map((a) => a.words), words.slice(0, 2));
    const share = corpusShare(all);
    assert.equal(share.byDate[0].date, "2012-07-05");
    assert.equal(share.byDate[0].words, all.byDate["2012-07-05"].words);
  });

  it("writes the Markdown report of the corpus", () => {
    const md = toCorpusMarkdown(corpusShare(parts.reduce((a, b) => mergeTotals(a, b), emptyTotals())), { title: "demo" });
    assert.match(md, /^# Share of voice across the corpus: demo\n\n6 articles \(5 with statements\)/);
    for (const h of ["## By gender hint", "## By kind of source", "## By speaker", "## Over time", "## By article", "## People"]) assert.ok(md.includes(h), h);
    assert.match(md, /\| Paul Girard \| 2 \| 3 \| 2 \|/);
    assert.match(md, /\| 2012-07 \| 2 \|/);
    assert.equal(toCorpusMarkdown(corpusShare(emptyTotals())).includes("No statements."), true);
  });
});
