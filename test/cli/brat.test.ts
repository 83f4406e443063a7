// --format brat writes the text's copy and its .ann beside it, and never overwrites without --force.
import * as assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { writeBrat } from "../../src/cli/brat";
import { analyze, BRAT_CONF } from "../../src/engine";

describe("CLI brat export", () => {
  const text = "« Nous sommes prêts », a déclaré Pierre Dupont.";
  let dir: string;
  beforeEach(() => { dir = mkdtempSync(join(tmpdir(), "wsw-brat-")); });
  afterEach(() => rmSync(dir, { recursive: true, force: true }));

  it("writes name.txt (the text as is), name.ann and annotation.conf", () => {
    assert.equal(writeBrat(dir, "/x/article.fr.txt", text, analyze(text, { lang: "fr" }), false), 0);
    assert.equal(readFileSync(join(dir, "article.fr.txt"), "utf8"), text);
    assert.match(readFileSync(join(dir, "article.fr.ann"), "utf8"), /\tPerson \d+ \d+\tPierre Dupont\n/);
    assert.equal(readFileSync(join(dir, "annotation.conf"), "utf8"), BRAT_CONF);
  });

  it("refuses to overwrite an existing .ann unless forced, and keeps an existing annotation.conf", () => {
    writeFileSync(join(dir, "a.ann"), "mine");
    writeFileSync(join(dir, "annotation.conf"), "my conf");
    const a = analyze(text, { lang: "fr" });
    const errors: string[] = [];
    const error = console.error;
    console.error = (m: string) => errors.push(m);
    try {
      assert.equal(writeBrat(dir, "a.txt", text, a, false), 1);
      assert.equal(readFileSync(join(dir, "a.ann"), "utf8"), "mine");
      assert.match(errors[0], /already exist/);
      assert.equal(writeBrat(dir, "a.txt", text, a, true), 0);
    } finally {
      console.error = error;
    }
    assert.notEqual(readFileSync(join(dir, "a.ann"), "utf8"), "mine");
    assert.equal(readFileSync(join(dir, "annotation.conf"), "utf8"), "my conf");
  });
});
