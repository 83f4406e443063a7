// The evaluation contract: one {"id","text","lang"?} a line in, one analysis a line out, with
// people/orgs/places as flat mention lists, the descriptions bound to people (references), and quotes with
// the speaker's canonical name.
import { createInterface } from "node:readline";
import type { Readable, Writable } from "node:stream";
import { analyze, unnamedSource, type ArticleAnalysis, type Entity, type Lang, type Speaker } from "../engine";

export function toEvalRecord(id: unknown, a: ArticleAnalysis) {
  const flat = (es: Entity[]) => es.flatMap((e) => e.mentions.map((m) => ({ start: m.start, end: m.end, text: m.text })))
    .sort((x, y) => x.start - y.start);
  const people = new Set(a.people.map((e) => e.id));
  return {
    id, lang: a.lang, people: flat(a.people), orgs: flat(a.orgs), places: flat(a.places),
    // The descriptions bound to a person ("le ministre chinois de la Défense"), with the person's canonical name;
    // `people` stays the name mentions.
    references: a.people.flatMap((e) => e.references ?? []).map((r) => ({ start: r.start, end: r.end, text: r.text, person: r.person }))
      .sort((x, y) => x.start - y.start),
    // The named people quoted (a described source such as "officials" is a speaker, not a person).
    sources_names: [...new Set(a.quotes.flatMap((q) => q.speaker?.entity && people.has(q.speaker.entity) && q.speaker.name
      ? [q.speaker.name] : []))],
    quotes: a.quotes.map((q) => ({
      start: q.start, end: q.end, text: q.text, kind: q.kind, ...speakerFields(q.speaker),
      ...(q.fragments ? { fragments: q.fragments.map((f) => [f.start, f.end]) } : {}),
    })),
  };
}

/**
 * speaker: the canonical name of a named source; for a source the article only describes ("officials",
 * "un témoin") the description as written, flagged `speaker_named: false` (what the sidebar and hover
 * show, and what the annotated corpora expect); null when nobody is bound or only an unresolved pronoun.
 * speaker_mention: the words the cue binds (a name, a pronoun or the description).
 */
function speakerFields(s: Speaker | null) {
  if (!s) return { speaker: null };
  const described = unnamedSource(s) ?? null;
  return {
    speaker: s.name ?? described,
    ...(s.name != null || described != null ? { speaker_named: s.name != null } : {}),
    ...(s.mentionText ? { speaker_mention: s.mentionText } : {}),
  };
}

/** One input document: {"id", "text", "lang"?, "date"?} (date: "2012-07-05" or as a dateline writes it). */
export interface InputDoc { id: unknown; text: string; lang?: Lang; date?: string }

/** The document of jsonl line `n` (1-based), or null for a blank line; throws, naming the line, on anything else. */
export function parseDoc(line: string, n: number): InputDoc | null {
  if (!line.trim()) return null;
  let doc: { id?: unknown; text?: unknown; lang?: unknown; date?: unknown };
  try { doc = JSON.parse(line); } catch (e) { throw new Error(`line ${n}: bad JSON (${(e as Error).message})`); }
  if (typeof doc.text !== "string") throw new Error(`line ${n}: no "text" string`);
  return {
    id: doc.id ?? null, text: doc.text, ...(doc.lang === "fr" || doc.lang === "en" ? { lang: doc.lang } : {}),
    ...(typeof doc.date === "string" ? { date: doc.date } : {}),
  };
}

/** In-process, one document after the other (the worker pool of corpus.ts does the same on every core). */
export async function runJsonl(input: Readable, output: Writable, lang?: Lang): Promise<void> {
  const rl = createInterface({ input, crlfDelay: Infinity });
  let n = 0;
  for await (const line of rl) {
    const doc = parseDoc(line, ++n);
    if (!doc) continue;
    const ok = output.write(JSON.stringify(toEvalRecord(doc.id, analyze(doc.text, { lang: lang ?? doc.lang }))) + "\n");
    if (!ok) await new Promise((r) => output.once("drain", r));
  }
}
