// One row per statement, RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote mark or a line break.
import type { ArticleAnalysis } from "../types";
import { lineIndex } from "./lines";
import { entityIndex, genderHint, sourceOf } from "./voices";

export const CSV_COLUMNS = ["file", "speaker", "role", "source", "gender_hint", "kind", "reporting_verb", "text", "line", "start", "end"] as const;

export function csvField(value: string | number | undefined | null): string {
  const s = value == null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** One statement's row, in the order of CSV_COLUMNS (the CSV and the Parquet export share it). */
export type StatementRow = [file: string, speaker: string | null, role: string | undefined, source: string, gender: string,
  kind: string, verb: string, text: string, line: number, start: number, end: number];

/** The statements of one article as rows. */
export function statementRows(file: string, text: string, analysis: ArticleAnalysis): StatementRow[] {
  const byId = entityIndex(analysis);
  const lineOf = lineIndex(text);
  const rows: StatementRow[] = [];
  for (const q of analysis.quotes) {
    const src = sourceOf(analysis, q, byId);
    const gender = src.entity ? genderHint(analysis, src.entity).gender : "unknown";
    const named = src.kind === "person" || src.kind === "org" ? "named" : src.kind;
    rows.push([file, src.name, src.entity?.role, named, gender, q.kind, q.cue ? text.slice(q.cue.start, q.cue.end) : "", q.text, lineOf(q.start), q.start, q.end]);
  }
  return rows;
}

/** The statements of one article as CSV rows; `header: false` to append to another file's rows. */
export function toCsv(file: string, text: string, analysis: ArticleAnalysis, header = true): string {
  const rows: readonly (string | number | undefined | null)[][] = statementRows(file, text, analysis);
  return (header ? [[...CSV_COLUMNS], ...rows] : rows).map((r) => r.map(csvField).join(",") + "\r\n").join("");
}
