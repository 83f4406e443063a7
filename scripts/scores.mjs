#!/usr/bin/env node
// One table of every dev score (../shared/corpus), as issue work asks: each change measured on all corpora at once.
//   node scripts/scores.mjs                     score the current build (bin/who-said-what.js)
//   node scripts/scores.mjs --save before.json  also keep the figures;  --against before.json  adds a delta column
//   node scripts/scores.mjs --half tune|check   only the articles of one half (a stable hash of each id): look at
//                                               errors in "tune", confirm on "check" that a rule generalises
//   CLI=path/to/cli.js CORPUS_DIR=… as in eval-dev.sh. Optional tooling: nothing in the project depends on it.
import { execFile, spawn } from "node:child_process";
import fs from "node:fs";
import path from "node:path";
import { promisify } from "node:util";
import { createHash } from "node:crypto";

const run = promisify(execFile);
const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const corpus = path.resolve(root, process.env.CORPUS_DIR ?? "../shared/corpus");
const cli = path.resolve(root, process.env.CLI ?? "bin/who-said-what.js");
const arg = (f) => { const i = process.argv.indexOf(f); return i >= 0 ? process.argv[i + 1] : undefined; };
fs.mkdirSync(path.join(root, ".cache"), { recursive: true });
const out = fs.mkdtempSync(path.join(root, ".cache", "scores-"));

/** The half an article falls in: the first byte of the SHA-1 of its id, even → "tune", odd → "check". */
const halfOf = (id) => (createHash("sha1").update(String(id)).digest()[0] % 2 === 0 ? "tune" : "check");

/** The gold file to score: the whole corpus, or with --half, only that half's articles (written under out/). */
function goldFile(name) {
  const whole = path.join(corpus, `${name}.dev.jsonl`);
  const half = arg("--half");
  if (!half) return whole;
  const lines = fs.readFileSync(whole, "utf8").split("\n").filter((l) => l.trim() && halfOf(JSON.parse(l).id) === half);
  const file = path.join(out, `${name}.gold.jsonl`);
  fs.writeFileSync(file, lines.join("\n") + "\n");
  return file;
}

/** Runs the CLI on one corpus (stdin from the gold file) and scores its output with the corpus's score.js. */
async function score(name) {
  const gold = goldFile(name);
  const pred = path.join(out, `${name}.jsonl`);
  await new Promise((resolve, reject) => {
    const p = spawn(process.execPath, [cli, "--input", "jsonl", "--format", "jsonl"], { stdio: [fs.openSync(gold, "r"), fs.openSync(pred, "w"), "inherit"] });
    p.on("error", reject);
    p.on("exit", (code) => (code === 0 ? resolve() : reject(new Error(`${name}: the CLI exited with ${code}`))));
  });
  const r = await run(process.execPath, [path.join(corpus, "score.js"), gold, pred, "--json"], { maxBuffer: 1 << 28 });
  return [name, JSON.parse(r.stdout)];
}

const pct = (x) => (x == null ? undefined : Math.round(x * 1000) / 10);
function rows(name, s) {
  const r = [];
  const add = (what, v) => { if (v !== undefined && !Number.isNaN(v)) r.push([name, what, v]); };
  for (const [lang, a] of Object.entries(s)) {
    const tag = lang === "ALL" ? "" : ` (${lang.replace("lang=", "")})`;
    if (tag && !["hipe"].includes(name)) continue;
    for (const k of ["people", "orgs", "places"]) {
      if (!a[k]) continue;
      if (!tag) add(`${k} exact F1`, pct(a[k].exact?.f));
      add(`${k} overlap F1${tag}`, pct(a[k].overlap?.f));
    }
    if (tag) continue;
    if (a.peopleDoc) add("people doc-level F1", pct(a.peopleDoc.f));
    if (a.quotes) {
      add("quotes P", pct(a.quotes.p)); add("quotes R", pct(a.quotes.r)); add("quotes F1", pct(a.quotes.f));
      for (const [k, v] of Object.entries(a.quoteRecallByKind ?? {})) add(`recall ${k}`, pct(v.recall));
    }
    if (a.speaker?.matched) {
      add("speaker acc.", pct(a.speaker.accuracyOnMatched));
      add("speaker acc. non-pronoun", pct(a.speaker.accuracyOnMatchedNonPronounGold));
      add("quote+speaker F1", pct(a.speaker.endToEnd?.f));
    }
  }
  return r;
}

const flagValues = new Set(["--save", "--against", "--half"].map(arg).filter(Boolean));
const positional = process.argv.slice(2).filter((a) => !a.startsWith("--") && !flagValues.has(a));
const names = (positional.length
  ? positional
  : fs.readdirSync(corpus).filter((f) => f.endsWith(".dev.jsonl")).map((f) => f.replace(".dev.jsonl", "")));
const results = [];
for (let i = 0; i < names.length; i += 2) results.push(...(await Promise.all(names.slice(i, i + 2).map(score))));
fs.rmSync(out, { recursive: true, force: true });
const table = results.flatMap(([n, s]) => rows(n, s));
const prev = arg("--against") ? JSON.parse(fs.readFileSync(arg("--against"), "utf8")) : null;
const key = (r) => `${r[0]}|${r[1]}`;
const before = new Map((prev ?? []).map((r) => [key(r), r[2]]));
for (const r of table) {
  const b = before.get(key(r));
  const d = b === undefined ? "" : (r[2] - b === 0 ? "  =" : `  ${r[2] - b > 0 ? "+" : ""}${(r[2] - b).toFixed(1)}  (was ${b})`);
  console.log(`${r[0].padEnd(12)} ${r[1].padEnd(26)} ${String(r[2]).padStart(5)}${d}`);
}
if (arg("--save")) fs.writeFileSync(arg("--save"), JSON.stringify(table));
