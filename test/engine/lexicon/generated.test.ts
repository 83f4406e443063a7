// The tables that scripts/build-lexicons.mjs generates from the npm data packages (devDependencies) and the hand
// tables it reads (exonyms.ts, regions.ts, given-names.ts, demonyms-extra.ts) are what a fresh run writes: else an
// edit of a hand table compiled by compile-lexicons.mjs alone leaves them stale, and the next regeneration changes
// names nobody asked about. Fix: `npm run lexicons`, then commit the tables.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as path from "node:path";

const ROOT = path.resolve(__dirname, "../../../..");

describe("generated lexicon tables", () => {
  it("match a fresh run of scripts/build-lexicons.mjs (else run `npm run lexicons`)", function () {
    this.timeout(60_000);
    const r = spawnSync(process.execPath, [path.join(ROOT, "scripts/build-lexicons.mjs"), "--check"], { encoding: "utf8" });
    assert.equal(r.status, 0, r.stderr || r.stdout);
    assert.match(r.stdout, /up to date: .*first-names\.generated\.ts/);
  });
});
