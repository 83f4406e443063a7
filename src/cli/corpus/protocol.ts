// What the CLI's main thread and its worker threads say to each other.
import type { CorpusTotals, Lang, StatementRow } from "../../engine";

export type OutFormat = "jsonl" | "csv" | "text" | "parquet" | "report" | "totals";

/** Fixed for the run: given to each worker as its workerData. */
export interface Settings { format: OutFormat; lang?: Lang; totals: boolean; articleLimit: number }

/** An article to analyse: a file the worker reads, or line `lineNo` of a jsonl input. */
export type Task = { seq: number; file: string } | { seq: number; line: string; lineNo: number };

export interface Answer {
  seq: number;
  /** Input bytes read (for the progress bar and the bench). */
  bytes: number;
  /** Text to write as it is (jsonl record, CSV rows, summary). */
  out?: string;
  /** Parquet rows. */
  rows?: StatementRow[];
  totals?: CorpusTotals;
  /** A file that could not be read (the run goes on), or, with `fatal`, an input error that stops the run. */
  error?: string;
  fatal?: boolean;
}
