// The CLI at corpus scale: the articles of folders (or the documents of a jsonl stream) analysed on every core,
// their output written in input order as it comes, with at most `jobs × 4` articles in flight, so memory stays flat
// however large the input; the corpus totals folded as the answers arrive.
import { createWriteStream } from "node:fs";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { Readable, Writable } from "node:stream";
import { createInterface } from "node:readline";
import { canonicalTotals, corpusShare, CSV_COLUMNS, emptyTotals, mergeInto, toCorpusMarkdown, type CorpusTotals } from "../../engine";
import { Pool } from "./pool";
import { Progress } from "./progress";
import type { Answer, Settings, Task } from "./protocol";
import { parquetSink, textSink, write, type Sink } from "./sink";
import { walk, type Found } from "./walk";

export interface CorpusOptions {
  settings: Settings;
  jobs: number;
  /** Folders and files; none: jsonl documents on `stdin`. */
  roots: string[];
  globs: string[];
  maxSize: number;
  /** Statements per Parquet row group. */
  rowGroup?: number;
  /** Output file; stdout when absent. */
  out?: string;
  report?: string;
  totalsFile?: string;
  stdin: Readable;
  stdout: Writable;
  /** stderr when it is a terminal (a progress bar is drawn), else undefined. */
  tty?: import("node:tty").WriteStream;
  warn: (msg: string) => void;
}

async function* fileTasks(files: AsyncIterable<Found>): AsyncGenerator<Task> {
  let seq = 0;
  for await (const f of files) yield { seq: seq++, file: f.path };
}

async function* lineTasks(input: Readable): AsyncGenerator<Task> {
  let seq = 0;
  let lineNo = 0;
  for await (const line of createInterface({ input, crlfDelay: Infinity })) yield { seq: seq++, line, lineNo: ++lineNo };
}

/** Totals as one stable JSON text (keys sorted), for --totals and --format totals. */
export const totalsJson = (t: CorpusTotals) => JSON.stringify(canonicalTotals(t)) + "\n";

/** Runs the corpus mode; resolves to the exit status (1 when a file could not be read). */
export async function runCorpus(o: CorpusOptions): Promise<number> {
  const { format } = o.settings;
  let status = 0;
  let total: number | undefined;
  if (o.tty && o.roots.length) {
    total = 0;
    for await (const f of walk(o.roots, o.globs, o.maxSize, () => undefined)) if (f) total++;
  }
  const progress = o.tty ? new Progress(o.tty, total) : undefined;
  const skip = (s: { path: string; reason: string }) => o.warn(`${s.path}: ${s.reason}, skipped`);
  const tasks = o.roots.length ? fileTasks(walk(o.roots, o.globs, o.maxSize, skip)) : lineTasks(o.stdin);
  const stream: Writable = o.out ? createWriteStream(o.out) : o.stdout;
  const sink: Sink = format === "parquet" ? parquetSink(stream, o.rowGroup)
    : textSink(stream, format === "csv" ? CSV_COLUMNS.join(",") + "\r\n" : "");
  const totals = emptyTotals(o.settings.articleLimit);
  const pool = new Pool(join(__dirname, "cli-worker.js"), o.jobs, o.settings);
  const take = async (a: Answer) => {
    progress?.tick(a.bytes);
    if (a.error) {
      if (a.fatal) throw new Error(a.error);
      o.warn(a.error);
      status = 1;
      return;
    }
    if (a.out) await sink.text(a.out);
    if (a.rows) await sink.rows(a.rows);
    if (a.totals) mergeInto(totals, a.totals);
  };
  try {
    const inFlight: Promise<Answer>[] = [];
    for await (const task of tasks) {
      const answer = pool.run(task);
      // Rejections are handled in order, when their turn comes; one left behind by a stop is not "unhandled".
      answer.catch(() => undefined);
      inFlight.push(answer);
      if (inFlight.length >= o.jobs * 4) await take(await inFlight.shift()!);
    }
    while (inFlight.length) await take(await inFlight.shift()!);
  } finally {
    await pool.close();
  }
  progress?.end();
  if (format === "report") await sink.text(toCorpusMarkdown(corpusShare(totals)));
  if (format === "totals") await sink.text(totalsJson(totals));
  await sink.end();
  if (o.out) { (stream as import("node:fs").WriteStream).end(); await new Promise((r) => stream.once("finish", r)); }
  if (o.report) await writeFile(o.report, toCorpusMarkdown(corpusShare(totals)));
  if (o.totalsFile) await writeFile(o.totalsFile, totalsJson(totals));
  return status;
}

/** --merge: totals (one JSON a line, from files or stdin) folded into one; written as totals or as the report. */
export async function mergeTotalsFiles(inputs: Readable[], format: "totals" | "report", stdout: Writable): Promise<void> {
  let totals: CorpusTotals | undefined;
  for (const input of inputs) {
    for await (const line of createInterface({ input, crlfDelay: Infinity })) {
      if (!line.trim()) continue;
      const t = JSON.parse(line) as CorpusTotals;
      totals = totals ? mergeInto(totals, t) : t;
    }
  }
  totals ??= emptyTotals();
  await write(stdout, format === "totals" ? totalsJson(totals) : toCorpusMarkdown(corpusShare(totals)));
}
