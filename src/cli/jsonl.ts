// The evaluation contract: one {"id","text","lang"?} a line in, one analysis a line out, with
// people/orgs/places as flat mention lists and quotes with the speaker's canonical name.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { analyze, type ArticleAnalysis, type Entity, type Lang } from "../engine";

export function toEvalRecord(id: unknown, a: ArticleAnalysis) {
  const flat = (es: Entity[]) => es.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })))
    .sort((x, y) => x.start - y.start);
  return {
    id, lang: a.lang, people: flat(a.people), orgs: flat(a.orgs), places: flat(a.places),
    // speaker: the canonical name or null (our conventions); speaker_mention: the words the cue binds
    // (a name, a pronoun, or a description such as "un témoin" when nobody is named).
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind, speaker: q.speaker?.name ?? null,
      ...(q.speaker?.mentionText ? { speaker_mention: q.speaker.mentionText } : {}),
      ...(q.fragments ? { fragments: q.fragments.map((f) => [f.start, f.end]) } : {}),
    })),
  };
}

export async function runJsonl(input: Readable, output: Writable, lang?: Lang): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    n++;
    if (!line.trim()) continue;
    let doc: { id?: unknown; text?: unknown; lang?: unknown };
    try { doc = JSON.parse(line); } catch (e) { throw new Error(`line ${n}: bad JSON (${(e as Error).message})`); }
    if (typeof doc.text !== "string") throw new Error(`line ${n}: no "text" string`);
    const l = lang ?? (doc.lang === "fr" || doc.lang === "en" ? doc.lang : undefined);
    const ok = output.write(JSON.stringify(toEvalRecord(doc.id ?? null, analyze(doc.text, { lang: l }))) + "\n");
    if (!ok) await new Promise((r) => output.once("drain", r));
  }
}
