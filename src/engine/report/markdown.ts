// The Markdown report: people, share of voice, statements by speaker. Data in, Markdown out, English labels
// (the extension passes its own translated labels).
import type { ArticleAnalysis } from "../types";
import { lineIndex } from "./lines";
import { entityIndex, genderHint, shareOfVoice, sourceOf, type GenderHint, type SourceKind, type Tally } from "./voices";

export interface ReportLabels {
  title: string; people: string; name: string; role: string; gender: string; mentions: string; statements: string;
  words: string; share: string; shareOfVoice: string; bySpeaker: string; byGender: string; bySource: string;
  statementsBySpeaker: string; line: string; unattributed: string; noStatements: string;
  genders: Record<GenderHint, string>; sources: Record<SourceKind, string>; kinds: Record<"direct" | "indirect" | "mixed", string>;
}

export const ENGLISH_LABELS: ReportLabels = {
  title: "Who said what", people: "People", name: "Name", role: "Role", gender: "Gender hint", mentions: "Mentions",
  statements: "Statements", words: "Quoted words", share: "Share", shareOfVoice: "Share of voice", bySpeaker: "By speaker",
  byGender: "By gender hint (people, named or not)", bySource: "By kind of source", statementsBySpeaker: "Statements by speaker",
  line: "line", unattributed: "(unattributed)", noStatements: "No statements.",
  genders: { f: "women", m: "men", unknown: "unknown" },
  sources: { person: "people", org: "organisations", unnamed: "unnamed sources", unattributed: "unattributed" },
  kinds: { direct: "direct", indirect: "indirect", mixed: "mixed" },
};

/** Text safe inside a Markdown table cell or line. */
export function mdEscape(s: string): string {
  return s.replace(/\s+/g, " ").trim().replace(/([\\`*_[\]|<>#])/g, "\\$1");
}

const pct = (t: Tally) => `${Math.round(t.share * 100)} %`;
const bar = (t: Tally) => "█".repeat(Math.round(t.share * 20)) || (t.words ? "▏" : "");

export function toMarkdown(file: string, text: string, analysis: ArticleAnalysis, labels: ReportLabels = ENGLISH_LABELS): string {
  const L = labels;
  const out: string[] = [`# ${L.title}: ${mdEscape(file)}`, ""];
  const voice = shareOfVoice(analysis);
  const said = new Map(voice.speakers.map((v) => [v.key, v.statements]));
  if (analysis.people.length) {
    out.push(`## ${L.people}`, "", `| ${L.name} | ${L.role} | ${L.gender} | ${L.mentions} | ${L.statements} |`, "|---|---|---|---:|---:|");
    for (const p of analysis.people) {
      out.push(`| ${mdEscape(p.name)} | ${mdEscape(p.role ?? "")} | ${L.genders[genderHint(analysis, p).gender]} | ${p.mentions.length} | ${said.get(p.id) ?? 0} |`);
    }
    out.push("");
  }
  out.push(`## ${L.shareOfVoice}`, "");
  if (!voice.statements) out.push(L.noStatements, "");
  else {
    const table = (title: string, rows: [string, Tally][]) => {
      out.push(`### ${title}`, "", `| | ${L.statements} | ${L.words} | ${L.share} | |`, "|---|---:|---:|---:|---|");
      for (const [k, t] of rows) out.push(`| ${k} | ${t.statements} | ${t.words} | ${pct(t)} | ${bar(t)} |`);
      out.push("");
    };
    table(L.bySpeaker, voice.speakers.map((v) => [v.name === null ? L.unattributed : mdEscape(v.name), v]));
    table(L.byGender, (Object.keys(voice.byGender) as GenderHint[]).map((g) => [L.genders[g], voice.byGender[g]]));
    table(L.bySource, (Object.keys(voice.bySource) as SourceKind[]).map((s) => [L.sources[s], voice.bySource[s]]));
  }
  if (voice.statements) {
    out.push(`## ${L.statementsBySpeaker}`, "");
    const byId = entityIndex(analysis);
    const lineOf = lineIndex(text);
    for (const v of voice.speakers) {
      out.push(`### ${v.name === null ? L.unattributed : mdEscape(v.name)}`, "");
      for (const q of analysis.quotes) {
        if (sourceOf(analysis, q, byId).key !== v.key) continue;
        const verb = q.cue ? `, ${mdEscape(text.slice(q.cue.start, q.cue.end))}` : "";
        out.push(`- ${mdEscape(q.text)} (${L.kinds[q.kind]}${verb}, ${L.line} ${lineOf(q.start)})`);
      }
      out.push("");
    }
  }
  return out.join("\n");
}
