// The CLI at corpus scale, run as a user runs it (bin/who-said-what.js on the built dist/): a generated folder and
// generated jsonl (invented sentences), on a pool of worker threads; output in input order, equal to the in-process
// contract; CSV per RFC 4180; Parquet read back; totals of two halves merged equal the totals of the whole.
import * as assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import * as fs from "node:fs";
import * as os from "node:os";
import * as path from "node:path";
import { PassThrough } from "node:stream";
import { runJsonl } from "../../src/cli/jsonl";
import { globTest } from "../../src/cli/corpus/walk";

const ROOT = path.resolve(__dirname, "../../..");
const BIN = path.join(ROOT, "bin/who-said-what.js");
const GEN = path.join(ROOT, "scripts/gen-articles.mjs");

function cli(args: string[], input?: string) {
  const r = spawnSync(process.execPath, [BIN, ...args], { input, encoding: "utf8", maxBuffer: 1 << 28 });
  return { out: r.stdout, err: r.stderr, status: r.status };
}
const gen = (args: string[]) => spawnSync(process.execPath, [GEN, ...args], { encoding: "utf8", maxBuffer: 1 << 28 }).stdout;

/** RFC 4180 records (quoted fields may hold commas, quote marks doubled, line breaks). */
function parseCsv(s: string): string[][] {
  const rows: string[][] = [];
  let row: string[] = [];
  let i = 0;
  while (i < s.length) {
    let field = "";
    if (s[i] === '"') {
      i++;
      for (;;) {
        const j = s.indexOf('"', i);
        field += s.slice(i, j);
        i = j + 1;
        if (s[i] === '"') { field += '"'; i++; } else break;
      }
    } else {
      const m = /[,\r]/g;
      m.lastIndex = i;
      const j = m.exec(s)?.index ?? s.length;
      field = s.slice(i, j);
      i = j;
    }
    row.push(field);
    if (s[i] === ",") i++;
    else if (s.startsWith("\r\n", i)) { rows.push(row); row = []; i += 2; }
    else assert.fail(`bad CSV at ${i}`);
  }
  return rows;
}

describe("CLI corpus mode", function () {
  this.timeout(60_000);
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), "wsw-corpus-"));
  const folder = path.join(dir, "articles");
  const jsonl = gen(["--count", "40", "--seed", "7"]);
  before(() => {
    spawnSync(process.execPath, [GEN, "--count", "24", "--seed", "3", "--dir", folder]);
    fs.mkdirSync(path.join(folder, ".hidden"));
    fs.writeFileSync(path.join(folder, ".hidden", "secret.txt"), "« Caché », a dit Paul Girard.");
    fs.writeFileSync(path.join(folder, "notes.json"), "{}");
    fs.mkdirSync(path.join(folder, "sub"));
    fs.writeFileSync(path.join(folder, "sub", "big.txt"), "“Too long,” Ann Smith said. ".repeat(100));
    fs.writeFileSync(path.join(folder, "sub", "small.txt"), "“Short,” Ann Smith said.");
    fs.writeFileSync(path.join(folder, "sub", "binary.txt"), "abc\u0000def");
    fs.writeFileSync(path.join(folder, "sub", "README.md"), "These articles were collected by Ann Smith.");
  });
  after(() => fs.rmSync(dir, { recursive: true, force: true }));

  it("walks a folder for the default globs, in name order, skipping hidden folders, files over the size limit and binary files", () => {
    const r = cli(["--jobs", "2", "--max-size", "2000", folder]);
    const ids = r.out.trim().split("\n").map((l) => JSON.parse(l).id as string);
    const expected = fs.readdirSync(folder).filter((f) => /\.(?:txt|md|article)$/.test(f) && fs.statSync(path.join(folder, f)).size <= 2000).sort()
      .map((f) => path.join(folder, f));
    // sub/README.md describes the folder: no article, so not walked.
    assert.deepEqual(ids, [...expected, path.join(folder, "sub", "small.txt")]);
    assert.match(r.err, /big\.txt: \d+ bytes, over the 2000-byte limit, skipped/);
    assert.match(r.err, /binary\.txt: binary file, skipped/);
    assert.equal(r.status, 1, "a file that could not be read is an error");
  });

  it("takes a README named on the command line, though a walk passes it over", () => {
    const readme = path.join(folder, "sub", "README.md");
    const r = cli(["--format", "jsonl", readme]);
    assert.equal(r.status, 0, r.err);
    assert.deepEqual(r.out.trim().split("\n").map((l) => JSON.parse(l).id), [readme]);
  });

  it("gives, on jsonl, in input order, the very records of the in-process contract", async () => {
    const input = new PassThrough();
    const output = new PassThrough();
    const chunks: string[] = [];
    output.on("data", (c) => chunks.push(String(c)));
    const done = runJsonl(input, output);
    input.end(jsonl);
    await done;
    const r = cli(["--input", "jsonl", "--format", "jsonl", "--jobs", "3"], jsonl);
    assert.equal(r.status, 0, r.err);
    assert.equal(r.out.split("\n").length, 41);
    assert.equal(r.out, chunks.join(""));
  });

  it("stops on a line that is not JSON, naming it", () => {
    const r = cli(["--input", "jsonl", "--jobs", "2"], jsonl.split("\n").slice(0, 3).join("\n") + "\n{oops\n");
    assert.equal(r.status, 1);
    assert.match(r.err, /line 4: bad JSON/);
  });

  it("writes CSV (RFC 4180, one header, one row per statement with its file) and Parquet with the same rows", async () => {
    const csv = cli(["--format", "csv", "--jobs", "2", folder, "--max-size", "2000"]);
    const rows = parseCsv(csv.out);
    assert.equal(rows[0].join(","), "file,speaker,role,source,gender_hint,kind,reporting_verb,text,line,start,end");
    assert.ok(rows.length > 50);
    assert.ok(rows.slice(1).every((r) => r.length === 11 && r[0].startsWith(folder)));
    const statements = cli(["--format", "totals", folder, "--max-size", "2000"]);
    assert.equal(rows.length - 1, JSON.parse(statements.out).statements);
    const file = path.join(dir, "out.parquet");
    // Small row groups, so that several are written out and flushed as the rows come.
    const pq = cli(["--format", "parquet", "--out", file, "--row-group", "7", "--jobs", "2", folder, "--max-size", "2000"]);
    assert.equal(pq.status, 1, pq.err);
    const { parquetMetadata, parquetReadObjects } = await import("hyparquet");
    const bytes = fs.readFileSync(file);
    const buffer = bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
    assert.equal(parquetMetadata(buffer).row_groups.length, Math.ceil((rows.length - 1) / 7));
    const objects = await parquetReadObjects({ file: buffer });
    assert.equal(objects.length, rows.length - 1);
    const back = objects.map((o) => rows[0].map((c) => (o[c] === null || o[c] === undefined ? "" : String(o[c]))));
    assert.deepEqual(back, rows.slice(1));
  });

  it("writes the share-of-voice report, and the totals of two halves merged give the same totals and report", () => {
    const lines = jsonl.trim().split("\n");
    const whole = path.join(dir, "whole.md");
    const totals = cli(["--input", "jsonl", "--format", "totals", "--report", whole], jsonl);
    const half = (ls: string[]) => cli(["--input", "jsonl", "--format", "totals", "--jobs", "1"], ls.join("\n") + "\n").out;
    const parts = half(lines.slice(20)) + half(lines.slice(0, 20));
    const merged = cli(["--merge", "--format", "totals"], parts);
    assert.equal(merged.out, totals.out);
    const report = cli(["--merge"], parts);
    assert.equal(report.out, fs.readFileSync(whole, "utf8"));
    assert.match(report.out, /^# Share of voice across the corpus\n\n40 articles/);
    assert.ok(JSON.parse(totals.out).byDate && Object.keys(JSON.parse(totals.out).byDate).length > 0, "generated datelines are read");
  });

  it("dates a jsonl document by its date field before its dateline", () => {
    const docs = [{ id: 1, text: "5 juillet 2012. - « Oui », a dit Paul Girard.", date: "2014-03-02" }, { id: 2, text: "5 juillet 2012. - « Non », a dit Paul Girard." }];
    const r = cli(["--input", "jsonl", "--format", "totals", "--jobs", "1"], docs.map((d) => JSON.stringify(d)).join("\n"));
    assert.deepEqual(Object.keys(JSON.parse(r.out).byDate), ["2012-07-05", "2014-03-02"]);
  });
});

describe("CLI corpus globs", () => {
  const rows: [string[], string, boolean][] = [
    [["*.txt", "*.md", "*.article"], "a.txt", true],
    [["*.txt", "*.md", "*.article"], "A.TXT", true],
    [["*.txt", "*.md", "*.article"], "notes.json", false],
    [["*.txt"], "a.txt.bak", false],
    [["**/*.md"], "readme.md", true],
    [["news-??.txt"], "news-01.txt", true],
    [["news-??.txt"], "news-1.txt", false],
    [["a+b.txt"], "aab.txt", false],
  ];
  for (const [globs, name, ok] of rows) it(`${globs.join(" ")} ${ok ? "takes" : "leaves"} ${name}`, () => assert.equal(globTest(globs)(name), ok));
});
