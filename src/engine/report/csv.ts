// One row per statement, RFC 4180: CRLF between records, a field quoted when it holds a comma, a quote mark or a line break.
import type { ArticleAnalysis } from "../types";
import { lineIndex } from "./lines";
import { entityIndex, genderHint, sourceOf } from "./voices";

export const CSV_COLUMNS = ["file", "speaker", "role", "source", "gender_hint", "kind", "reporting_verb", "text", "line", "start", "end"] as const;

export function csvField(value: string | number | undefined | null): string {
  const s = value == null ? "" : String(value);
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

/** The statements of one article as CSV rows; `header: false` to append to another file's rows. */
export function toCsv(file: string, text: string, analysis: ArticleAnalysis, header = true): string {
  const byId = entityIndex(analysis);
  const lineOf = lineIndex(text);
  const rows: (string | number | undefined | null)[][] = header ? [[...CSV_COLUMNS]] : [];
  for (const q of analysis.quotes) {
    const src = sourceOf(analysis, q, byId);
    const gender = src.entity ? genderHint(analysis, src.entity).gender : "unknown";
    const named = src.kind === "person" || src.kind === "org" ? "named" : src.kind;
    rows.push([file, src.name, src.entity?.role, named, gender, q.kind, q.cue ? text.slice(q.cue.start, q.cue.end) : "", q.text, lineOf(q.start), q.start, q.end]);
  }
  return rows.map((r) => r.map(csvField).join(",") + "\r\n").join("");
}
