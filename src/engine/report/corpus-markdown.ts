// The Markdown report of a corpus's share of voice: totals, by gender hint, by kind of source, by speaker, over
// time, by article, people. Data in, Markdown out, English labels by default (the extension passes its own).
import type { CorpusShare, SplitShare } from "./corpus-share";
import { ENGLISH_LABELS, mdEscape, type ReportLabels } from "./markdown";
import type { GenderHint, SourceKind, Tally } from "./voices";

export interface CorpusLabels {
  title: string; summary: (articles: number, quoting: number, statements: number, words: number) => string;
  articlesQuoting: string; articles: string; overTime: string; byArticle: string; article: string; date: string;
  aliases: string; orgs: string; source: string; more: (n: number) => string;
}

export const ENGLISH_CORPUS_LABELS: CorpusLabels = {
  title: "Share of voice across the corpus",
  summary: (a, q, s, w) => `${a} articles (${q} with statements), ${s} statements, ${w} quoted words.`,
  articlesQuoting: "Articles quoting at least one", articles: "Articles", overTime: "Over time", byArticle: "By article (most quoted words)",
  article: "Article", date: "Date", aliases: "Also written", orgs: "Organisations", source: "Source", more: (n) => `… and ${n} more.`,
};

const pct = (t: Tally) => `${Math.round(t.share * 100)} %`;
const bar = (t: Tally) => "█".repeat(Math.round(t.share * 20)) || (t.words ? "▏" : "");

export interface CorpusPeriod { period: string; articles: number; statements: number; words: number; f: number; m: number }

/** Dates by month ("2012-07"), or by year when they span more than three years; `f`, `m`: quoted words of women, men. */
export function corpusPeriods(byDate: CorpusShare["byDate"]): CorpusPeriod[] {
  const years = new Set(byDate.map((d) => d.date.slice(0, 4)));
  const width = years.size > 3 ? 4 : 7;
  const out = new Map<string, CorpusPeriod>();
  for (const d of byDate) {
    const p = d.date.slice(0, width);
    const row = out.get(p) ?? { period: p, articles: 0, statements: 0, words: 0, f: 0, m: 0 };
    row.articles += d.articles; row.statements += d.statements; row.words += d.words;
    row.f += d.byGender.f.words; row.m += d.byGender.m.words;
    out.set(p, row);
  }
  return [...out.values()];
}

export function toCorpusMarkdown(share: CorpusShare, opts: { title?: string; top?: number; labels?: ReportLabels; corpusLabels?: CorpusLabels } = {}): string {
  const L = opts.labels ?? ENGLISH_LABELS;
  const C = opts.corpusLabels ?? ENGLISH_CORPUS_LABELS;
  const top = opts.top ?? 50;
  const out: string[] = [`# ${C.title}${opts.title ? `: ${mdEscape(opts.title)}` : ""}`, "", C.summary(share.articles, share.quoting, share.statements, share.words), ""];
  const table = (title: string, rows: [string, Tally, ...string[]][], extra: string[] = []) => {
    out.push(`## ${title}`, "", `| | ${L.statements} | ${L.words} | ${L.share} | |${extra.map((e) => ` ${e} |`).join("")}`,
      `|---|---:|---:|---:|---|${extra.map(() => "---|").join("")}`);
    for (const [k, t, ...more] of rows) out.push(`| ${k} | ${t.statements} | ${t.words} | ${pct(t)} | ${bar(t)} |${more.map((m) => ` ${m} |`).join("")}`);
    out.push("");
  };
  const rest = (n: number) => { if (n > top) out.push(C.more(n - top), ""); };
  if (!share.statements) { out.push(L.noStatements, ""); return out.join("\n"); }
  table(L.byGender, (Object.keys(share.byGender) as GenderHint[]).map((g) => [L.genders[g], share.byGender[g], String(share.articlesQuoting[g])]),
    [`${C.articlesQuoting}`]);
  table(L.bySource, (Object.keys(share.bySource) as SourceKind[]).map((s) => [L.sources[s], share.bySource[s]]));
  table(L.bySpeaker, share.speakers.slice(0, top).map((v) => [v.name === null ? L.unattributed : mdEscape(v.name), v, L.sources[v.kind],
    v.kind === "person" ? L.genders[v.gender] : "", String(v.articles)]), [C.source, L.gender, C.articles]);
  rest(share.speakers.length);
  if (share.byDate.length) {
    out.push(`## ${C.overTime}`, "", `| ${C.date} | ${C.articles} | ${L.statements} | ${L.words} | ${L.genders.f} | ${L.genders.m} |`, "|---|---:|---:|---:|---:|---:|");
    const p = (n: number, of: number) => (of ? `${Math.round((n / of) * 100)} %` : "");
    for (const r of corpusPeriods(share.byDate)) out.push(`| ${r.period} | ${r.articles} | ${r.statements} | ${r.words} | ${p(r.f, r.words)} | ${p(r.m, r.words)} |`);
    out.push("");
  }
  const articleRow = (a: SplitShare & { id: string; date?: string }): [string, Tally, ...string[]] =>
    [mdEscape(a.id), a, a.date ?? "", pct(a.byGender.f), pct(a.byGender.m)];
  if (share.byArticle.length) table(C.byArticle, share.byArticle.slice(0, top).map(articleRow), [C.date, L.genders.f, L.genders.m]);
  for (const [title, list] of [[L.people, share.people], [C.orgs, share.orgs]] as const) {
    if (!list.length) continue;
    out.push(`## ${title}`, "", `| ${L.name} | ${C.articles} | ${L.mentions} | ${L.statements} | ${L.words} | ${C.aliases} |`, "|---|---:|---:|---:|---:|---|");
    for (const e of list.slice(0, top)) {
      const also = e.aliases.filter((a) => a !== e.name).slice(0, 5).map(mdEscape).join(", ");
      out.push(`| ${mdEscape(e.name)} | ${e.articles} | ${e.mentions} | ${e.statements} | ${e.words} | ${also} |`);
    }
    out.push("");
    rest(list.length);
  }
  return out.join("\n");
}
