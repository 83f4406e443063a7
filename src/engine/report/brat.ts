// brat standoff (.ann beside a copy of the text): T lines for people, organisations, places and quotes,
// an attribute for each quote's kind, a Speaker relation from the quote to the mention the cue binds.
// Offsets are counted in code points, as brat (Python) and INCEpTION's brat reader count them.
import type { ArticleAnalysis, EntityKind, Span } from "../types";
import { codePointIndex } from "./lines";

const TYPE: Record<EntityKind, string> = { person: "Person", org: "Organization", place: "Location" };

/** The annotation.conf that declares the types this export uses (brat needs one in the collection's folder). */
export const BRAT_CONF = `[entities]
Person
Organization
Location
Quote
Source

[relations]
Speaker\tArg1:Quote, Arg2:Person|Organization|Source

[events]

[attributes]
Kind\tArg:Quote, Value:direct|indirect|mixed
`;

/** A span cut at line breaks (brat's discontinuous "start end;start end"), the pieces' text joined by a space. */
function pieces(text: string, span: Span): Span[] {
  const out: Span[] = [];
  let start = span.start;
  for (let i = span.start; i <= span.end; i++) {
    if (i === span.end || text[i] === "\n" || text[i] === "\r") {
      const s = text.slice(start, i);
      const lead = s.length - s.trimStart().length;
      const trail = s.length - s.trimEnd().length;
      if (s.trim()) out.push({ start: start + lead, end: i - trail });
      start = i + 1;
    }
  }
  return out;
}

export function toBratAnn(text: string, analysis: ArticleAnalysis): string {
  const cp = codePointIndex(text);
  const lines: string[] = [];
  const ids = new Map<string, string>();
  let t = 0;
  const addT = (type: string, span: Span): string | undefined => {
    const key = `${span.start}:${span.end}`;
    const known = ids.get(key + type) ?? (type === "Quote" ? undefined : ids.get(key));
    if (known) return known;
    const ps = pieces(text, span);
    if (!ps.length) return undefined;
    const id = `T${++t}`;
    lines.push(`${id}\t${type} ${ps.map((p) => `${cp(p.start)} ${cp(p.end)}`).join(";")}\t${ps.map((p) => text.slice(p.start, p.end)).join(" ")}`);
    ids.set(key + type, id);
    if (type !== "Quote") ids.set(key, id);
    return id;
  };
  for (const e of [...analysis.people, ...analysis.orgs, ...analysis.places]) {
    for (const m of e.mentions) addT(TYPE[e.kind], m);
  }
  const byId = new Map([...analysis.people, ...analysis.orgs].map((e) => [e.id, e]));
  let a = 0;
  let r = 0;
  for (const q of analysis.quotes) {
    const qid = addT("Quote", q);
    if (!qid) continue;
    lines.push(`A${++a}\tKind ${qid} ${q.kind}`);
    const s = q.speaker;
    if (!s?.mention) continue;
    const kind = s.entity ? byId.get(s.entity)?.kind : undefined;
    const sid = addT(kind === "person" || kind === "org" ? TYPE[kind] : "Source", s.mention);
    if (sid) lines.push(`R${++r}\tSpeaker Arg1:${qid} Arg2:${sid}`);
  }
  return lines.map((l) => l + "\n").join("");
}
