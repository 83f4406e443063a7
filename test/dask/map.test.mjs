// @ts-check
// The CLI as the map stage of Dask distributed (scripts/dask/map.py): on a LocalCluster of two workers, over
// partitions of a generated jsonl archive (invented sentences), its parts, totals and report equal the
// single-process CLI's on the same input. Needs Debian's python3-distributed (npm run setup:dask).
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { fileURLToPath } from "node:url";

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "../..");
const PYTHON = process.env.WSW_PYTHON ?? (fs.existsSync("/usr/bin/python3") ? "/usr/bin/python3" : "python3");
const BIN = path.join(ROOT, "bin/who-said-what.js");

/** @param {string} cmd @param {string[]} args @param {import("node:child_process").SpawnSyncOptions} [opts] */
function run(cmd, args, opts = {}) {
  const r = spawnSync(cmd, args, { encoding: "utf8", maxBuffer: 1 << 28, ...opts });
  assert.equal(r.status, 0, `${cmd} ${args.join(" ")}: ${r.stderr}`);
  return String(r.stdout);
}

describe("Dask map stage", function () {
  this.timeout(300_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-dask-"));
  const archive = path.join(dir, "archive.jsonl");
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("finds Debian's python3-distributed", () => {
    const r = spawnSync(PYTHON, ["-c", "import distributed"], { encoding: "utf8" });
    assert.equal(r.status, 0, `${PYTHON} cannot import distributed: run \`npm run setup:dask\` (${r.stderr.trim().split("\n").pop()})`);
  });

  it("gives, on two workers, the parts, totals and report of the single-process CLI", () => {
    fs.writeFileSync(archive, run(process.execPath, [path.join(ROOT, "scripts/gen-articles.mjs"), "--count", "240", "--seed", "11"]));
    const single = run(process.execPath, [BIN, "--input", "jsonl", "--format", "jsonl", "--jobs", "2",
      "--totals", path.join(dir, "single-totals.json"), "--report", path.join(dir, "single.md")], { input: fs.readFileSync(archive) });
    const out = path.join(dir, "out");
    run(PYTHON, [path.join(ROOT, "scripts/dask/map.py"), archive, out, "--local-workers", "2", "--blocksize", "40000", "--merge-fan-in", "2"]);
    const parts = fs.readdirSync(out).filter((f) => /^part-\d{5}\.jsonl$/.test(f)).sort();
    assert.ok(parts.length >= 4, `several partitions and merge levels (${parts.length} parts)`);
    const joined = parts.map((p) => fs.readFileSync(path.join(out, p), "utf8")).join("");
    assert.equal(joined.split("\n").length - 1, 240);
    assert.equal(joined, single);
    assert.equal(fs.readFileSync(path.join(out, "totals.json"), "utf8"), fs.readFileSync(path.join(dir, "single-totals.json"), "utf8"));
    assert.equal(fs.readFileSync(path.join(out, "report.md"), "utf8"), fs.readFileSync(path.join(dir, "single.md"), "utf8"));
    assert.equal(JSON.parse(fs.readFileSync(path.join(out, "totals.json"), "utf8")).articles, 240);
  });
});
