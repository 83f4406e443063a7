// Command-line tool: the same engine as the extension.
//   who-said-what FILE...                      readable summary
//   who-said-what --format json FILE...        the analysis as JSON
//   who-said-what --format csv|markdown FILE...  one row per statement / a report with the share of voice
//   who-said-what --format brat --out DIR FILE... a copy of each text with its .ann (never overwrites without --force)
//   who-said-what --input jsonl --format jsonl < docs.jsonl > analyses.jsonl   (evaluation contract)
import { readFileSync } from "node:fs";
import { analyze, toCsv, toMarkdown, type Lang } from "../engine";
import { writeBrat } from "./brat";
import { runJsonl } from "./jsonl";
import { summary } from "./summary";

const FORMATS = ["text", "json", "jsonl", "csv", "markdown", "brat"] as const;
type Format = (typeof FORMATS)[number];
interface Args { format: Format; input: "files" | "jsonl"; lang?: Lang; files: string[]; out?: string; force: boolean }

const USAGE = `usage: who-said-what [--format text|json|csv|markdown] [--lang fr|en] FILE...
       who-said-what --format brat --out DIR [--force] FILE...
       who-said-what --input jsonl --format jsonl < docs.jsonl > analyses.jsonl`;

function parse(argv: string[]): Args {
  const a: Args = { format: "text", input: "files", files: [], force: false };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) fail(`${x} needs a value`); return v; };
    if (x === "--format") { const v = val(); if (!(FORMATS as readonly string[]).includes(v)) fail(`unknown format ${v}`); a.format = v as Format; }
    else if (x === "--out") a.out = val();
    else if (x === "--force") a.force = true;
    else if (x === "--input") { const v = val(); if (v !== "jsonl" && v !== "files") fail(`unknown input ${v}`); a.input = v; }
    else if (x === "--lang") { const v = val(); if (v !== "fr" && v !== "en") fail(`unknown language ${v}`); a.lang = v; }
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

async function main(): Promise<void> {
  const args = parse(process.argv.slice(2));
  if (args.input === "jsonl") { await runJsonl(process.stdin, process.stdout, args.lang); return; }
  if (!args.files.length) fail("no input file");
  if (args.format === "brat" && !args.out) fail("--format brat needs --out DIR");
  let status = 0;
  let first = true;
  for (const file of args.files) {
    let text: string;
    try { text = readFileSync(file, "utf8"); } catch (e) { console.error(`who-said-what: ${file}: ${(e as Error).message}`); status = 1; continue; }
    if (text.includes("\u0000")) { console.error(`who-said-what: ${file}: binary file, skipped`); status = 1; continue; }
    const result = analyze(text, { lang: args.lang });
    if (args.format === "text") process.stdout.write(summary(file, result) + "\n");
    else if (args.format === "csv") process.stdout.write(toCsv(file, text, result, first));
    else if (args.format === "markdown") process.stdout.write((first ? "" : "\n") + toMarkdown(file, text, result) + "\n");
    else if (args.format === "brat") status = writeBrat(args.out!, file, text, result, args.force) || status;
    else process.stdout.write(JSON.stringify({ file, ...result }, null, args.format === "json" ? 2 : 0) + "\n");
    first = false;
  }
  process.exitCode = status;
}

main().catch((e) => { console.error(`who-said-what: ${(e as Error).stack ?? e}`); process.exit(1); });
