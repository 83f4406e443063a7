// Command-line tool: the same engine as the extension.
//   who-said-what FILE...                      readable summary
//   who-said-what --format json FILE...        the analysis as JSON
//   who-said-what --input jsonl --format jsonl < docs.jsonl > analyses.jsonl   (evaluation contract)
import { readFileSync } from "node:fs";
import { analyze, type Lang } from "../engine";
import { runJsonl } from "./jsonl";
import { summary } from "./summary";

interface Args { format: "text" | "json" | "jsonl"; input: "files" | "jsonl"; lang?: Lang; files: string[] }

const USAGE = `usage: who-said-what [--format text|json] [--lang fr|en] FILE...
       who-said-what --input jsonl --format jsonl < docs.jsonl > analyses.jsonl`;

function parse(argv: string[]): Args {
  const a: Args = { format: "text", input: "files", files: [] };
  for (let i = 0; i < argv.length; i++) {
    const x = argv[i];
    const val = () => { const v = argv[++i]; if (v === undefined) fail(`${x} needs a value`); return v; };
    if (x === "--format") { const v = val(); if (v !== "text" && v !== "json" && v !== "jsonl") fail(`unknown format ${v}`); a.format = v; }
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
  let status = 0;
  for (const file of args.files) {
    let text: string;
    try { text = readFileSync(file, "utf8"); } catch (e) { console.error(`who-said-what: ${file}: ${(e as Error).message}`); status = 1; continue; }
    if (text.includes("\u0000")) { console.error(`who-said-what: ${file}: binary file, skipped`); status = 1; continue; }
    const result = analyze(text, { lang: args.lang });
    if (args.format === "text") process.stdout.write(summary(file, result) + "\n");
    else process.stdout.write(JSON.stringify({ file, ...result }, null, args.format === "json" ? 2 : 0) + "\n");
  }
  process.exitCode = status;
}

main().catch((e) => { console.error(`who-said-what: ${(e as Error).stack ?? e}`); process.exit(1); });
