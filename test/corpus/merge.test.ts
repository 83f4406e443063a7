// People across a folder: merged by canonical name (case, accents, spacing ignored) and by the aliases an article
// gives, never through an alias two full names share; counts of articles, mentions and statements.
import * as assert from "node:assert/strict";
import { buildCorpus, nameKey } from "../../src/corpus/merge";
import { digest, entity } from "./helpers";

const people = (files: [string, ReturnType<typeof digest>][]) =>
  buildCorpus(files).people.map((p) => [p.name, p.articles.map((a) => a.file), p.mentions, p.statements]);

describe("corpus: people merged across articles", () => {
  it("folds case, accents, apostrophes and spaces in a name key", () => {
    assert.equal(nameKey("Élisabeth  Borne"), "elisabeth borne");
    assert.equal(nameKey("Jean-Yves Le Drian"), nameKey("jean-yves le drian"));
    assert.equal(nameKey("N’Golo Kanté"), nameKey("N'Golo Kante"));
  });

  it("merges the same canonical name written differently", () => {
    assert.deepEqual(people([["a", digest([entity("Élisabeth Borne")], [0])], ["b", digest([entity("Elisabeth Borne")])]]),
      [["Élisabeth Borne", ["a", "b"], 2, 1]]);
  });

  it("merges a short form into the one full name an article gives it as an alias", () => {
    const corpus = buildCorpus([
      ["a", digest([entity("Emmanuel Macron", ["Macron"])], [0, 0])],
      ["b", digest([entity("Macron")], [0])],
    ]);
    assert.deepEqual(corpus.people.map((p) => [p.name, p.aliases, p.articles.length, p.mentions, p.statements]),
      [["Emmanuel Macron", ["Macron"], 2, 3, 3]]);
    assert.equal(corpus.find("person", "macron"), corpus.people[0]);
  });

  it("does not merge through an alias two full names share", () => {
    const rows = people([
      ["a", digest([entity("Marine Le Pen", ["Le Pen"])])],
      ["b", digest([entity("Jean-Marie Le Pen", ["Le Pen"])])],
      ["c", digest([entity("Le Pen")])],
    ]);
    assert.deepEqual(rows.map((r) => r[0]).sort(), ["Jean-Marie Le Pen", "Le Pen", "Marine Le Pen"]);
  });

  it("counts an article once when it names a person twice without linking the names", () => {
    const corpus = buildCorpus([
      ["a", digest([entity("Emmanuel Macron", ["Macron"])])],
      ["b", digest([entity("Emmanuel Macron"), entity("Macron")], [1])],
    ]);
    const [p] = corpus.people;
    assert.deepEqual(p.articles.map((a) => [a.file, a.entities, a.statements]), [["a", [0], 0], ["b", [0, 1], 1]]);
  });

  it("keeps kinds apart: a person and a place of the same name", () => {
    const corpus = buildCorpus([["a", digest([entity("Washington"), entity("Washington", [], "place")])]]);
    assert.equal(corpus.people.length, 1);
    assert.equal(corpus.places.length, 1);
    assert.notEqual(corpus.find("person", "Washington"), corpus.find("place", "Washington"));
  });

  it("orders by number of articles, then mentions", () => {
    const rows = people([
      ["a", digest([entity("Ann Lee"), entity("Bo Chen", [], "person", 5)])],
      ["b", digest([entity("Ann Lee")])],
    ]);
    assert.deepEqual(rows.map((r) => r[0]), ["Ann Lee", "Bo Chen"]);
  });
});
