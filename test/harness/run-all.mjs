// @ts-check
// `npm test`: the static checks (types, lint), the unit suite (plain Node), the Dask suite, the extension-host suite (inside a real VS Code) and the UI suite
// (workbench driven by chromium, extension from the repo and from the .vsix), one after the other. Each suite
// prints its own counts; the last line is the total, exactly `N passed, N failed`. Exit code 1 if anything failed.
// (Compiling and bundling happen before, in the `pretest` script.)
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { REPO_ROOT, ensureRuntime } from "./vscode.mjs";
import { readResults } from "./results.mjs";

const MOCHA = path.join(REPO_ROOT, "node_modules/mocha/bin/mocha.js");
const REPORTER = path.join(REPO_ROOT, "test/harness/count-reporter.cjs");
const suites = [
  { name: "static", args: [path.join(REPO_ROOT, "test/harness/static.mjs")] },
  { name: "unit", args: [MOCHA, "--reporter", REPORTER] },
  // The CLI as the map stage of Dask distributed (Debian's python3-distributed: `npm run setup:dask`).
  { name: "dask", args: [MOCHA, "--no-config", "--reporter", REPORTER, "test/dask/*.test.mjs"], setup: "scripts/setup-dask.sh" },
  { name: "extension-host", args: [path.join(REPO_ROOT, "test/harness/exthost.mjs")], needsVSCode: true },
  { name: "ui", args: [MOCHA, "--no-config", "--reporter", REPORTER, "test/ui/*.test.mjs"], needsVSCode: true },
];
const only = process.env.WSW_SUITES?.split(",");

const resultsFile = path.join(fs.mkdtempSync(path.join(os.tmpdir(), "wsw-results-")), "results.jsonl");
let exitCode = 0;
// The suites that run a real VS Code install it first when it is missing (a fresh clone: `npm ci && npm test`).
/** @type {boolean | undefined} */
let runtimeReady;
for (const suite of suites) {
  if (only && !only.includes(suite.name)) continue;
  if (suite.needsVSCode) runtimeReady ??= ensureRuntime();
  // A suite with a set-up script installs what it needs when missing (the script does nothing when it is there).
  if (suite.setup) spawnSync("bash", [path.join(REPO_ROOT, suite.setup)], { cwd: REPO_ROOT, stdio: "inherit" });
  console.log(`\n=== ${suite.name} suite ===`);
  const before = readResults(resultsFile).length;
  const r = spawnSync(process.execPath, suite.args, {
    cwd: REPO_ROOT,
    stdio: "inherit",
    env: { ...process.env, WSW_RESULTS_FILE: resultsFile, WSW_SUITE: suite.name },
  });
  if (r.status !== 0) exitCode = 1;
  // a suite that died before reporting its counts (crash, load error, signal) counts as one failure
  if (readResults(resultsFile).length === before) {
    console.log(`${suite.name} suite: no counts reported (exit ${r.status ?? r.signal}), counted as 1 failure`);
    fs.appendFileSync(resultsFile, JSON.stringify({ suite: suite.name, passed: 0, failed: 1, seconds: 0 }) + "\n");
  }
  if (r.signal === "SIGINT") break;
}

const results = readResults(resultsFile);
fs.rmSync(path.dirname(resultsFile), { recursive: true, force: true });
console.log("\n=== summary ===");
for (const r of results) console.log(`${r.suite.padEnd(16)} ${r.passed} passed, ${r.failed} failed  (${r.seconds}s)`);
const passed = results.reduce((n, r) => n + r.passed, 0);
const failed = results.reduce((n, r) => n + r.failed, 0);
if (failed > 0) exitCode = 1;
console.log(`${passed} passed, ${failed} failed`);
process.exit(exitCode);
