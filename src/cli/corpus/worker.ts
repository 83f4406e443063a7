// One thread of the CLI's pool: reads an article (a file, or a jsonl line), analyses it with the shared engine
// bundle, and answers with its output (a jsonl record, CSV rows, a summary, or Parquet rows) and its corpus totals.
// Built as dist/cli-worker.js, which requires dist/engine.js (esbuild.js).
import { readFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";
import { analyze, articleTotals, dateKey, readDate, statementRows, toCsv, type ArticleAnalysis, type Lang } from "../../engine";
import { parseDoc, toEvalRecord } from "../jsonl";
import { summary } from "../summary";
import type { Answer, Settings, Task } from "./protocol";

const settings = workerData as Settings;

function output(id: string, rawId: unknown, text: string, a: ArticleAnalysis): Pick<Answer, "out" | "rows"> {
  switch (settings.format) {
    case "jsonl": return { out: JSON.stringify(toEvalRecord(rawId, a)) + "\n" };
    case "csv": return { out: toCsv(id, text, a, false) };
    case "text": return { out: summary(id, a) + "\n" };
    case "parquet": return { rows: statementRows(id, text, a) };
    default: return {};
  }
}

function run(task: Task): Answer {
  let rawId: unknown;
  let text: string;
  let lang: Lang | undefined = settings.lang;
  let date: string | undefined;
  if ("file" in task) {
    try { text = readFileSync(task.file, "utf8"); } catch (e) { return { seq: task.seq, bytes: 0, error: `${task.file}: ${(e as Error).message}` }; }
    if (text.includes("\u0000")) return { seq: task.seq, bytes: text.length, error: `${task.file}: binary file, skipped` };
    rawId = task.file;
  } else {
    const doc = parseDoc(task.line, task.lineNo);
    if (!doc) return { seq: task.seq, bytes: task.line.length };
    ({ text } = doc);
    rawId = doc.id;
    lang ??= doc.lang;
    // A date the archive gives beside the text counts before a dateline in the text.
    if (doc.date) date = dateKey(readDate(`---\ndate: ${doc.date}\n---\n`));
  }
  const id = typeof rawId === "string" ? rawId : JSON.stringify(rawId);
  const a = analyze(text, { lang });
  date ??= dateKey(readDate(text));
  return {
    seq: task.seq, bytes: "file" in task ? Buffer.byteLength(text) : Buffer.byteLength(task.line), ...output(id, rawId, text, a),
    ...(settings.totals ? { totals: articleTotals(id, a, { date, articleLimit: settings.articleLimit }) } : {}),
  };
}

parentPort?.on("message", (task: Task) => {
  let answer: Answer;
  try { answer = run(task); } catch (e) { answer = { seq: task.seq, bytes: 0, error: (e as Error).message, fatal: true }; }
  parentPort?.postMessage(answer);
});
