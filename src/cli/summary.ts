// The readable summary: people with roles and counts, statements grouped by speaker.
import { unnamedSource, type ArticleAnalysis, type Entity } from "../engine";

const clip = (s: string, n = 110) => { const t = s.replace(/\s+/g, " ").trim(); return t.length > n ? t.slice(0, n - 1) + "…" : t; };

export function summary(file: string, a: ArticleAnalysis): string {
  const lines = [`== ${file} (${a.lang}) — ${a.quotes.length} statements, ${a.people.length} people`];
  if (a.truncated) lines.push(`   (only the first ${a.truncated.analysedLength} of ${a.truncated.totalLength} characters analysed)`);
  const ents = (title: string, es: Entity[]) => {
    if (!es.length) return;
    lines.push(`${title}:`);
    for (const e of [...es].sort((x, y) => y.mentions.length - x.mentions.length)) {
      lines.push(`  ${e.name}${e.role ? ` (${e.role})` : ""} ×${e.mentions.length}`);
    }
  };
  ents("People", a.people);
  ents("Organisations", a.orgs);
  ents("Places", a.places);
  const bySpeaker = new Map<string, typeof a.quotes>();
  for (const q of a.quotes) {
    // As in the sidebar: a described source under its description, a pronoun with no antecedent unattributed.
    const described = unnamedSource(q.speaker);
    const k = q.speaker?.name ?? (described ? `${described} (unnamed source)` : "(unattributed)");
    bySpeaker.set(k, [...(bySpeaker.get(k) ?? []), q]);
  }
  if (bySpeaker.size) lines.push("Statements:");
  for (const [who, qs] of bySpeaker) {
    lines.push(`  ${who}:`);
    for (const q of qs) lines.push(`    [${q.kind}] ${clip(q.text)}`);
  }
  return lines.join("\n");
}
