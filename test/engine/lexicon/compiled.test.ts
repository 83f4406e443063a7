// The compiled lexicons (data/gazetteers.generated.ts, data/verb-forms.generated.ts and data/word-lists.generated.ts, what the
// engine reads) hold exactly what the tables of lexicon/ say: run `node scripts/compile-lexicons.mjs`
// after editing a table.
import * as assert from "node:assert/strict";
import { compiledGet, compileTable } from "../../../src/engine/lexicon/compiled";
import * as generated from "../../../src/engine/lexicon/data/gazetteers.generated";
import { buildGivenGenders, buildOrgs, buildPlaces, compileGazetteers } from "../../../src/engine/lexicon/gazetteer-build";
import { inKnownOrgName, matchOrg, orgInfo, placeInfo } from "../../../src/engine/lexicon/gazetteer";
import { LEXICON_DATA, lexiconFor } from "../../../src/engine/lexicon";
import { VERB_FORMS } from "../../../src/engine/lexicon/data/verb-forms.generated";
import { conjugateLexicon } from "../../../src/engine/lexicon/verb-forms";
import { WORD_LISTS } from "../../../src/engine/lexicon/data/word-lists.generated";
import { wordLists } from "../../../src/engine/lexicon/word-lists";
import type { Lang } from "../../../src/engine/types";

describe("compiled lexicons", () => {
  it("match the text tables (else run scripts/compile-lexicons.mjs)", () => {
    const fresh = compileGazetteers();
    assert.deepEqual(Object.keys(fresh).sort(), Object.keys(generated).sort());
    for (const [name, blocks] of Object.entries(fresh)) {
      assert.deepEqual((generated as Record<string, readonly string[] | number>)[name], blocks, name);
    }
  });

  it("answer every name of a table, and no other", () => {
    const table = compileTable([["Paris", "x"], ["d'Ivoire", ""], ["Nice", "y"]]);
    assert.equal(compiledGet(table, "Paris"), "x");
    assert.equal(compiledGet(table, "d'Ivoire"), "");
    assert.equal(compiledGet(table, "Nice"), "y");
    for (const miss of ["Pari", "aris", "paris", "Paris ", "", "x", "Nice=y", "A", "zzz"]) assert.equal(compiledGet(table, miss), undefined, miss);
  });

  it("give each place the kind, country and ambiguity of the tables", () => {
    const places = buildPlaces();
    for (const name of ["Paris", "Nice", "Mexico", "New York", "Ontario", "Jordan", "Côte d'Ivoire"]) {
      assert.deepEqual(placeInfo(name), places.get(name), name);
    }
    assert.equal(placeInfo("Zzyzzx"), undefined);
    assert.ok(buildGivenGenders().size > 1000);
  });

  it("give each organisation the kind and ambiguity of the tables, and know the lower-case words of their names", () => {
    const orgs = buildOrgs();
    for (const [name, info] of orgs) assert.deepEqual(orgInfo(name), info, name);
    assert.equal(orgInfo("Zzyzzx Holdings"), undefined);
    assert.ok(inKnownOrgName("socialiste") && !inKnownOrgName("Parti"));
    assert.equal(matchOrg(["Parti", "socialiste", "a", "dit"], 0)?.length, 2);
  });

  it("hold the verb forms the reporting verbs conjugate to (else run scripts/compile-lexicons.mjs)", () => {
    for (const lang of Object.keys(LEXICON_DATA) as Lang[]) assert.deepEqual(VERB_FORMS[lang], conjugateLexicon(LEXICON_DATA[lang], lang), lang);
  });

  it("hold the word lists split and in lower case (else run scripts/compile-lexicons.mjs)", () => {
    for (const lang of Object.keys(LEXICON_DATA) as Lang[]) assert.deepEqual(WORD_LISTS[lang], wordLists(LEXICON_DATA[lang]), lang);
  });

  it("still conjugate a user's extra verbs at run time", () => {
    const fr = lexiconFor("fr", ["zigouiller"]);
    assert.ok(fr.verbForms.has("zigouille") && fr.verbForms.has("zigouillé") && fr.verbForms.has("déclare"));
    assert.ok(!lexiconFor("fr").verbForms.has("zigouille"));
    assert.ok(lexiconFor("en", ["zorble"]).verbForms.has("zorbled") && !lexiconFor("en").verbForms.has("zorbled"));
  });
});
