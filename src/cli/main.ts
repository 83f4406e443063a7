// Command-line tool: the same engine as the extension.
//   who-said-what FILE...                      readable summary
//   who-said-what --format json FILE...        the analysis as JSON
//   who-said-what --format csv|markdown FILE...  one row per statement / a report with the share of voice
//   who-said-what --format brat --out DIR FILE... a copy of each text with its .ann (never overwrites without --force)
//   who-said-what --input jsonl --format jsonl < docs.jsonl > analyses.jsonl   (evaluation contract)
// Corpus scale (corpus/run.ts): a folder, or jsonl on stdin, on every core, streamed in constant memory:
//   who-said-what [--format jsonl|csv|parquet|text|report|totals] [--report FILE] [--totals FILE] DIR...
//   who-said-what --merge [--format report|totals] [TOTALS.json...]
import { createReadStream, readFileSync, statSync } from "node:fs";
import { availableParallelism } from "node:os";
import { analyze, toCsv, toMarkdown, type Lang } from "../engine";
import { writeBrat } from "./brat";
import { mergeTotalsFiles, runCorpus } from "./corpus/run";
import { DEFAULT_GLOBS, DEFAULT_MAX_SIZE } from "./corpus/walk";
import { summary } from "./summary";

const FORMATS = ["text", "json", "jsonl", "csv", "markdown", "brat", "parquet", "report", "totals"] as const;
type Format = (typeof FORMATS)[number];
const CORPUS_FORMATS: readonly Format[] = ["jsonl", "csv", "text", "parquet", "report", "totals"];
interface Args {
  format?: Format; input: "files" | "jsonl"; lang?: Lang; files: string[]; out?: string; force: boolean;
  jobs?: number; globs?: string[]; maxSize: number; report?: string; totals?: string; merge: boolean; articles: number; rowGroup?: number;
}

const USAGE = `usage: who-said-what [--format text|json|csv|markdown] [--lang fr|en] FILE...
       who-said-what --format brat --out DIR [--force] FILE...
       who-said-what --input jsonl --format jsonl < docs.jsonl > analyses.jsonl
corpus: who-said-what [--format jsonl|csv|parquet|text|report|totals] [--out FILE] [--report FILE.md]
                      [--totals FILE.json] [--jobs N] [--glob '*.txt'] [--max-size BYTES] [--articles N] [--row-group N] DIR...
        (or --input jsonl with the same options: documents on stdin, {"id","text","lang"?,"date"?} a line)
        who-said-what --merge [--format report|totals] [TOTALS.json...]   (totals from several runs, or stdin)
A folder is walked for ${DEFAULT_GLOBS.join(", ")} (--glob replaces them) up to ${DEFAULT_MAX_SIZE} bytes a file, on every
core; the output keeps the input order. --report writes the corpus share of voice in Markdown, --totals its totals;
Parquet goes out in row groups of --row-group statements (default 50000).`;

function parse(argv: string[]): Args {
  const a: Args = { input: "files", files: [], force: false, maxSize: DEFAULT_MAX_SIZE, merge: false, articles: 50 };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) fail(`${x} needs a value`); return v; };
    const int = () => { const v = Number(val()); if (!Number.isInteger(v) || v < 0) fail(`${x} needs a whole number`); return v; };
    if (x === "--format") { const v = val(); if (!(FORMATS as readonly string[]).includes(v)) fail(`unknown format ${v}`); a.format = v as Format; }
    else if (x === "--out") a.out = val();
    else if (x === "--force") a.force = true;
    else if (x === "--input") { const v = val(); if (v !== "jsonl" && v !== "files") fail(`unknown input ${v}`); a.input = v; }
    else if (x === "--lang") { const v = val(); if (v !== "fr" && v !== "en") fail(`unknown language ${v}`); a.lang = v; }
    else if (x === "--jobs") a.jobs = Math.max(1, int());
    else if (x === "--glob") (a.globs ??= []).push(val());
    else if (x === "--max-size") a.maxSize = int();
    else if (x === "--articles") a.articles = int();
    else if (x === "--row-group") a.rowGroup = Math.max(1, int());
    else if (x === "--report") a.report = val();
    else if (x === "--totals") a.totals = val();
    else if (x === "--merge") a.merge = true;
    else if (x === "-h" || x === "--help") { console.log(USAGE); process.exit(0); }
    else if (x.startsWith("--")) fail(`unknown option ${x}`);
    else a.files.push(x);
  }
  return a;
}

function fail(msg: string): never {
  console.error(`who-said-what: ${msg}\n${USAGE}`);
  process.exit(2);
}

const isDir = (p: string) => { try { return statSync(p).isDirectory(); } catch { return false; } };

/** Corpus scale: jsonl input, a folder, a corpus format or a corpus output asked for. */
function corpusMode(a: Args): boolean {
  return a.input === "jsonl" || a.files.some(isDir) || a.jobs !== undefined || a.report !== undefined || a.totals !== undefined
    || (a.format !== undefined && ["jsonl", "parquet", "report", "totals"].includes(a.format));
}

async function corpus(args: Args): Promise<number> {
  const format = args.format ?? "jsonl";
  if (!CORPUS_FORMATS.includes(format)) fail(`--format ${format} works on files; a folder or jsonl takes ${CORPUS_FORMATS.join(", ")}`);
  if (args.input === "jsonl" && args.files.length) fail("--input jsonl reads stdin; give no file");
  if (args.input !== "jsonl" && !args.files.length) fail("no input folder or file");
  return runCorpus({
    settings: { format: format as "jsonl", lang: args.lang, totals: format === "report" || format === "totals" || !!args.report || !!args.totals, articleLimit: args.articles },
    jobs: args.jobs ?? availableParallelism(), roots: args.files, globs: args.globs ?? DEFAULT_GLOBS, maxSize: args.maxSize, rowGroup: args.rowGroup,
    out: args.out, report: args.report, totalsFile: args.totals, stdin: process.stdin, stdout: process.stdout,
    tty: process.stderr.isTTY ? process.stderr : undefined, warn: (m) => console.error(`who-said-what: ${m}`),
  });
}

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (args.merge) {
    const f = args.format ?? "report";
    if (f !== "report" && f !== "totals") fail("--merge writes --format report or totals");
    await mergeTotalsFiles(args.files.length ? args.files.map((p) => createReadStream(p)) : [process.stdin], f, process.stdout);
    return;
  }
  if (corpusMode(args)) { process.exitCode = await corpus(args); return; }
  const format = args.format ?? "text";
  if (!args.files.length) fail("no input file");
  if (format === "brat" && !args.out) fail("--format brat needs --out DIR");
  let status = 0;
  let first = true;
  for (const file of args.files) {
    let text: string;
    try { text = readFileSync(file, "utf8"); } catch (e) { console.error(`who-said-what: ${file}: ${(e as Error).message}`); status = 1; continue; }
    if (text.includes("\u0000")) { console.error(`who-said-what: ${file}: binary file, skipped`); status = 1; continue; }
    const result = analyze(text, { lang: args.lang });
    if (format === "text") process.stdout.write(summary(file, result) + "\n");
    else if (format === "csv") process.stdout.write(toCsv(file, text, result, first));
    else if (format === "markdown") process.stdout.write((first ? "" : "\n") + toMarkdown(file, text, result) + "\n");
    else if (format === "brat") status = writeBrat(args.out!, file, text, result, args.force) || status;
    else process.stdout.write(JSON.stringify({ file, ...result }, null, format === "json" ? 2 : 0) + "\n");
    first = false;
  }
  process.exitCode = status;
}

// `who-said-what DIR | head`: a reader that stops early ends the run quietly.
process.stdout.on("error", (e: NodeJS.ErrnoException) => { if (e.code === "EPIPE") process.exit(0); throw e; });
main().catch((e) => { console.error(`who-said-what: ${(e as Error).stack ?? e}`); process.exit(1); });
