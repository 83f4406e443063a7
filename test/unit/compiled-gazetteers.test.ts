// The compiled gazetteers (data/gazetteers.generated.ts, what the engine reads) hold exactly what the
// text tables of data/ say: run `node scripts/compile-gazetteers.mjs` after editing a table.
import * as assert from "node:assert/strict";
import { compiledGet, compileTable } from "../../src/engine/lexicon/compiled";
import * as generated from "../../src/engine/lexicon/data/gazetteers.generated";
import { buildGivenGenders, buildPlaces, compileGazetteers } from "../../src/engine/lexicon/gazetteer-build";
import { placeInfo } from "../../src/engine/lexicon/gazetteer";

describe("compiled gazetteers", () => {
  it("match the text tables (else run scripts/compile-gazetteers.mjs)", () => {
    const fresh = compileGazetteers();
    assert.deepEqual(Object.keys(fresh).sort(), Object.keys(generated).sort());
    for (const [name, buckets] of Object.entries(fresh)) {
      assert.deepEqual((generated as Record<string, readonly string[]>)[name], buckets, name);
    }
  });

  it("answer every name of a table, and no other", () => {
    const table = compileTable([["Paris", "x"], ["d'Ivoire", ""], ["Nice", "y"]]);
    assert.equal(compiledGet(table, "Paris"), "x");
    assert.equal(compiledGet(table, "d'Ivoire"), "");
    assert.equal(compiledGet(table, "Nice"), "y");
    for (const miss of ["Pari", "aris", "paris", "Paris ", "", "x", "Nice\tx"]) assert.equal(compiledGet(table, miss), undefined, miss);
  });

  it("give each place the kind, country and ambiguity of the tables", () => {
    const places = buildPlaces();
    for (const name of ["Paris", "Nice", "Mexico", "New York", "Ontario", "Jordan", "Côte d'Ivoire"]) {
      assert.deepEqual(placeInfo(name), places.get(name), name);
    }
    assert.equal(placeInfo("Zzyzzx"), undefined);
    assert.ok(buildGivenGenders().size > 1000);
  });
});
